//! The command line as both commands read it, one argument at a time: options as
//! `--flag value` or `--flag=value`, positional values, and `--`, after which every
//! argument is positional.

use std::ffi::OsString;

/// One argument.
pub enum Arg {
    /// An option, such as `-o` or `--mode` (without an inline `=value`).
    Option(String),
    /// A positional value.
    Positional(OsString),
}

/// The arguments of a command.
pub struct Args<I> {
    args: I,
    /// The option just read and the value it was given inline (`--mode=strict`).
    inline: Option<(String, OsString)>,
    /// Seen `--`.
    positional_only: bool,
}

impl<I: Iterator<Item = OsString>> Args<I> {
    pub fn new(args: impl IntoIterator<IntoIter = I>) -> Self {
        Args {
            args: args.into_iter(),
            inline: None,
            positional_only: false,
        }
    }

    /// The next argument; an error for an inline value given to an option that took
    /// none (`--help=yes`).
    pub fn next(&mut self) -> Result<Option<Arg>, String> {
        if let Some((flag, _)) = self.inline.take() {
            return Err(format!("`{flag}` takes no value"));
        }
        let Some(arg) = self.args.next() else {
            return Ok(None);
        };
        if self.positional_only {
            return Ok(Some(Arg::Positional(arg)));
        }
        let text = arg.to_string_lossy();
        if text == "--" {
            self.positional_only = true;
            return self.next();
        }
        if !text.starts_with('-') || text.len() == 1 {
            return Ok(Some(Arg::Positional(arg)));
        }
        let flag = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                self.inline = Some((flag.to_owned(), OsString::from(value)));
                flag.to_owned()
            }
            _ => text.into_owned(),
        };
        Ok(Some(Arg::Option(flag)))
    }

    /// The value of the option just read, named `flag` in the error when it has none.
    pub fn value(&mut self, flag: &str) -> Result<OsString, String> {
        match self.inline.take() {
            Some((_, value)) => Ok(value),
            None => self
                .args
                .next()
                .ok_or_else(|| format!("`{flag}` needs a value")),
        }
    }
}

/// Fills `slot` with an argument's value; an error when it was given before.
pub fn set<T>(slot: &mut Option<T>, name: &str, value: T) -> Result<(), String> {
    if slot.replace(value).is_some() {
        return Err(format!("`{name}` is given twice"));
    }
    Ok(())
}
