//! `--english`: the same service's spec as Tencent's international site publishes it,
//! whose text documents the generated items in English first. It is untrusted input like
//! the Chinese spec: a file that cannot be read or parsed, or that is of another service
//! or version, is an error naming it.

use std::path::Path;
use tencent_action_spec::{Spec, SpecError, parse};

/// The English spec in the file at `path`, for the Chinese spec `chinese`.
pub fn read(path: &Path, chinese: &Spec) -> Result<Spec, String> {
    let file = path.display().to_string();
    let english: Spec = parse("api.json", &crate::read(path)?)
        .map_err(|error| error.in_file(file.clone()).to_string())?;
    check(&file, &english, chinese)?;
    Ok(english)
}

/// The English spec read from `file` is of the Chinese spec's service and version: text
/// matched by name across services would document an item with another's.
pub fn check(file: &str, english: &Spec, chinese: &Spec) -> Result<(), String> {
    let pairs = [
        (
            "metadata.serviceShortName",
            &english.metadata.service,
            &chinese.metadata.service,
        ),
        (
            "metadata.apiVersion",
            &english.metadata.version,
            &chinese.metadata.version,
        ),
    ];
    for (path, english, chinese) in pairs {
        if english != chinese {
            let message = format!(
                "`{english}` where the spec it documents has `{chinese}`: the English spec \
                 must be of the same service and version"
            );
            return Err(SpecError::invalid(file.to_owned(), path, message).to_string());
        }
    }
    Ok(())
}
