//! Generates a whole service's requests and responses from Tencent's API specification.
//!
//! One service version's `api.json` (and, optionally, its `errors.json`) becomes one
//! self-contained Rust module: a [`#[tencent_action]`] struct for each action, holding
//! the fields of its response, an `<Action>Request` for each action, holding its input
//! members and implementing `tencent_action::Request`, and the data structures they use,
//! each generated once. The module needs only
//! `tencent-action`, `serde` and `serde_json`, compiles without a warning under
//! `#![deny(warnings, clippy::all, missing_docs)]`, and documents every item with the
//! spec's own text.
//!
//! ```
//! use tencent_action_codegen::{Mode, Options, generate};
//!
//! let spec = r#"{
//!     "metadata": {"serviceShortName": "cvm", "apiVersion": "2017-03-12"},
//!     "actions": {"DescribeZones": {"name": "查询可用区列表", "output": "DescribeZonesResponse",
//!                                   "status": "online"}},
//!     "objects": {"DescribeZonesResponse": {"members": [
//!         {"name": "TotalCount", "type": "int", "member": "uint64",
//!          "output_required": true, "value_allowed_null": false, "document": "可用区数量。"},
//!         {"name": "RequestId", "type": "string", "member": "string"}
//!     ]}}
//! }"#;
//! let module = generate(spec, None, &Options::default())?;
//! assert!(module.source().contains("pub struct DescribeZones {"));
//! assert!(module.source().contains("pub total_count: Option<u64>,"));
//! assert_eq!(module.actions()[0].type_name(), "DescribeZones");
//! assert!(module.source().contains("pub struct DescribeZonesRequest {}"));
//!
//! let strict = generate(spec, None, &Options { mode: Mode::Strict })?;
//! assert!(strict.source().contains("pub total_count: u64,"));
//! # Ok::<(), tencent_action_codegen::CodegenError>(())
//! ```
//!
//! # Tolerant or strict
//!
//! [`Mode::Tolerant`], the default, makes every field an `Option` and reads scalars with
//! `tencent_action::tolerant`: an integer sent as a string is still the integer, `null`
//! or a missing member is `None`. [`Mode::Strict`] takes the specification as the
//! contract: a member it promises is a plain value, and every deviation (a member left
//! out, a `null` it says never comes, a number sent as a string) is an error with its
//! JSON path.
//!
//! Tolerant is the default because it is what a production client needs: Tencent's
//! servers do not always keep the specification's promises, and its own documented
//! response examples break them (members said to be always sent are left out, `null`
//! comes where the spec says never, integers come as strings). A client cannot fill in a
//! value the server did not send without inventing it; Tencent's own Go and Python SDKs
//! make every response field optional for the same reason. Strict mode is for checking a
//! server against its documentation. The repository's `tests/README.md` counts, per mode,
//! the published examples of every service of its data that decode.
//!
//! [`#[tencent_action]`]: tencent_action::tencent_action

mod client;
mod codes;
mod cycles;
pub mod docs;
mod emit;
mod example;
mod index;
mod layout;
mod lean;
mod model;
mod names;
mod paginators;
mod policy;
mod service_crate;
mod types;

pub use service_crate::{CrateOptions, Dependencies, GeneratedCrate, VersionSpec, generate_crate};
// The naming and syntax rules of the attribute, so that the generator emits only what the
// attribute accepts.
use tencent_action_names as rules;
use tencent_action_spec as spec;
/// Why a spec could not be turned into a module: what is wrong, and where.
pub use tencent_action_spec::SpecError as CodegenError;

/// How the generated types decode responses; see the [crate documentation](crate).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Every field optional, scalars read tolerantly: what a production client wants.
    #[default]
    Tolerant,
    /// The specification as the contract: promised members are plain values, and every
    /// deviation is an error with its JSON path.
    Strict,
}

impl Mode {
    /// The mode's name on the command line: `tolerant` or `strict`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Tolerant => "tolerant",
            Mode::Strict => "strict",
        }
    }
}

impl std::str::FromStr for Mode {
    type Err = String;

    fn from_str(name: &str) -> Result<Mode, String> {
        match name {
            "tolerant" => Ok(Mode::Tolerant),
            "strict" => Ok(Mode::Strict),
            other => Err(format!(
                "unknown mode `{other}`: expected `tolerant` or `strict`"
            )),
        }
    }
}

/// What to generate.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// How the generated types decode.
    pub mode: Mode,
}

/// A generated module: its source, and the action structs it defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedModule {
    source: String,
    client: String,
    actions: Vec<GeneratedAction>,
}

