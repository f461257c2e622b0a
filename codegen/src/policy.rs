//! What each decoding mode promises, as the generated module documents it.

use crate::Mode;

/// The module doc section on its decoding mode, and why tolerant is the default.
pub fn module_docs(mode: Mode) -> Vec<String> {
    let mut lines = Vec::new();
    match mode {
        Mode::Tolerant => {
            lines.push("# Decoding: tolerant".to_owned());
            lines.push(String::new());
            lines.push(
                "Every field is an `Option`, and a scalar also accepts what \
                 `tencent_action::tolerant` reads without guessing: an integer sent as a \
                 string, a number sent for a string, `null` as `None`. Nothing is invented: \
                 a member the server left out or sent as `null` is `None`, and a value that \
                 cannot be read as its type is still an error with its JSON path."
                    .to_owned(),
            );
            lines.push(String::new());
            lines.push(format!(
                "This is the default because Tencent's servers do not always keep the \
                 specification's promises. {} Tencent's own Go and Python SDKs make every \
                 response field optional for the same reason. Generate with `--mode strict` \
                 to hold the server to the specification instead.",
                EVIDENCE
            ));
        }
        Mode::Strict => {
            lines.push("# Decoding: strict".to_owned());
            lines.push(String::new());
            lines.push(
                "The specification is the contract. A member it says is always present and \
                 never `null` is a plain value, and a response without it is an error; a \
                 member that may be absent but never `null` fails on `null`; scalars decode \
                 exactly, so an integer sent as a string is an error. Each deviation is \
                 reported with its JSON path."
                    .to_owned(),
            );
            lines.push(String::new());
            lines.push(format!(
                "Use it to check a server against its documentation. {EVIDENCE} The default, \
                 `--mode tolerant`, is what a production client wants."
            ));
        }
    }
    lines
}

/// Why the specification is not the contract by default: what Tencent's own response
/// examples do, with no figures, which would be about the data of whoever generated the
/// module (the repository's `tests/README.md` counts them for the services of its data).
const EVIDENCE: &str = "Even Tencent's own documented response examples break the \
    specification's promises: members said to be always sent are left out, `null` comes \
    where it says never, and integers come as strings.";
