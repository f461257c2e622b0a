//! Each action's response struct, with the types the attribute derives from it.

use super::model::*;

/// Applies for temporary access credentials to assume a role (申请扮演角色临时访问凭证): the response of `AssumeRole`.
///
/// This API is used to request temporary access credentials for assuming a role.
///
/// This API is used to describe the composition of role policies.
///
/// This API is used to specify the role trust policy, which defines who can assume the role.
///
/// This API is used to specify the role permission policy, which defines what actions can be performed after assuming the role.
///
/// This API is used to describe the conditions under which a role can be assumed.
///
/// This API is used to bind a policy that allows a user to call AssumeRole.
///
/// This API is used to add a user as a principal in the role trust policy.
///
/// **使用说明**
///
/// 1. 申请扮演某个角色的临时访问凭证，返回临时身份的token和能够扮演该角色的临时密钥；
///
/// 2. 角色策略组成
///
/// （1）角色载体：指定谁可以扮演该角色；
///
/// （2）角色权限：指定扮演角色后可以执行哪些操作，操作哪些资源。
///
/// 3. 角色可被扮演的条件
///
/// （1）给该用户绑定包含AssumeRole的策略；
///
/// （2）将该用户配置为角色载体的主体。
///
/// 4. 此接口可以支持永久密钥或临时密钥调用。
///
/// **典型场景**
///
/// 1. 跨账号授权：主账号A需要操作主账号B的资源。
///
/// 例如：A账号下有子用户a，B账号下有角色role b，a可以通过AssumeRole接口扮演b，以角色b身份登录账号B的控制台，并操作资源。
///
/// 2. 跨服务调用：云上的A服务需要访问或操作B服务的资源。
///
/// 例如：为A服务接入一个服务相关角色，用户授权创建角色和策略后，A服务即可调用AssumeRole获取用户的服务相关角色临时密钥，调用B服务接口并访问资源。
///
/// **最佳实践**
///
/// 1. 临时访问凭证在有效期内（Expiration）都可以使用，建议在有效期内重复使用，避免业务请求该接口频率达到上限被限频；
///
/// 2. 授予临时访问凭证权限的CAM策略，建议严格遵循最小权限原则；
///
/// 3. 建议不要使用主账号永久密钥，对该接口进行调用。
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "AssumeRole",
    errors(
        "FailedOperation.CheckMFAError" = "校验MFA失败",
        "FailedOperation.MFATypeNotSupported" = "MFA类型不支持",
        "InternalError.DbError" = "DB错误。",
        "InternalError.EncryptError" = "加密失败。",
        "InternalError.GetAppIdError" = "获取appid错误。",
        "InternalError.GetRoleError" = "获取角色失败。",
        "InternalError.GetSeedTokenError" = "获取token失败。",
        "InternalError.IllegalRole" = "角色非法。",
        "InternalError.PbSerializeError" = "pb打包失败。",
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InternalError.UnknownError" = "未知错误。",
        "InvalidParameter.AccountNotAvaliable" = "账号不存在或不可用。",
        "InvalidParameter.ExtendStrategyOverSize" = "扩展策略过大。",
        "InvalidParameter.GrantOtherResource" = "越权访问资源。",
        "InvalidParameter.OverLimit" = "超过频率限制。",
        "InvalidParameter.OverTimeError" = "过期时间超过阈值。",
        "InvalidParameter.ParamError" = "参数错误。",
        "InvalidParameter.PolicyTooLong" = "策略过长。",
        "InvalidParameter.ResouceError" = "策略资源六段式错误。",
        "InvalidParameter.StrategyFormatError" = "策略语法错误。",
        "InvalidParameter.StrategyInvalid" = "非法策略。",
        "InvalidParameter.TempCodeNotAvaliable" = "临时Code无效。",
        "ResourceNotFound.RoleNotFound" = "账号对应的角色不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRole {
    /// Temporary access credentials
    ///
    /// 临时访问凭证
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    /// Expiration time of the temporary access credentials. A Unix timestamp will be returned which is accurate to the second.
    ///
    /// 临时访问凭证的过期时间，返回 Unix 时间戳，精确到秒
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<i64>,
    /// Expiration time of the temporary access credentials in UTC time in ISO 8601 format.
    ///
    /// 临时访问凭证的过期时间，以 iso8601 格式的 UTC 时间表示
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expiration: Option<String>,
}

