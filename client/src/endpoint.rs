//! Where a call goes: the host rules of Tencent Cloud, or a whole URL.

/// The root domain of Tencent Cloud's public endpoints.
pub const DEFAULT_ROOT_DOMAIN: &str = "tencentcloudapi.com";

/// Where the client sends its requests.
///
/// ```
/// use tencent_action_client::Endpoint;
///
/// let global = Endpoint::default();
/// assert_eq!(global.url("cvm", Some("ap-guangzhou")), "https://cvm.tencentcloudapi.com/");
///
/// let regional = Endpoint::Regional { root_domain: "tencentcloudapi.com".into() };
/// assert_eq!(regional.url("cvm", Some("ap-guangzhou")), "https://cvm.ap-guangzhou.tencentcloudapi.com/");
///
/// let local = Endpoint::Url("http://127.0.0.1:8080".into());
/// assert_eq!(local.url("cvm", None), "http://127.0.0.1:8080/");
/// assert_eq!(tencent_action_client::endpoint::host_of(&local.url("cvm", None)), "127.0.0.1:8080");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Endpoint {
    /// `https://<service>.<root_domain>/`: the nearest region's entry.
    Global {
        /// `tencentcloudapi.com`, or another root domain.
        root_domain: String,
    },
    /// `https://<service>.<region>.<root_domain>/` when a region is set (the global host
    /// otherwise): for calls that must stay in one region.
    Regional {
        /// `tencentcloudapi.com`, or another root domain.
        root_domain: String,
    },
    /// One URL for every service (`http://127.0.0.1:8080`, a proxy, a private endpoint):
    /// plain HTTP is accepted.
    Url(String),
}

impl Default for Endpoint {
    fn default() -> Self {
        Endpoint::Global {
            root_domain: DEFAULT_ROOT_DOMAIN.to_owned(),
        }
    }
}

impl Endpoint {
    /// The URL of a call to `service` in `region`.
    pub fn url(&self, service: &str, region: Option<&str>) -> String {
        match (self, region) {
            (Endpoint::Global { root_domain }, _) | (Endpoint::Regional { root_domain }, None) => {
                format!("https://{service}.{root_domain}/")
            }
            (Endpoint::Regional { root_domain }, Some(region)) => {
                format!("https://{service}.{region}.{root_domain}/")
            }
            (Endpoint::Url(url), _) => {
                if url.contains("://")
                    && url[url.find("://").map_or(0, |at| at + 3)..].contains('/')
                {
                    url.clone()
                } else {
                    format!("{url}/")
                }
            }
        }
    }

    /// Checks a whole URL: an `http` or `https` scheme and a host.
    pub(crate) fn check(&self) -> Result<(), String> {
        let Endpoint::Url(url) = self else {
            return Ok(());
        };
        let Some(rest) = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
        else {
            return Err(format!(
                "endpoint `{url}` must start with `http://` or `https://`"
            ));
        };
        if rest.split('/').next().is_none_or(str::is_empty) {
            return Err(format!("endpoint `{url}` has no host"));
        }
        if rest.contains(['?', '#', ' ']) {
            return Err(format!(
                "endpoint `{url}` may hold no query, fragment or space"
            ));
        }
        Ok(())
    }
}

/// The `Host` header of a URL, as HTTP clients send it: the authority without a default
/// port (`:80` for `http`, `:443` for `https`) and without user information.
pub fn host_of(url: &str) -> &str {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let default_port = if scheme.eq_ignore_ascii_case("http") {
        ":80"
    } else {
        ":443"
    };
    authority.strip_suffix(default_port).unwrap_or(authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://cvm.tencentcloudapi.com/"),
            "cvm.tencentcloudapi.com"
        );
        assert_eq!(host_of("http://127.0.0.1:80/"), "127.0.0.1");
        assert_eq!(host_of("https://example.com:443"), "example.com");
        assert_eq!(host_of("https://example.com:8443/x"), "example.com:8443");
        assert_eq!(host_of("http://[::1]:9000/"), "[::1]:9000");
    }

    #[test]
    fn other_root_domain() {
        let endpoint = Endpoint::Global {
            root_domain: "internal.tencentcloudapi.com".into(),
        };
        assert_eq!(
            endpoint.url("cbs", Some("ap-beijing")),
            "https://cbs.internal.tencentcloudapi.com/"
        );
        let endpoint = Endpoint::Regional {
            root_domain: "tencentcloudapi.woa.com".into(),
        };
        assert_eq!(
            endpoint.url("cbs", None),
            "https://cbs.tencentcloudapi.woa.com/"
        );
    }

    #[test]
    fn whole_urls() {
        assert_eq!(
            Endpoint::Url("http://127.0.0.1:1/".into()).url("x", None),
            "http://127.0.0.1:1/"
        );
        assert_eq!(
            Endpoint::Url("http://h/api".into()).url("x", None),
            "http://h/api"
        );
        assert!(
            Endpoint::Url("127.0.0.1:8080".into())
                .check()
                .unwrap_err()
                .contains("http://")
        );
        assert!(
            Endpoint::Url("http:///x".into())
                .check()
                .unwrap_err()
                .contains("no host")
        );
        assert!(Endpoint::Url("http://h:1".into()).check().is_ok());
    }
}
