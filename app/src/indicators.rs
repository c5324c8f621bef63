//! The combination rule of the ILO / European Commission "Operational indicators of
//! trafficking in human beings" (2009): a dimension counts as present ("positive") when its
//! indicators are at least two strong ones; or one strong and one medium or weak; or three
//! medium; or two medium and one weak. The screening aid's summary says in how many of the
//! six dimensions the signs reach this rule. It is a count of signs, never a verdict: the
//! ILO calls the indicators reference tools, not a test of a person.
//!
//! Pure and small: the browser's driver uses it, and `cargo test` checks it natively.

/// How many signs of each grade one dimension has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub strong: u8,
    pub medium: u8,
    pub weak: u8,
}

impl Counts {
    /// Adds a sign of `grade` ("strong", "medium" or "weak", as content/screening.toml and
    /// the markup spell it); another word adds nothing.
    pub fn add(&mut self, grade: &str) {
        match grade {
            "strong" => self.strong += 1,
            "medium" => self.medium += 1,
            "weak" => self.weak += 1,
            _ => {}
        }
    }

    pub fn any(&self) -> bool {
        self.strong + self.medium + self.weak > 0
    }

    /// True when the signs reach the ILO's combination rule.
    pub fn reaches_rule(&self) -> bool {
        let Counts {
            strong,
            medium,
            weak,
        } = *self;
        strong >= 2
            || (strong >= 1 && medium + weak >= 1)
            || medium >= 3
            || (medium >= 2 && weak >= 1)
    }
}

/// The signs grouped by dimension: `signs` are (dimension, grade) pairs; each dimension
/// appears once, in the order its first sign came.
pub fn tally<S: AsRef<str>>(signs: impl IntoIterator<Item = (S, S)>) -> Vec<(S, Counts)> {
    let mut by_dimension: Vec<(S, Counts)> = Vec::new();
    for (dimension, grade) in signs {
        let at = match by_dimension
            .iter()
            .position(|(d, _)| d.as_ref() == dimension.as_ref())
        {
            Some(at) => at,
            None => {
                by_dimension.push((dimension, Counts::default()));
                by_dimension.len() - 1
            }
        };
        by_dimension[at].1.add(grade.as_ref());
    }
    by_dimension
}

/// In how many dimensions the signs reach the rule: the N of "signs in N of 6 dimensions".
pub fn dimensions_reaching<S>(tally: &[(S, Counts)]) -> usize {
    tally.iter().filter(|(_, c)| c.reaches_rule()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(strong: u8, medium: u8, weak: u8) -> Counts {
        Counts {
            strong,
            medium,
            weak,
        }
    }

    #[test]
    fn each_combination_of_the_rule_reaches_it() {
        assert!(counts(2, 0, 0).reaches_rule());
        assert!(counts(1, 1, 0).reaches_rule());
        assert!(counts(1, 0, 1).reaches_rule());
        assert!(counts(0, 3, 0).reaches_rule());
        assert!(counts(0, 2, 1).reaches_rule());
    }

    /// The edges just below each combination.
    #[test]
    fn one_sign_less_than_any_combination_does_not() {
        assert!(!counts(0, 0, 0).reaches_rule());
        assert!(!counts(1, 0, 0).reaches_rule(), "one strong sign alone");
        assert!(!counts(0, 2, 0).reaches_rule(), "two medium signs");
        assert!(!counts(0, 1, 1).reaches_rule(), "one medium and one weak");
        // Weak signs never make up for a missing medium one.
        assert!(!counts(0, 1, 5).reaches_rule(), "one medium and many weak");
        assert!(!counts(0, 0, 9).reaches_rule(), "weak signs only");
    }

    #[test]
    fn signs_are_grouped_by_dimension_in_the_order_they_came() {
        let signs = [
            ("coercion", "strong"),
            ("deception", "medium"),
            ("coercion", "medium"),
            ("deception", "weak"),
            ("deception", "unknown"),
        ];
        let t = tally(signs);
        assert_eq!(
            t,
            vec![
                ("coercion", counts(1, 1, 0)),
                ("deception", counts(0, 1, 1))
            ]
        );
        assert_eq!(
            dimensions_reaching(&t),
            1,
            "coercion reaches, deception not"
        );
    }

    #[test]
    fn the_count_covers_every_dimension_that_reaches_the_rule() {
        let six = [
            "deceptive-recruitment",
            "coercive-recruitment",
            "recruitment-vulnerability",
            "exploitative-conditions",
            "coercion-at-destination",
            "vulnerability-at-destination",
        ];
        let all: Vec<(&str, &str)> = six
            .iter()
            .flat_map(|d| [(*d, "strong"), (*d, "strong")])
            .collect();
        assert_eq!(dimensions_reaching(&tally(all)), 6);
        // A sign in every dimension, but none reaches the rule: signs in 0 of 6.
        let spread: Vec<(&str, &str)> = six.iter().map(|d| (*d, "strong")).collect();
        let t = tally(spread);
        assert_eq!(t.len(), 6);
        assert!(t.iter().all(|(_, c)| c.any()));
        assert_eq!(dimensions_reaching(&t), 0);
        assert_eq!(dimensions_reaching(&tally::<&str>([])), 0);
    }
}
