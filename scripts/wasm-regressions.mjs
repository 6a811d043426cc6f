// What the app's wasm must not contain (run by scripts/check-size.mjs): code
// and tables that earlier cuts took out (docs/BENCHMARKS.md, "Bundle size"),
// each brought back by one innocent-looking call — together 40 KB of a first
// visit's gzip in the round that merged goal seek, regional and time to build.
// Each is found by bytes that only it puts in the release wasm.
const u64le = (...xs) => Buffer.concat(xs.map((x) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(x); return b; }));

export const FORBIDDEN = [
  {
    what: "serde_json's text parser and its float tables",
    // Its panic locations name its reader and lexical modules.
    found: (wasm) => /serde_json-[0-9.]+\/src\/(read|lexical\/)/.test(wasm.toString('latin1')),
    fix: 'read JSON with the installed reader (urs_model::json::parse / crate::json::parse), never serde_json::from_str or from_slice',
  },
  {
    what: "core's decimal-to-float tables (str::parse::<f64>)",
    // The first entry of core::num::dec2flt's table of powers of five.
    found: (wasm) => wasm.includes(u64le(0xeef453d6923bd65an, 0x113faa2906a13b3fn)),
    fix: 'parse numbers with urs_formats::number::parse_f64 (parseFloat after Rust\'s grammar), not str::parse',
  },
  {
    what: "core's Unicode case tables (char/str to_lowercase, to_uppercase)",
    // The first entries of core::unicode::conversions' lower-case table: À→à, Á→á.
    found: (wasm) => wasm.includes(Buffer.from('c0000000e0000000c1000000e1000000', 'hex')),
    fix: 'use to_ascii_lowercase / to_ascii_uppercase on ASCII words (English names, ids)',
  },
];

/** The forbidden pieces `wasm` (a Buffer) contains. */
export const forbiddenIn = (wasm) => FORBIDDEN.filter((f) => f.found(wasm));
