//! The types every approach decodes into, one module per input, each with an owned
//! variant and a borrowed one (`...Ref<'a>`, `&'a str` for identifiers and [`Text`] for
//! free text), faithful to the fields of the example body they decode.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub mod face;
pub mod instances;
pub mod lines;
pub mod records;
pub mod resolve;
pub mod status;
pub mod whois;

/// Free text in a borrowed payload: borrowed from the body unless it holds an escape,
/// which only an owned string can undo.
///
/// A bare `Cow<'a, str>` borrows only as a field of its own with `#[serde(borrow)]`;
/// inside an `Option` or a `Vec` it is always owned. This newtype carries the borrow
/// into both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text<'a>(#[serde(borrow)] pub Cow<'a, str>);