/// Requests temporary access credentials for a role based on a SAML assertion (根据 SAML 断言申请角色临时访问凭证): the response of `AssumeRoleWithSAML`.
///
/// This API is used to request temporary access credentials for a role based on a SAML assertion.
///
/// Note: When called with signature method v3, header `X-TC-Token` could be ignored, and `Authorization` should be SKIP.
///
/// 本接口（AssumeRoleWithSAML）用于根据 SAML 断言申请角色临时访问凭证。
///
/// 注意：当使用签名方法 V3 调用本接口时，请求头无须传入 X-TC-Token, 但 Authorization 需要传入值 SKIP。
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "AssumeRoleWithSAML",
    errors(
        "InternalError.DbError" = "DB错误。",
        "InternalError.EncryptError" = "加密失败。",
        "InternalError.GetAppIdError" = "获取appid错误。",
        "InternalError.GetRoleError" = "获取角色失败。",
        "InternalError.GetSeedTokenError" = "获取token失败。",
        "InternalError.IllegalRole" = "角色非法。",
        "InternalError.PbSerializeError" = "pb打包失败。",
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InternalError.UnknownError" = "未知错误。",
        "InvalidParameter.AccountNotAvaliable" = "账号不存在或不可用。",
        "InvalidParameter.ExtendStrategyOverSize" = "扩展策略过大。",
        "InvalidParameter.GrantOtherResource" = "越权访问资源。",
        "InvalidParameter.OverLimit" = "超过频率限制。",
        "InvalidParameter.OverTimeError" = "过期时间超过阈值。",
        "InvalidParameter.ParamError" = "参数错误。",
        "InvalidParameter.PolicyTooLong" = "策略过长。",
        "InvalidParameter.ResouceError" = "策略资源六段式错误。",
        "InvalidParameter.StrategyFormatError" = "策略语法错误。",
        "InvalidParameter.StrategyInvalid" = "非法策略。",
        "InvalidParameter.TempCodeNotAvaliable" = "临时Code无效。",
        "ResourceNotFound.RoleNotFound" = "账号对应的角色不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRoleWithSAML {
    /// An object consists of the `Token`, `TmpSecretId`, and `TmpSecretId`
    ///
    /// 对象里面包含 Token，TmpSecretId，TmpSecretKey 三元组
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    /// Indicates the expiration time of the temporary access credentials. A Unix timestamp will be returned which is accurate to the second.
    ///
    /// 临时访问凭证的过期时间，返回 Unix 时间戳，精确到秒
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<u64>,
    /// Indicates the expiration time of the temporary access credentials in UTC time in ISO 8601 format.
    ///
    /// 临时访问凭证的过期时间，以 ISO8601 格式的 UTC 时间表示
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expiration: Option<String>,
}

/// Applies for an OIDC role credential (申请OIDC角色临时访问凭证): the response of `AssumeRoleWithWebIdentity`.
///
/// This API is used to apply for an OIDC role credential.
///
/// Note: When called with signature method v3, header `X-TC-Token` could be ignored, and `Authorization` should be SKIP.
///
/// 申请OIDC角色临时访问凭证。
///
/// 注意：当使用签名方法 V3 调用本接口时，请求头无须传入 X-TC-Token, 但 Authorization 需要传入值 SKIP。
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "AssumeRoleWithWebIdentity",
    errors(
        "InternalError.GetRoleError" = "获取角色失败。",
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InternalError.UnknownError" = "未知错误。",
        "InvalidParameter.OverLimit" = "超过频率限制。",
        "InvalidParameter.ParamError" = "参数错误。",
        "InvalidParameter.WebIdentityTokenError" = "WebIdentityToken参数错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct AssumeRoleWithWebIdentity {
    /// Expiration time of the temporary access credentials (timestamp).
    ///
    /// 临时访问凭证过期时间(时间戳)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<u64>,
    /// Expiration time of the temporary access credentials.
    ///
    /// 临时访问凭证过期时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expiration: Option<String>,
    /// Temporary access credentials
    ///
    /// 临时访问凭证
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
}

