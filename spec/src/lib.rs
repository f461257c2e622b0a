//! The files Tencent publishes for each Tencent Cloud API 3.0 service version, read into
//! types: `api.json` (the actions and every struct they use), `errors.json` (the error
//! codes, per action) and `examples.json` (documentation requests and responses).
//!
//! The code generator and the mock server read specs through this crate, so that both
//! understand a spec the same way: they find the versions with [`service_versions`] and
//! [`versions_of`], and read what a member holds with [`Member::value_type`], and
//! whether an action's answers come in pages with [`Spec::paging`]. The files
//! are untrusted input: a malformed one is a [`SpecError`] that names the file and the
//! JSON path, never a panic.
//!
//! ```
//! use tencent_action_spec::{Spec, parse};
//!
//! let spec: Spec = parse("api.json", r#"{
//!     "metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
//!     "actions": {"DescribeRegions": {"input": "DescribeRegionsRequest", "output": "DescribeRegionsResponse"}},
//!     "objects": {}
//! }"#)?;
//! assert_eq!(spec.metadata.service, "cvm");
//!
//! let error = parse::<Spec>("api.json", r#"{"metadata": {"serviceShortName": 3}}"#).unwrap_err();
//! assert_eq!(error.path(), "metadata.serviceShortName");
//! # Ok::<(), tencent_action_spec::SpecError>(())
//! ```
#![forbid(unsafe_code)]

mod error;
mod folders;
mod model;
mod paging;
mod types;

pub use error::SpecError;
pub use folders::{VersionDir, service_versions, versions_of};
pub use model::{
    Action, ErrorCodeEntry, Errors, Example, Examples, Member, Metadata, Object, Spec, Status,
    parse,
};
pub use paging::{MemberPath, PageBy, Paging};
pub use types::{Element, MemberType, Scalar, TextFormat};
