//! The equality check of every approach's result, run once before anything is timed.

use crate::approach::{self, Case, Failure, Outcome};
use crate::inputs::{self, Expect, REFERENCE, Suite, Visit};
use serde::Serialize;
use serde_json::{Value, json};
use std::fmt::Debug;

/// Decodes every input with every approach and panics, naming the input, the approach
/// and the first difference, unless they all give the reference's result (approach 3).
/// Borrowed results, of other types, are compared through their JSON trees. Returns the
/// names of the inputs checked.
pub fn check() -> Vec<&'static str> {
    let mut checker = Checker(Vec::new());
    inputs::each(&mut checker);
    checker.0
}

/// Checks one suite; see [`check`].
pub fn check_suite<O, B>(suite: &Suite<O, B>)
where
    O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
    B: Case<'static> + Debug + Serialize,
{
    let input = &suite.input;
    if let Err(error) = approach::scan(input.body) {
        panic!(
            "input `{}`: approach 7 cannot scan it: {error:?}",
            input.name
        );
    }
    let expected = (suite.reference())(input.body);
    match (&expected, input.expect) {
        (Ok(_), Expect::Success) | (Err(Failure::Api(_)), Expect::ApiError) => {}
        (got, expect) => panic!(
            "input `{}`: the reference `{REFERENCE}` gave {got:?}, expected {expect:?}",
            input.name
        ),
    }
    for (name, function) in &suite.owned {
        let got = function(input.body);
        if got != expected {
            panic!(
                "input `{}`: approach `{name}` disagrees with `{REFERENCE}`:\n{}",
                input.name,
                difference(&format!("{expected:?}"), &format!("{got:?}"))
            );
        }
    }
    let expected = tree(&expected);
    for (name, function) in &suite.borrowed {
        let got = tree(&function(input.body));
        if got != expected {
            panic!(
                "input `{}`: approach `{name}` disagrees with `{REFERENCE}` (as JSON):\n{}",
                input.name,
                difference(&expected.to_string(), &got.to_string())
            );
        }
    }
}

struct Checker(Vec<&'static str>);

impl Visit for Checker {
    fn visit<O, B>(&mut self, suite: &Suite<O, B>)
    where
        O: for<'de> Case<'de> + Debug + PartialEq + Serialize,
        B: Case<'static> + Debug + Serialize,
    {
        check_suite(suite);
        self.0.push(suite.input.name);
    }
}

fn tree<A: Serialize>(outcome: &Outcome<A>) -> Value {
    match outcome {
        Ok(response) => approach::reencode(response),
        Err(Failure::Api(error)) => {
            json!({"Api": [error.code(), error.message(), error.request_id()]})
        }
        Err(Failure::Decode(message)) => json!({ "Decode": message }),
    }
}

/// Both texts around their first difference.
fn difference(expected: &str, got: &str) -> String {
    let at = expected
        .char_indices()
        .zip(got.chars())
        .find(|((_, a), b)| a != b)
        .map_or(expected.len().min(got.len()), |((at, _), _)| at);
    let window = |text: &str| -> String {
        let mut start = at.saturating_sub(120).min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 120).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        text[start..end].to_owned()
    };
    format!(
        "  at character {at}\n  expected: ...{}...\n  got:      ...{}...",
        window(expected),
        window(got)
    )
}
