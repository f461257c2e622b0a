//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// API密钥数据列表
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApiKey {
    /// 密钥ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub secret_id: Option<String>,
    /// 创建时间(时间戳)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<u64>,
    /// 状态(2:有效, 3:禁用, 4:已删除)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<u64>,
}

/// Temporary credentials
///
/// 临时证书
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credentials {
    /// Token, which contains up to 4,096 bytes depending on the associated policies.
    ///
    /// token。token长度和绑定的策略有关，最长不超过4096字节。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub token: Option<String>,
    /// Temporary credentials key ID, which contains up to 1,024 bytes.
    ///
    /// 临时证书密钥ID。最长不超过1024字节。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tmp_secret_id: Option<String>,
    /// Temporary credentials key, which contains up to 1,024 bytes.
    ///
    /// 临时证书密钥Key。最长不超过1024字节。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tmp_secret_key: Option<String>,
}

/// Information on tags
///
/// 标签
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Tag key. It’s up to 128 characters and case-sensitive.
    ///
    /// 标签键，最长128个字符，区分大小写。
    pub key: String,
    /// Tag value. It’s up to 256 characters and case-sensitive.
    ///
    /// 标签值，最长256个字符，区分大小写。
    pub value: String,
}
