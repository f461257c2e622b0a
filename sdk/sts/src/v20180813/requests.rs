//! Each action's request.

use super::actions::*;

use super::model::*;

/// Applies for temporary access credentials to assume a role (申请扮演角色临时访问凭证): the request of `AssumeRole`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssumeRole`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRoleRequest {
    /// Resource descriptions of a role, which can be obtained by clicking the role name in the [CAM console](https://console.cloud.tencent.com/cam/role).
    ///
    /// General role:
    ///
    /// qcs::cam::uin/12345678:role/4611686018427397919, qcs::cam::uin/12345678:roleName/testRoleName
    ///
    /// Service role:
    ///
    /// qcs::cam::uin/12345678:role/tencentcloudServiceRole/4611686018427397920, qcs::cam::uin/12345678:role/tencentcloudServiceRoleName/testServiceRoleName
    ///
    /// 角色的资源描述，可在[访问管理](https://console.cloud.tencent.com/cam/role)，点击角色名获取。
    ///
    /// 普通角色：
    ///
    /// qcs::cam::uin/12345678:role/4611686018427397919、qcs::cam::uin/12345678:roleName/testRoleName
    ///
    /// 服务角色：
    ///
    /// qcs::cam::uin/12345678:role/tencentcloudServiceRole/4611686018427397920、qcs::cam::uin/12345678:role/tencentcloudServiceRoleName/testServiceRoleName
    pub role_arn: String,
    /// User-defined temporary session name.
    ///
    /// It can contain 2-128 letters, digits, and symbols (=,.@_-). Regex: \[\w+=,.@_-\]*
    ///
    /// 临时会话名称，由用户自定义名称。
    ///
    /// 长度在2到128之间，可包含大小写字符，数字以及特殊字符：=,.@_-。 正则为：\[\w+=,.@_-\]*
    pub role_session_name: String,
    /// Specifies the validity period of the temporary access credentials in seconds. Default value: 7,200s. Maximum value: 43,200s.
    ///
    /// 指定临时访问凭证的有效期，单位：秒，默认 7200 秒，最长可设定有效期为 43200 秒
    pub duration_seconds: Option<u64>,
    /// Policy description
    ///
    /// Note:
    ///
    /// This parameter needs to be URL-encoded. The server will URL-decode this field and grant temporary access credentials based on the processed policy. Please pass the parameter according to the specification. (If you request a TencentCloud API through the GET method, all parameters must be URL-encoded again in accordance with [Signature v3](https://intl.cloud.tencent.com/document/api/598/33159?from_cn_redirect=1#1.-.E6.8B.BC.E6.8E.A5.E8.A7.84.E8.8C.83.E8.AF.B7.E6.B1.82.E4.B8.B2) before the request is sent).
    ///
    /// The policy syntax refers to [CAM's Syntax Logic](https://intl.cloud.tencent.com/document/product/598/10603?from_cn_redirect=1).
    ///
    /// 3. The policy cannot contain the `principal` element.
    ///
    /// 策略描述
    ///
    /// 注意：
    ///
    /// 1、该参数需要做urlencode，服务端会对该字段做urldecode， 并按处理后Policy授予临时访问凭证权限，请按规范传入参数。（如果通过 GET 方法请求云 API，发送请求前，所有参数都需要按照[云 API 规范](https://cloud.tencent.com/document/api/598/33159#1.-.E6.8B.BC.E6.8E.A5.E8.A7.84.E8.8C.83.E8.AF.B7.E6.B1.82.E4.B8.B2)再 urlencode 一次）。
    ///
    /// 2、策略语法参照[CAM 策略语法](https://cloud.tencent.com/document/product/598/10603)。
    ///
    /// 3、策略中不能包含 principal 元素。
    pub policy: Option<String>,
    /// External role ID, which can be obtained by clicking the role name in the [CAM console](https://console.cloud.tencent.com/cam/role).
    ///
    /// It can contain 2-128 letters, digits, and symbols (=,.@:/-). Regex: \[\w+=,.@:\/-\]*
    ///
    /// 角色外部ID，可在[访问管理](https://console.cloud.tencent.com/cam/role)，点击角色名获取。
    ///
    /// 长度在2到128之间，可包含大小写字符，数字以及特殊字符：=,.@:/-。 正则为：\[\w+=,.@:\/-\]*
    pub external_id: Option<String>,
    /// List of session tags. Up to 50 tags are allowed. The tag keys can not duplicate.
    ///
    /// 会话标签列表。最多可以传递 50 个会话标签，不支持包含相同标签键。
    pub tags: Option<Vec<Tag>>,
    /// UIN of the initiator
    ///
    /// 调用者身份uin
    pub source_identity: Option<String>,
    /// MFA序列号，与进行调用的CAM用户关联的MFA设备的标识号。格式qcs::cam:uin/${ownerUin}::mfa/${mfaType}。mfaType支持softToken（软token）
    pub serial_number: Option<String>,
    /// mfa身份验证码。
    pub token_code: Option<String>,
}

