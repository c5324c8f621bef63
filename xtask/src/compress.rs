//! Precompressed copies (file.br, file.gz) of every text file, made once at build time at
//! the highest levels, so the server only picks one by the browser's Accept-Encoding.

use std::io::Write;
use std::path::{Path, PathBuf};

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

pub fn is_compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e))
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        let mut w = brotli::CompressorWriter::with_params(&mut out, 64 * 1024, &params);
        w.write_all(bytes).expect("writing to memory");
    }
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("writing to memory");
    e.finish().expect("writing to memory")
}

/// Writes .br and .gz beside each compressible file (only when smaller), on two threads.
pub fn compress_dir(files: &[PathBuf]) -> Result<(), String> {
    let todo: Vec<&PathBuf> = files.iter().filter(|p| is_compressible(p)).collect();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let chunk = todo.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = todo
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || -> Result<(), String> {
                    for path in part {
                        let bytes =
                            std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
                        for (ext, packed) in [("br", brotli(&bytes)), ("gz", gzip(&bytes))] {
                            if packed.len() < bytes.len() {
                                let mut name = path.as_os_str().to_owned();
                                name.push(format!(".{ext}"));
                                std::fs::write(&name, packed)
                                    .map_err(|e| format!("{}: {e}", path.display()))?;
                            }
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        handles.into_iter().try_for_each(|h| {
            h.join()
                .map_err(|_| "compression thread panicked".to_string())?
        })
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
        assert!(is_compressible(Path::new("a/index.html")));
        assert!(is_compressible(Path::new("app_bg.wasm")));
        assert!(!is_compressible(Path::new("icon-192.png")));
    }
}
