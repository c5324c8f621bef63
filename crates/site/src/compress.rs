//! Precompressed copies (file.br, file.gz) of every text file, made once at build time at
//! the highest levels, so the server only picks one by the browser's Accept-Encoding.

use std::collections::BTreeMap;
use std::io::Write;

const COMPRESSIBLE: &[&str] = &[
    "html",
    "css",
    "js",
    "wasm",
    "json",
    "webmanifest",
    "svg",
    "xml",
    "txt",
];

pub fn is_compressible(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, ext)| COMPRESSIBLE.contains(&ext))
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    brotli_at(bytes, 11)
}

/// How hard the build compresses its copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// brotli 11 and gzip 9: what is served, every byte paid for by someone on roaming.
    Smallest,
    /// brotli 1 and gzip 1, for tests that check what is built and not how small it is:
    /// the smallest copies of the whole site take minutes in the debug profile.
    Fast,
}

/// The size of `bytes` in brotli, at a fast level: for sizes announced before a download.
pub fn brotli_estimate(bytes: &[u8]) -> usize {
    brotli_at(bytes, 5).len()
}

fn brotli_at(bytes: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams {
            quality,
            lgwin: 22,
            ..Default::default()
        };
        let mut w = brotli::CompressorWriter::with_params(&mut out, 64 * 1024, &params);
        w.write_all(bytes).expect("writing to memory");
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    gzip_at(bytes, flate2::Compression::best())
}

fn gzip_at(bytes: &[u8], level: flate2::Compression) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), level);
    e.write_all(bytes).expect("writing to memory");
    e.finish().expect("writing to memory")
}

/// A .br and a .gz copy of each compressible file (only when smaller), made on every core:
/// brotli at level 11 is the slowest step of the build.
pub fn compressed_copies(
    files: &BTreeMap<String, Vec<u8>>,
    how: Compression,
) -> BTreeMap<String, Vec<u8>> {
    let pack = |bytes: &[u8]| match how {
        Compression::Smallest => [("br", brotli(bytes)), ("gz", gzip(bytes))],
        Compression::Fast => [
            ("br", brotli_at(bytes, 1)),
            ("gz", gzip_at(bytes, flate2::Compression::fast())),
        ],
    };
    let todo: Vec<(&String, &Vec<u8>)> = files
        .iter()
        .filter(|(path, _)| is_compressible(path))
        .collect();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let chunk = todo.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = todo
            .chunks(chunk)
            .map(|part| {
                let pack = &pack;
                s.spawn(move || {
                    let mut out = Vec::new();
                    for (path, bytes) in part {
                        for (ext, packed) in pack(bytes) {
                            if packed.len() < bytes.len() {
                                out.push((format!("{path}.{ext}"), packed));
                            }
                        }
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("compressing in memory cannot fail"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_shrinks_text() {
        let text = "Your employer must pay you. ".repeat(200).into_bytes();
        let br = brotli(&text);
        assert!(br.len() < text.len() / 10);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text);
        let gz = gzip(&text);
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn only_text_formats_are_compressed() {
        assert!(is_compressible("a/index.html"));
        assert!(is_compressible("app_bg.wasm"));
        assert!(!is_compressible("icon-192.png"));
    }
}
