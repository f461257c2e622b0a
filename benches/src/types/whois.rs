//! `DescribeDomainWhois` (dnspod): 14 KB, nullable fields throughout, and the raw WHOIS
//! text as long strings full of `\n` escapes.

use super::Text;
use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// A domain's WHOIS record.
    #[tencent_action(service = "dnspod", version = "2021-03-23")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeDomainWhois {
        /// The record.
        pub info: WhoisInfo,
    }
    hand HandDescribeDomainWhois;
    plain PlainDescribeDomainWhois;
}

/// A WHOIS record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisInfo {
    /// The contacts.
    pub contacts: Option<WhoisContact>,
    /// When the domain was registered.
    pub creation_date: Option<String>,
    /// When it expires.
    pub expiration_date: Option<String>,
    /// Whether it is registered with Tencent Cloud.
    pub is_qcloud: Option<bool>,
    /// Whether the caller owns it there.
    pub is_qcloud_owner: Option<bool>,
    /// Its name servers.
    pub name_servers: Option<Vec<String>>,
    /// The raw WHOIS answers.
    pub raw: Option<Vec<String>>,
    /// The DNSSEC state.
    pub dnssec: Option<String>,
    /// The registrars.
    pub registrar: Option<Vec<String>>,
    /// The EPP states.
    pub status: Option<Vec<String>>,
    /// When the record last changed.
    pub updated_date: Option<String>,
}

/// The contacts of a WHOIS record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisContact {
    /// The administrative contact.
    pub admin: Option<WhoisContactAddress>,
    /// The billing contact.
    pub billing: Option<WhoisContactAddress>,
    /// The registrant.
    pub registrant: Option<WhoisContactAddress>,
    /// The technical contact.
    pub tech: Option<WhoisContactAddress>,
}

/// One WHOIS contact; every field may be `null`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisContactAddress {
    /// City.
    pub city: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Fax.
    pub fax: Option<String>,
    /// Fax extension.
    pub fax_ext: Option<String>,
    /// Registry handle.
    pub handle: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Organization.
    pub organization: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// State.
    pub state: Option<String>,
    /// Street.
    pub street: Option<String>,
}

case! {
    /// [`DescribeDomainWhois`], borrowed from the body.
    #[tencent_action(service = "dnspod", version = "2021-03-23", action = "DescribeDomainWhois")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeDomainWhoisRef<'a> {
        /// The record.
        #[serde(borrow)]
        pub info: WhoisInfoRef<'a>,
    }
    hand HandDescribeDomainWhoisRef;
    plain PlainDescribeDomainWhoisRef;
}

/// [`WhoisInfo`], borrowed; the raw answers, full of escapes, are [`Text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisInfoRef<'a> {
    /// The contacts.
    #[serde(borrow)]
    pub contacts: Option<WhoisContactRef<'a>>,
    /// When the domain was registered.
    #[serde(borrow)]
    pub creation_date: Option<&'a str>,
    /// When it expires.
    #[serde(borrow)]
    pub expiration_date: Option<&'a str>,
    /// Whether it is registered with Tencent Cloud.
    pub is_qcloud: Option<bool>,
    /// Whether the caller owns it there.
    pub is_qcloud_owner: Option<bool>,
    /// Its name servers.
    #[serde(borrow)]
    pub name_servers: Option<Vec<&'a str>>,
    /// The raw WHOIS answers.
    #[serde(borrow)]
    pub raw: Option<Vec<Text<'a>>>,
    /// The DNSSEC state.
    #[serde(borrow)]
    pub dnssec: Option<&'a str>,
    /// The registrars.
    #[serde(borrow)]
    pub registrar: Option<Vec<Text<'a>>>,
    /// The EPP states.
    #[serde(borrow)]
    pub status: Option<Vec<&'a str>>,
    /// When the record last changed.
    #[serde(borrow)]
    pub updated_date: Option<&'a str>,
}

/// [`WhoisContact`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisContactRef<'a> {
    /// The administrative contact.
    #[serde(borrow)]
    pub admin: Option<WhoisContactAddressRef<'a>>,
    /// The billing contact.
    #[serde(borrow)]
    pub billing: Option<WhoisContactAddressRef<'a>>,
    /// The registrant.
    #[serde(borrow)]
    pub registrant: Option<WhoisContactAddressRef<'a>>,
    /// The technical contact.
    #[serde(borrow)]
    pub tech: Option<WhoisContactAddressRef<'a>>,
}

/// [`WhoisContactAddress`], borrowed: all free text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WhoisContactAddressRef<'a> {
    /// City.
    #[serde(borrow)]
    pub city: Option<Text<'a>>,
    /// Country.
    #[serde(borrow)]
    pub country: Option<Text<'a>>,
    /// Email.
    #[serde(borrow)]
    pub email: Option<Text<'a>>,
    /// Fax.
    #[serde(borrow)]
    pub fax: Option<Text<'a>>,
    /// Fax extension.
    #[serde(borrow)]
    pub fax_ext: Option<Text<'a>>,
    /// Registry handle.
    #[serde(borrow)]
    pub handle: Option<Text<'a>>,
    /// Name.
    #[serde(borrow)]
    pub name: Option<Text<'a>>,
    /// Organization.
    #[serde(borrow)]
    pub organization: Option<Text<'a>>,
    /// Phone.
    #[serde(borrow)]
    pub phone: Option<Text<'a>>,
    /// Postal code.
    #[serde(borrow)]
    pub postal_code: Option<Text<'a>>,
    /// State.
    #[serde(borrow)]
    pub state: Option<Text<'a>>,
    /// Street.
    #[serde(borrow)]
    pub street: Option<Text<'a>>,
}