/// Gets the identity information of the current caller (获取当前调用者的身份信息): the response of `GetCallerIdentity`.
///
/// This API is used to get the identity information of the current caller.
///
/// This API is used to get the identity information using the persistent keys of the root account and sub-account as well as the temporary credentials generated by AssumeRole and GetFederationToken.
///
/// 获取当前调用者的身份信息。
///
/// 接口支持主账号，子账号长期密钥以及AssumeRole，GetFederationToken生成的临时访问凭证身份获取。
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "GetCallerIdentity",
    errors(
        "AuthFailure.AccessKeyIllegal" = "密钥不合法。",
        "InternalError.GetSeedTokenError" = "获取token失败。",
        "InvalidParameter.AccessKeyNotSupport" = "不支持该类型密钥。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetCallerIdentity {
    /// ARN of the current caller.
    ///
    /// 当前调用者ARN。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub arn: Option<String>,
    /// Root account UIN of the current caller.
    ///
    /// 当前调用者所属主账号Uin。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub account_id: Option<String>,
    /// User ID.
    ///
    /// 1. If the caller is a Tencent Cloud account, the UIN of the current account is returned.
    ///
    /// 2. If the caller is a role, `roleId:roleSessionName` is returned.
    ///
    /// 3. If the caller is a federated user, `uin:federatedUserName` is returned.
    ///
    /// 身份标识。
    ///
    /// 1. 调用者是云账号时，返回的是当前账号Uin
    ///
    /// 2. 调用者是角色时，返回的是roleId:roleSessionName
    ///
    /// 3. 调用者是联合身份时，返回的是uin:federatedUserName
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub user_id: Option<String>,
    /// Account UIN.
    ///
    /// 1. If the caller is a Tencent Cloud account, the UIN of the current account is returned.
    ///
    /// 2. If the caller is a role, the UIN of the account that applies for the role is returned.
    ///
    /// 密钥所属账号Uin。
    ///
    /// 1. 调用者是云账号，返回的当前账号Uin
    ///
    /// 2, 调用者是角色，返回的申请角色密钥的账号Uin
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub principal_id: Option<String>,
    /// Identity type.
    ///
    /// 身份类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
}