impl serde::Serialize for AssumeRoleRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssumeRoleRequest",
            2 + usize::from(self.duration_seconds.is_some())
                + usize::from(self.policy.is_some())
                + usize::from(self.external_id.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.source_identity.is_some())
                + usize::from(self.serial_number.is_some())
                + usize::from(self.token_code.is_some()),
        )?;
        s.field("RoleArn", &self.role_arn)?;
        s.field("RoleSessionName", &self.role_session_name)?;
        s.optional("DurationSeconds", &self.duration_seconds)?;
        s.optional("Policy", &self.policy)?;
        s.optional("ExternalId", &self.external_id)?;
        s.optional("Tags", &self.tags)?;
        s.optional("SourceIdentity", &self.source_identity)?;
        s.optional("SerialNumber", &self.serial_number)?;
        s.optional("TokenCode", &self.token_code)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AssumeRoleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AssumeRoleRequest {
    const NAME: &'static str = "AssumeRoleRequest";
    const FIELDS: &'static [&'static str] = &[
        "RoleArn",
        "RoleSessionName",
        "DurationSeconds",
        "Policy",
        "ExternalId",
        "Tags",
        "SourceIdentity",
        "SerialNumber",
        "TokenCode",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        let mut f5 = ::core::option::Option::None;
        let mut f6 = ::core::option::Option::None;
        let mut f7 = ::core::option::Option::None;
        let mut f8 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.plain(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    role_arn: f0,
                    role_session_name: f1,
                    duration_seconds: r.or_default(f2),
                    policy: r.or_default(f3),
                    external_id: r.or_default(f4),
                    tags: r.or_default(f5),
                    source_identity: r.or_default(f6),
                    serial_number: r.or_default(f7),
                    token_code: r.or_default(f8),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl AssumeRoleRequest {
    /// The request with its required members (`RoleArn`, `RoleSessionName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        role_arn: impl Into<String>,
        role_session_name: impl Into<String>,
    ) -> Self {
        Self {
            role_arn: role_arn.into(),
            role_session_name: role_session_name.into(),
            duration_seconds: None,
            policy: None,
            external_id: None,
            tags: None,
            source_identity: None,
            serial_number: None,
            token_code: None,
        }
    }
}

impl tencent_action::Request for AssumeRoleRequest {
    type Action = AssumeRole;
}

/// Requests temporary access credentials for a role based on a SAML assertion (根据 SAML 断言申请角色临时访问凭证): the request of `AssumeRoleWithSAML`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssumeRoleWithSAML`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRoleWithSAMLRequest {
    /// Base64-encoded SAML assertion
    ///
    /// base64 编码的 SAML 断言信息
    pub saml_assertion: String,
    /// Principal access description name
    ///
    /// 扮演者访问描述名
    pub principal_arn: String,
    /// Role access description name
    ///
    /// 角色访问描述名
    pub role_arn: String,
    /// Session name
    ///
    /// 会话名称
    pub role_session_name: String,
    /// Specifies the validity period of the temporary access credentials in seconds. Default value: 7,200s. Maximum value: 43,200s.
    ///
    /// 指定临时访问凭证的有效期，单位：秒，默认 7200 秒，最长可设定有效期为 43200 秒
    pub duration_seconds: Option<u64>,
}

impl serde::Serialize for AssumeRoleWithSAMLRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssumeRoleWithSAMLRequest",
            4 + usize::from(self.duration_seconds.is_some()),
        )?;
        s.field("SAMLAssertion", &self.saml_assertion)?;
        s.field("PrincipalArn", &self.principal_arn)?;
        s.field("RoleArn", &self.role_arn)?;
        s.field("RoleSessionName", &self.role_session_name)?;
        s.optional("DurationSeconds", &self.duration_seconds)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AssumeRoleWithSAMLRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AssumeRoleWithSAMLRequest {
    const NAME: &'static str = "AssumeRoleWithSAMLRequest";
    const FIELDS: &'static [&'static str] = &[
        "SAMLAssertion",
        "PrincipalArn",
        "RoleArn",
        "RoleSessionName",
        "DurationSeconds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2, f3) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
            ) => {
                ::core::result::Result::Ok(Self {
                    saml_assertion: f0,
                    principal_arn: f1,
                    role_arn: f2,
                    role_session_name: f3,
                    duration_seconds: r.or_default(f4),
                })
            }
            (f0, f1, f2, f3) => {
                ::core::result::Result::Err(
                    r
                        .missing(
                            &[
                                (0, f0.is_none()),
                                (1, f1.is_none()),
                                (2, f2.is_none()),
                                (3, f3.is_none()),
                            ],
                        ),
                )
            }
        }
    }
}