impl GeneratedModule {
    /// The module's formatted source, ready to be written to a `.rs` file and included
    /// with `#[path = "..."] mod name;`.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The source of the module's `Client` (one method per action, returning its future), to be written
    /// to `client.rs` next to the module and declared in it with
    /// `mod client; pub use client::Client;`. It needs `tencent-action-client`.
    pub fn client_source(&self) -> &str {
        &self.client
    }

    /// The module's source, owned.
    pub fn into_source(self) -> String {
        self.source
    }

    /// Every action of the spec, offline ones included, sorted by name.
    pub fn actions(&self) -> &[GeneratedAction] {
        &self.actions
    }
}

/// One action of a generated module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedAction {
    name: String,
    type_name: String,
    request_type_name: String,
    deprecated: bool,
}

impl GeneratedAction {
    /// The action's name in the API, `DescribeInstances`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The struct's name in the module: the action's name, unless that name is not a
    /// usable type name.
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// The name of its request struct, `<type name>Request` unless that is taken.
    pub fn request_type_name(&self) -> &str {
        &self.request_type_name
    }

    /// Whether the action is deprecated or offline, and its struct marked `#[deprecated]`.
    pub fn deprecated(&self) -> bool {
        self.deprecated
    }
}

/// Generates the module of one service version from its `api.json` text and, for the
/// actions' own error codes, its `errors.json` text.
///
/// Fails, saying what is wrong and where, when either text is not such a file.
pub fn generate(
    spec_json: &str,
    errors_json: Option<&str>,
    options: &Options,
) -> Result<GeneratedModule, CodegenError> {
    let spec: spec::Spec = spec::parse("api.json", spec_json)?;
    let errors: Option<spec::Errors> = errors_json
        .map(|text| spec::parse("errors.json", text))
        .transpose()?;
    generate_spec(&spec, errors.as_ref(), options)
}

/// [`generate`], from a spec and error codes already read (with
/// [`tencent_action_spec::parse`], or [`VersionDir`](tencent_action_spec::VersionDir)'s
/// readers).
///
/// Fails, saying what is wrong and where, when the spec cannot be generated: an action
/// names a struct that is not in it, a name is not one the attribute accepts, or the
/// error codes are of another service.
pub fn generate_spec(
    spec: &spec::Spec,
    errors: Option<&spec::Errors>,
    options: &Options,
) -> Result<GeneratedModule, CodegenError> {
    generate_bilingual(spec, errors, None, options)
}

/// [`generate_spec`], documented in English first: every action, request member,
/// response member and data structure that `english` (the same service version's spec
/// as Tencent's international site publishes it) has with text is documented with that
/// text, then with the Chinese one; anything else with the Chinese text alone.
///
/// `spec` stays the source of truth for the actions, types and members: `english` only
/// adds text, matched by action name, object name and member name, and what only it has
/// is ignored. Pairing the two is the caller's part: an English spec of another service
/// would document same-named items with the wrong text.
///
/// ```
/// use tencent_action_codegen::{Options, generate_bilingual};
/// use tencent_action_spec::{Spec, parse};
///
/// let spec = |title: &str, document: &str| -> Spec {
///     parse("api.json", &format!(r#"{{
///         "metadata": {{"serviceShortName": "cvm", "apiVersion": "2017-03-12"}},
///         "actions": {{"DescribeZones": {{"name": "{title}", "output": "DescribeZonesResponse"}}}},
///         "objects": {{"DescribeZonesResponse": {{"members": [
///             {{"name": "TotalCount", "type": "int", "member": "uint64", "document": "{document}"}}
///         ]}}}}
///     }}"#)).unwrap()
/// };
/// let chinese = spec("查询可用区列表", "可用区数量。");
/// let english = spec("Queries availability zones", "Number of availability zones.");
/// let module = generate_bilingual(&chinese, None, Some(&english), &Options::default())?;
/// assert!(module.source().contains(
///     "/// Number of availability zones.\n    ///\n    /// 可用区数量。\n"
/// ));
/// # Ok::<(), tencent_action_codegen::CodegenError>(())
/// ```
pub fn generate_bilingual(
    spec: &spec::Spec,
    errors: Option<&spec::Errors>,
    english: Option<&spec::Spec>,
    options: &Options,
) -> Result<GeneratedModule, CodegenError> {
    let module = model::build(spec, errors, english, options.mode)?;
    let actions = module
        .actions
        .iter()
        .map(|action| GeneratedAction {
            name: action.name.clone(),
            type_name: action.rust.clone(),
            request_type_name: action.request.rust.clone(),
            deprecated: action.deprecated,
        })
        .collect();
    Ok(GeneratedModule {
        source: emit::source(&module),
        client: client::source(&module),
        actions,
    })
}