/// Gets temporary credentials for federated user (获取联合身份临时访问凭证): the response of `GetFederationToken`.
///
/// This API is used to provide instructions.
///
/// This API is used to return a set of temporary access credentials. A typical application scenario is for proxy applications to centrally request temporary access credentials and distribute them to other distributed terminal applications within the enterprise network, such as terminal applications uploading files to COS. This API only supports calls with permanent keys.
///
/// This API is used to implement best practices.
///
/// 1. This API is used to recommend reusing temporary access credentials within their validity period to avoid rate limiting due to increased business request rates.
///
/// 2. This API is used to recommend granting temporary access credentials with the principle of least privilege.
///
/// 3. This API is used to recommend not using the root account for permanent keys calling the API.
///
/// **使用说明**
///
/// 1. 返回一组临时身份访问凭证，包含token和获取该身份的临时密钥；
///
/// 2. 当您需要将当前账号下的部分权限和资源临时委托给第三方（如合作伙伴、外包团队），且希望避免下发永久密钥时，调用此接口；
///
/// 3. 临时身份的权限为：当前调用账号的权限和输入参数 Policy 权限的交集；
///
/// 4. 此接口仅支持永久密钥调用。
///
/// **典型场景**
///
/// 1. 代理应用程序集中申请临时访问凭证，下发给企业网络内的其他分布式终端应用。例如：终端应用上传文件到COS。
///
/// 2. 将指定资源临时委托给第三方代理。例如：申请临时访问凭证，分发给企业外部团队，仅允许查看某个存储桶，有效期结束后权限自动回收。
///
/// **最佳实践**
///
/// 1. 临时访问凭证在有效期内（Expiration）都可以使用，建议在有效期内重复使用，避免业务请求该接口频率达到上限被限频；
///
/// 2. 授予临时访问凭证权限的CAM策略，建议严格遵循最小权限原则；
///
/// 3. 建议不要使用主账号永久密钥，对该接口进行调用。
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "GetFederationToken",
    errors(
        "InternalError.DbError" = "DB错误。",
        "InternalError.EncryptError" = "加密失败。",
        "InternalError.GetAppIdError" = "获取appid错误。",
        "InternalError.GetSeedTokenError" = "获取token失败。",
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InvalidParameter.AccountNotAvaliable" = "账号不存在或不可用。",
        "InvalidParameter.ExtendStrategyOverSize" = "扩展策略过大。",
        "InvalidParameter.GrantOtherResource" = "越权访问资源。",
        "InvalidParameter.OverTimeError" = "过期时间超过阈值。",
        "InvalidParameter.ParamError" = "参数错误。",
        "InvalidParameter.PolicyTooLong" = "策略过长。",
        "InvalidParameter.ResouceError" = "策略资源六段式错误。",
        "InvalidParameter.StrategyFormatError" = "策略语法错误。",
        "InvalidParameter.StrategyInvalid" = "非法策略。",
        "InvalidParameter.TempCodeNotAvaliable" = "临时Code无效。",
        "ResourceNotFound.RoleNotFound" = "账号对应的角色不存在。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetFederationToken {
    /// Temporary access credentials
    ///
    /// 临时访问凭证
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    /// Temporary access credentials expiration time. A Unix timestamp will be returned which is accurate to the second.
    ///
    /// 临时访问凭证有效的时间，返回 Unix 时间戳，精确到秒
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<u64>,
    /// Temporary access credentials expiration time in UTC time in ISO 8601 format.
    ///
    /// Note: this field may return null, indicating that no valid values can be obtained.
    ///
    /// 临时访问凭证有效的时间，以 iso8601 格式的 UTC 时间表示
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expiration: Option<String>,
}

/// 获取MFA临时证书: the response of `GetSessionToken`.
///
/// 获取MFA临时证书
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "GetSessionToken",
    errors(
        "FailedOperation.CheckMFAError" = "校验MFA失败",
        "FailedOperation.MFATypeNotSupported" = "MFA类型不支持",
        "FailedOperation.TempKeyNotAllowed" = "该接口不支持临时密钥调用",
        "InternalError.DbError" = "DB错误。",
        "InternalError.EncryptError" = "加密失败。",
        "InternalError.GetSeedTokenError" = "获取token失败。",
        "InternalError.PbSerializeError" = "pb打包失败。",
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InternalError.UnknownError" = "未知错误。",
        "InvalidParameter.AccountNotAvaliable" = "账号不存在或不可用。",
        "InvalidParameter.OverTimeError" = "过期时间超过阈值。",
        "InvalidParameter.ParamError" = "参数错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetSessionToken {
    /// 临时访问凭证
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
    /// 证书无效的时间，返回 Unix 时间戳，精确到秒
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<u64>,
    /// 临时访问凭证的过期时间，以 iso8601 格式的 UTC 时间表示
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expiration: Option<String>,
}

/// 拉取API密钥列表: the response of `QueryApiKey`.
///
/// 拉取API密钥列表
#[tencent_action::tencent_action(
    service = "sts",
    version = "2018-08-13",
    action = "QueryApiKey",
    errors(
        "InternalError.SystemError" = "系统内部错误，如网络错误。",
        "InternalError.UnknownError" = "未知错误。",
        "InvalidParameter.ParamError" = "参数错误。"
    ),
    serialize_feature = "round-trip"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct QueryApiKey {
    /// 密钥ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_keys: Option<Vec<ApiKey>>,
}