impl AssumeRoleWithSAMLRequest {
    /// The request with its required members (`SAMLAssertion`, `PrincipalArn`, `RoleArn`, `RoleSessionName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        saml_assertion: impl Into<String>,
        principal_arn: impl Into<String>,
        role_arn: impl Into<String>,
        role_session_name: impl Into<String>,
    ) -> Self {
        Self {
            saml_assertion: saml_assertion.into(),
            principal_arn: principal_arn.into(),
            role_arn: role_arn.into(),
            role_session_name: role_session_name.into(),
            duration_seconds: None,
        }
    }
}

impl tencent_action::Request for AssumeRoleWithSAMLRequest {
    type Action = AssumeRoleWithSAML;
}

/// Applies for an OIDC role credential (申请OIDC角色临时访问凭证): the request of `AssumeRoleWithWebIdentity`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssumeRoleWithWebIdentity`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRoleWithWebIdentityRequest {
    /// Identity provider name
    ///
    /// 身份提供商名称
    pub provider_id: String,
    /// OIDC token issued by the IdP
    ///
    /// IdP签发的OIDC令牌
    pub web_identity_token: String,
    /// Role access description name
    ///
    /// 角色访问描述名
    pub role_arn: String,
    /// Session name
    ///
    /// 会话名称
    pub role_session_name: String,
    /// Specifies the validity period of the temporary access credentials in seconds. Default value: 7,200s. Maximum value: 43,200s.
    ///
    /// 指定临时访问凭证的有效期，单位：秒，默认 7200 秒，最长可设定有效期为 43200 秒
    pub duration_seconds: Option<i64>,
}

impl serde::Serialize for AssumeRoleWithWebIdentityRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssumeRoleWithWebIdentityRequest",
            4 + usize::from(self.duration_seconds.is_some()),
        )?;
        s.field("ProviderId", &self.provider_id)?;
        s.field("WebIdentityToken", &self.web_identity_token)?;
        s.field("RoleArn", &self.role_arn)?;
        s.field("RoleSessionName", &self.role_session_name)?;
        s.optional("DurationSeconds", &self.duration_seconds)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AssumeRoleWithWebIdentityRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AssumeRoleWithWebIdentityRequest {
    const NAME: &'static str = "AssumeRoleWithWebIdentityRequest";
    const FIELDS: &'static [&'static str] = &[
        "ProviderId",
        "WebIdentityToken",
        "RoleArn",
        "RoleSessionName",
        "DurationSeconds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        let mut f4 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2, f3) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
            ) => {
                ::core::result::Result::Ok(Self {
                    provider_id: f0,
                    web_identity_token: f1,
                    role_arn: f2,
                    role_session_name: f3,
                    duration_seconds: r.or_default(f4),
                })
            }
            (f0, f1, f2, f3) => {
                ::core::result::Result::Err(
                    r
                        .missing(
                            &[
                                (0, f0.is_none()),
                                (1, f1.is_none()),
                                (2, f2.is_none()),
                                (3, f3.is_none()),
                            ],
                        ),
                )
            }
        }
    }
}

impl AssumeRoleWithWebIdentityRequest {
    /// The request with its required members (`ProviderId`, `WebIdentityToken`, `RoleArn`, `RoleSessionName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        provider_id: impl Into<String>,
        web_identity_token: impl Into<String>,
        role_arn: impl Into<String>,
        role_session_name: impl Into<String>,
    ) -> Self {
        Self {
            provider_id: provider_id.into(),
            web_identity_token: web_identity_token.into(),
            role_arn: role_arn.into(),
            role_session_name: role_session_name.into(),
            duration_seconds: None,
        }
    }
}

impl tencent_action::Request for AssumeRoleWithWebIdentityRequest {
    type Action = AssumeRoleWithWebIdentity;
}

/// Gets the identity information of the current caller (获取当前调用者的身份信息): the request of `GetCallerIdentity`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetCallerIdentity`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCallerIdentityRequest {}

impl serde::Serialize for GetCallerIdentityRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "GetCallerIdentityRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for GetCallerIdentityRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for GetCallerIdentityRequest {
    const NAME: &'static str = "GetCallerIdentityRequest";
    const FIELDS: &'static [&'static str] = &[];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        while r.next().is_some() {
            r.skip();
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {})
    }
}

impl tencent_action::Request for GetCallerIdentityRequest {
    type Action = GetCallerIdentity;
}

