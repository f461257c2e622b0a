//! The action shapes that the fuzz targets, the differential test and the properties
//! decode into: flat scalars, nested structs, borrowed strings, options, per-action codes,
//! no payload at all, a catch-all map, and tolerant fields.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Debug;
use tencent_action::{Action, tencent_action};

/// An action type for every lifetime of the body it borrows from: owned shapes ignore
/// the lifetime, borrowed ones point into the body.
pub trait Shape: 'static {
    /// The action type borrowing from a body of lifetime `'a`.
    type Of<'a>: Action + Deserialize<'a> + Serialize + Debug;
}

macro_rules! owned_shape {
    ($($ty:ty),* $(,)?) => {
        $(impl Shape for $ty {
            type Of<'a> = $ty;
        })*
    };
}

/// The specification's own example, the fixture the other tests use.
pub use crate::DescribeInstancesStatus;

owned_shape!(
    Flat,
    DescribeInstancesStatus,
    Optional,
    WithCodes,
    Unit,
    CatchAll,
    Tolerant
);

/// Scalars of every JSON kind, all required.
#[tencent_action(service = "cvm", version = "2017-03-12", action = "DescribeFlat")]
#[derive(Debug, Clone, PartialEq)]
pub struct Flat {
    /// A signed integer.
    pub total_count: i64,
    /// An unsigned one, narrower than JSON's.
    pub quota: u32,
    /// A float, compared to the bit.
    pub ratio: f64,
    /// A bool.
    pub enabled: bool,
    /// A string.
    pub instance_id: String,
    /// An array of strings.
    pub tags: Vec<String>,
}

/// Every field optional: `null`, absent, or a nested struct.
#[tencent_action(service = "cbs", version = "2017-03-12", action = "DescribeOptional")]
#[derive(Debug, Clone, PartialEq)]
pub struct Optional {
    /// `TotalCount`, which most example bodies have.
    pub total_count: Option<i64>,
    /// A nested struct, optional.
    pub placement: Option<Placement>,
    /// A list, absent by default.
    #[serde(default)]
    pub disk_ids: Option<Vec<String>>,
}

/// Where a resource is.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    /// The zone.
    pub zone: String,
    /// The project, optional.
    #[serde(default)]
    pub project_id: Option<i64>,
}

/// Strings that point into the body, and a map.
#[tencent_action(service = "cvm", version = "2017-03-12", action = "DescribeImages")]
#[derive(Debug, Clone, PartialEq)]
pub struct Borrowed<'a> {
    /// A plain borrowed string: refused if the body escapes anything in it.
    pub zone: &'a str,
    /// Borrowed when it can be, owned when the body escapes it.
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    /// Nested borrowed structs.
    #[serde(borrow, default)]
    pub image_set: Vec<Image<'a>>,
    /// A map with borrowed keys.
    #[serde(borrow, default)]
    pub labels: BTreeMap<&'a str, i64>,
}

/// One image of [`Borrowed`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Image<'a> {
    /// Borrowed.
    pub image_id: &'a str,
    /// Borrowed or owned.
    #[serde(borrow)]
    pub image_name: Cow<'a, str>,
}

impl Shape for Borrowed<'static> {
    type Of<'a> = Borrowed<'a>;
}

/// An action with its own error codes, some of them sub-codes of common ones.
#[tencent_action(
    service = "cvm",
    version = "2017-03-12",
    action = "RunInstances",
    errors(
        "InvalidInstanceId.NotFound" = "The instance does not exist.",
        "InvalidParameterValue.InstanceIdMalformed",
        "InvalidParameterValueLimit",
        "LimitExceeded.InstanceQuota",
        "ResourceInsufficient.CloudDiskSoldOut",
    )
)]
#[derive(Debug, Clone, PartialEq)]
pub struct WithCodes {
    /// The new instances.
    pub instance_id_set: Vec<String>,
}

/// No payload: every field of the `Response` object is skipped.
#[tencent_action(service = "cvm", version = "2017-03-12", action = "StartInstances")]
#[derive(Debug, Clone, PartialEq)]
pub struct Unit;

/// Every payload field, whatever it is: a body decodes into it whenever its envelope is
/// well-formed, so that every value of every example is compared.
#[tencent_action(service = "any", version = "2017-03-12", action = "AnyAction")]
#[derive(Debug, Clone, PartialEq)]
pub struct CatchAll {
    /// The payload fields by name; the last of two equal keys, as for any map.
    #[serde(flatten)]
    pub fields: BTreeMap<String, serde_json::Value>,
}

/// Fields read through the runtime's tolerant and strict decoders.
#[tencent_action(service = "dnspod", version = "2021-03-23", action = "CreateRecord")]
#[derive(Debug, Clone, PartialEq)]
pub struct Tolerant {
    /// A number that may come as a string.
    #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
    pub weight: Option<u64>,
    /// Numbers that may come as strings.
    #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
    pub record_ids: Option<Vec<u64>>,
    /// A string that may come as a number.
    #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
    pub status: Option<String>,
    /// A float that may come as a string.
    #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
    pub ratio: Option<f64>,
    /// A bool that may come as `"true"`.
    #[serde(default, deserialize_with = "tencent_action::tolerant::deserialize")]
    pub enabled: Option<bool>,
    /// May be absent, never `null`.
    #[serde(default, deserialize_with = "tencent_action::strict::non_null")]
    pub total_count: Option<u64>,
}

/// Runs `$body` once for every shape, with `$shape` naming it: the list the fuzz targets
/// and the differential test share, so that none of them forgets a shape.
#[macro_export]
macro_rules! for_each_shape {
    ($shape:ident => $body:expr) => {{
        {
            type $shape = $crate::shapes::Flat;
            $body
        }
        {
            type $shape = $crate::shapes::DescribeInstancesStatus;
            $body
        }
        {
            type $shape = $crate::shapes::Optional;
            $body
        }
        {
            type $shape = $crate::shapes::Borrowed<'static>;
            $body
        }
        {
            type $shape = $crate::shapes::WithCodes;
            $body
        }
        {
            type $shape = $crate::shapes::Unit;
            $body
        }
        {
            type $shape = $crate::shapes::CatchAll;
            $body
        }
        {
            type $shape = $crate::shapes::Tolerant;
            $body
        }
    }};
}
