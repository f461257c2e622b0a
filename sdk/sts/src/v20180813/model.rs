//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// API密钥数据列表
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKey {
    /// 密钥ID
    pub secret_id: Option<String>,
    /// 创建时间(时间戳)
    pub create_time: Option<u64>,
    /// 状态(2:有效, 3:禁用, 4:已删除)
    pub status: Option<u64>,
}

impl serde::Serialize for ApiKey {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ApiKey",
            usize::from(self.secret_id.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.status.is_some()),
        )?;
        s.optional("SecretId", &self.secret_id)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("Status", &self.status)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApiKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ApiKey {
    const NAME: &'static str = "ApiKey";
    const FIELDS: &'static [&'static str] = &["SecretId", "CreateTime", "Status"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            secret_id: r.or_default(f0),
            create_time: r.or_default(f1),
            status: r.or_default(f2),
        })
    }
}

/// Temporary credentials
///
/// 临时证书
#[derive(Debug, Clone, PartialEq)]
pub struct Credentials {
    /// Token, which contains up to 4,096 bytes depending on the associated policies.
    ///
    /// token。token长度和绑定的策略有关，最长不超过4096字节。
    pub token: Option<String>,
    /// Temporary credentials key ID, which contains up to 1,024 bytes.
    ///
    /// 临时证书密钥ID。最长不超过1024字节。
    pub tmp_secret_id: Option<String>,
    /// Temporary credentials key, which contains up to 1,024 bytes.
    ///
    /// 临时证书密钥Key。最长不超过1024字节。
    pub tmp_secret_key: Option<String>,
}

impl serde::Serialize for Credentials {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Credentials",
            usize::from(self.token.is_some()) + usize::from(self.tmp_secret_id.is_some())
                + usize::from(self.tmp_secret_key.is_some()),
        )?;
        s.optional("Token", &self.token)?;
        s.optional("TmpSecretId", &self.tmp_secret_id)?;
        s.optional("TmpSecretKey", &self.tmp_secret_key)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Credentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Credentials {
    const NAME: &'static str = "Credentials";
    const FIELDS: &'static [&'static str] = &["Token", "TmpSecretId", "TmpSecretKey"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            token: r.or_default(f0),
            tmp_secret_id: r.or_default(f1),
            tmp_secret_key: r.or_default(f2),
        })
    }
}

/// Information on tags
///
/// 标签
#[derive(Debug, Clone, PartialEq)]
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

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(serializer, "Tag", 2)?;
        s.field("Key", &self.key)?;
        s.field("Value", &self.value)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Tag {
    const NAME: &'static str = "Tag";
    const FIELDS: &'static [&'static str] = &["Key", "Value"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self { key: f0, value: f1 })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}