/// Gets temporary credentials for federated user (获取联合身份临时访问凭证): the request of `GetFederationToken`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetFederationToken`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetFederationTokenRequest {
    /// The customizable name of the caller, consisting of letters
    ///
    /// 您可以自定义调用方英文名称，由字母组成。
    pub name: String,
    /// Note:
    ///
    /// The policy syntax refers to [CAM's Syntax Logic](https://intl.cloud.tencent.com/document/product/598/10603?from_cn_redirect=1).
    ///
    /// The policy cannot contain the principal element.
    ///
    /// This parameter needs to be URL-encoded. The server will URL-decode this field and grant temporary access credentials based on the processed policy. Please pass the parameter according to the specification.
    ///
    /// 注意：
    ///
    /// 1、策略语法参照[CAM 策略语法](https://cloud.tencent.com/document/product/598/10603)。
    ///
    /// 2、策略中不能包含 principal 元素。
    ///
    /// 3、该参数需要做urlencode，服务端会对该字段做urldecode， 并按处理后Policy授予临时访问凭证权限，请按规范传入参数。
    pub policy: String,
    /// The validity period of temporary credentials in seconds. Default value: 1,800s. Maximum value for a root account: 7,200s. Maximum value for a sub-account: 129,600s.
    ///
    /// 指定临时证书的有效期，单位：秒，默认1800秒，主账号最长可设定有效期为7200秒，子账号最长可设定有效期为129600秒。
    pub duration_seconds: Option<u64>,
}

impl serde::Serialize for GetFederationTokenRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GetFederationTokenRequest",
            2 + usize::from(self.duration_seconds.is_some()),
        )?;
        s.field("Name", &self.name)?;
        s.field("Policy", &self.policy)?;
        s.optional("DurationSeconds", &self.duration_seconds)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for GetFederationTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for GetFederationTokenRequest {
    const NAME: &'static str = "GetFederationTokenRequest";
    const FIELDS: &'static [&'static str] = &["Name", "Policy", "DurationSeconds"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    name: f0,
                    policy: f1,
                    duration_seconds: r.or_default(f2),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl GetFederationTokenRequest {
    /// The request with its required members (`Name`, `Policy`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, policy: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            policy: policy.into(),
            duration_seconds: None,
        }
    }
}

impl tencent_action::Request for GetFederationTokenRequest {
    type Action = GetFederationToken;
}

/// 获取MFA临时证书: the request of `GetSessionToken`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetSessionToken`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetSessionTokenRequest {
    /// MFA序列号，与进行调用的CAM用户关联的MFA设备的标识号。格式qcs::cam:uin/${ownerUin}::mfa/${mfaType}。mfaType支持softToken（软token）
    pub serial_number: String,
    /// mfa身份验证码。
    pub token_code: String,
    /// 指定临时证书的有效期，单位：秒，默认1800秒，主账号最长可设定有效期为7200秒，子账号最长可设定有效期为129600秒。
    pub duration_seconds: Option<i64>,
}

impl serde::Serialize for GetSessionTokenRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GetSessionTokenRequest",
            2 + usize::from(self.duration_seconds.is_some()),
        )?;
        s.field("SerialNumber", &self.serial_number)?;
        s.field("TokenCode", &self.token_code)?;
        s.optional("DurationSeconds", &self.duration_seconds)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for GetSessionTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for GetSessionTokenRequest {
    const NAME: &'static str = "GetSessionTokenRequest";
    const FIELDS: &'static [&'static str] = &[
        "SerialNumber",
        "TokenCode",
        "DurationSeconds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    serial_number: f0,
                    token_code: f1,
                    duration_seconds: r.or_default(f2),
                })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

impl GetSessionTokenRequest {
    /// The request with its required members (`SerialNumber`, `TokenCode`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(serial_number: impl Into<String>, token_code: impl Into<String>) -> Self {
        Self {
            serial_number: serial_number.into(),
            token_code: token_code.into(),
            duration_seconds: None,
        }
    }
}

impl tencent_action::Request for GetSessionTokenRequest {
    type Action = GetSessionToken;
}

/// 拉取API密钥列表: the request of `QueryApiKey`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`QueryApiKey`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryApiKeyRequest {
    /// 待查询的账号uin(不填默认查当前账号uin)
    pub target_uin: Option<u64>,
}

impl serde::Serialize for QueryApiKeyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "QueryApiKeyRequest",
            usize::from(self.target_uin.is_some()),
        )?;
        s.optional("TargetUin", &self.target_uin)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for QueryApiKeyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for QueryApiKeyRequest {
    const NAME: &'static str = "QueryApiKeyRequest";
    const FIELDS: &'static [&'static str] = &["TargetUin"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            target_uin: r.or_default(f0),
        })
    }
}

impl tencent_action::Request for QueryApiKeyRequest {
    type Action = QueryApiKey;
}
