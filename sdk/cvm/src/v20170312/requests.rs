//! Each action's request.

use super::actions::*;

use super::model::*;

/// Creates CDH instances (创建CDH实例): the request of `AllocateHosts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateHosts`].
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateHostsRequest {
    /// Instance location. This parameter is used to specify the attributes of an instance, such as its availability zone and project.
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。
    pub placement: Placement,
    /// A string used to ensure the idempotency of the request.
    ///
    /// 用于保证请求幂等性的字符串。
    pub client_token: Option<String>,
    /// Not supported. Configuration of prepaid instances. You can use the parameter to specify the attributes of prepaid instances, such as the subscription period and the auto-renewal plan. This parameter is required for prepaid instances.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub host_charge_prepaid: Option<ChargePrepaid>,
    /// Instance [billing type](https://intl.cloud.tencent.com/document/product/213/2180?from_cn_redirect=1).
    ///
    /// - `POSTPAID_BY_HOUR`: Hourly-based pay-as-you-go
    ///
    /// 实例计费类型。目前仅支持：PREPAID（预付费，即包年包月模式），默认为：'PREPAID'。
    pub host_charge_type: Option<String>,
    /// CDH instance model. Default value: `HS1`.
    ///
    /// CDH实例机型，默认为：'HS1'。
    pub host_type: Option<String>,
    /// Quantity of CDH instances purchased. Default value: 1.
    ///
    /// 购买CDH实例数量，默认为：1。
    pub host_count: Option<u64>,
    /// Tag description. You can specify the parameter to associate a tag with an instance.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
}

impl serde::Serialize for AllocateHostsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AllocateHostsRequest",
            1 + usize::from(self.client_token.is_some())
                + usize::from(self.host_charge_prepaid.is_some())
                + usize::from(self.host_charge_type.is_some())
                + usize::from(self.host_type.is_some())
                + usize::from(self.host_count.is_some())
                + usize::from(self.tag_specification.is_some()),
        )?;
        s.field("Placement", &self.placement)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("HostChargePrepaid", &self.host_charge_prepaid)?;
        s.optional("HostChargeType", &self.host_charge_type)?;
        s.optional("HostType", &self.host_type)?;
        s.optional("HostCount", &self.host_count)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AllocateHostsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AllocateHostsRequest {
    const NAME: &'static str = "AllocateHostsRequest";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "ClientToken",
        "HostChargePrepaid",
        "HostChargeType",
        "HostType",
        "HostCount",
        "TagSpecification",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    placement: f0,
                    client_token: r.or_default(f1),
                    host_charge_prepaid: r.or_default(f2),
                    host_charge_type: r.or_default(f3),
                    host_type: r.or_default(f4),
                    host_count: r.or_default(f5),
                    tag_specification: r.or_default(f6),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl AllocateHostsRequest {
    /// The request with its required members (`Placement`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(placement: Placement) -> Self {
        Self {
            placement,
            client_token: None,
            host_charge_prepaid: None,
            host_charge_type: None,
            host_type: None,
            host_count: None,
            tag_specification: None,
        }
    }
}

impl tencent_action::Request for AllocateHostsRequest {
    type Action = AllocateHosts;
    const CLIENT_TOKEN: bool = true;
}

/// Associates a key with an instance (绑定密钥对): the request of `AssociateInstancesKeyPairs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateInstancesKeyPairs`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateInstancesKeyPairsRequest {
    /// Instance ID(s). The maximum number of instances in each request is 100.
    ///
    /// You can obtain the available instance IDs in two ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/index) to query the instance IDs.
    ///
    /// - Call [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 一个或多个待操作的实例ID，每次请求批量实例的上限为100。可以通过以下方式获取可用的实例ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/index)查询实例ID。
    ///
    /// - 通过调用接口 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) ，取返回信息中的`InstanceId`获取实例ID。
    pub instance_ids: Vec<String>,
    /// Key ID(s). The maximum number of key pairs in each request is 100. The key pair ID is in the format of `skey-3glfot13`.
    ///
    /// You can obtain the available key pair IDs in two ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/sshkey) to query the key pair IDs.
    ///
    /// - Call [DescribeKeyPairs](https://intl.cloud.tencent.com/document/api/213/15699?from_cn_redirect=1) and look for `KeyId` in the response.
    ///
    /// 一个或多个待操作的密钥对ID，每次请求批量密钥对的上限为100。可以通过以下方式获取可用的密钥ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/sshkey)查询密钥ID。
    ///
    /// - 通过调用接口 [DescribeKeyPairs](https://cloud.tencent.com/document/api/213/15699) ，取返回信息中的`KeyId`获取密钥对ID。
    pub key_ids: Vec<String>,
    /// Whether to force shut down a running instances. It is recommended to manually shut down a running instance before associating a key pair with it. Valid values:
    ///
    /// - TRUE: force shut down an instance after a normal shutdown fails.
    ///
    /// - FALSE: do not force shut down an instance after a normal shutdown fails.
    ///
    /// Default value: FALSE.
    ///
    /// 是否强制关机，默认值为 false。常规场景下，建议手动关机后绑定密钥。取值范围：
    ///
    /// - true：先执行强制关机，再绑定密钥。
    ///
    /// - false：不执行强制关机，仅支持对已关机状态实例进行绑定操作。
    pub force_stop: Option<bool>,
}

impl serde::Serialize for AssociateInstancesKeyPairsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssociateInstancesKeyPairsRequest",
            2 + usize::from(self.force_stop.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("KeyIds", &self.key_ids)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AssociateInstancesKeyPairsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AssociateInstancesKeyPairsRequest {
    const NAME: &'static str = "AssociateInstancesKeyPairsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "KeyIds", "ForceStop"];
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
                    instance_ids: f0,
                    key_ids: f1,
                    force_stop: r.or_default(f2),
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

impl AssociateInstancesKeyPairsRequest {
    /// The request with its required members (`InstanceIds`, `KeyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        key_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            key_ids: key_ids.into_iter().map(Into::into).collect(),
            force_stop: None,
        }
    }
}

impl tencent_action::Request for AssociateInstancesKeyPairsRequest {
    type Action = AssociateInstancesKeyPairs;
}

/// Associates security groups with instances (绑定安全组): the request of `AssociateSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateSecurityGroups`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssociateSecurityGroupsRequest {
    /// ID of the security group to be associated, such as `sg-efil73jd`. Only one security group can be associated.
    ///
    /// 要绑定的`安全组ID`，类似sg-efil73jd，只支持绑定单个安全组。可通过 [DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808) 接口返回值中的`SecurityGroupId`获取。
    pub security_group_ids: Vec<String>,
    /// ID of the instance bound in the format of ins-lesecurk. You can specify up to 100 instances in each request.
    ///
    /// 被绑定的`实例ID`，类似ins-lesecurk，支持指定多个实例，每次请求批量实例的上限为100。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for AssociateSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssociateSecurityGroupsRequest",
            2,
        )?;
        s.field("SecurityGroupIds", &self.security_group_ids)?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for AssociateSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for AssociateSecurityGroupsRequest {
    const NAME: &'static str = "AssociateSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIds", "InstanceIds"];
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
                ::core::result::Result::Ok(Self {
                    security_group_ids: f0,
                    instance_ids: f1,
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

impl AssociateSecurityGroupsRequest {
    /// The request with its required members (`SecurityGroupIds`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AssociateSecurityGroupsRequest {
    type Action = AssociateSecurityGroups;
}

/// Configures the out-of-band network and deployment network of a CHC (配置CHC物理服务器的带外和部署网络): the request of `ConfigureChcAssistVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ConfigureChcAssistVpc`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigureChcAssistVpcRequest {
    /// CHC host IDs
    ///
    /// CHC物理服务器的实例Id。
    pub chc_ids: Vec<String>,
    /// Out-of-band network information
    ///
    /// 带外网络信息。
    pub bmc_virtual_private_cloud: VirtualPrivateCloud,
    /// Out-of-band network security group list
    ///
    /// 带外网络的安全组列表
    pub bmc_security_group_ids: Option<Vec<String>>,
    /// Deployment network information
    ///
    /// 部署网络信息。
    pub deploy_virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Deployment network security group list
    ///
    /// 部署网络的安全组列表
    pub deploy_security_group_ids: Option<Vec<String>>,
    /// Additional parameters for deployment network, used to specify minios type, bios boot mode, etc.
    ///
    /// 部署网络的附加参数，用于指定minios类型、bios引导模式等
    pub chc_deploy_extra_config: Option<ChcDeployExtraConfig>,
}

impl serde::Serialize for ConfigureChcAssistVpcRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConfigureChcAssistVpcRequest",
            2 + usize::from(self.bmc_security_group_ids.is_some())
                + usize::from(self.deploy_virtual_private_cloud.is_some())
                + usize::from(self.deploy_security_group_ids.is_some())
                + usize::from(self.chc_deploy_extra_config.is_some()),
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.field("BmcVirtualPrivateCloud", &self.bmc_virtual_private_cloud)?;
        s.optional("BmcSecurityGroupIds", &self.bmc_security_group_ids)?;
        s.optional("DeployVirtualPrivateCloud", &self.deploy_virtual_private_cloud)?;
        s.optional("DeploySecurityGroupIds", &self.deploy_security_group_ids)?;
        s.optional("ChcDeployExtraConfig", &self.chc_deploy_extra_config)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ConfigureChcAssistVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ConfigureChcAssistVpcRequest {
    const NAME: &'static str = "ConfigureChcAssistVpcRequest";
    const FIELDS: &'static [&'static str] = &[
        "ChcIds",
        "BmcVirtualPrivateCloud",
        "BmcSecurityGroupIds",
        "DeployVirtualPrivateCloud",
        "DeploySecurityGroupIds",
        "ChcDeployExtraConfig",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    chc_ids: f0,
                    bmc_virtual_private_cloud: f1,
                    bmc_security_group_ids: r.or_default(f2),
                    deploy_virtual_private_cloud: r.or_default(f3),
                    deploy_security_group_ids: r.or_default(f4),
                    chc_deploy_extra_config: r.or_default(f5),
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

impl ConfigureChcAssistVpcRequest {
    /// The request with its required members (`ChcIds`, `BmcVirtualPrivateCloud`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl IntoIterator<Item = impl Into<String>>,
        bmc_virtual_private_cloud: VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
            bmc_virtual_private_cloud,
            bmc_security_group_ids: None,
            deploy_virtual_private_cloud: None,
            deploy_security_group_ids: None,
            chc_deploy_extra_config: None,
        }
    }
}

impl tencent_action::Request for ConfigureChcAssistVpcRequest {
    type Action = ConfigureChcAssistVpc;
}

/// Configures the deployment network of a CHC host (配置CHC物理服务器部署网络): the request of `ConfigureChcDeployVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ConfigureChcDeployVpc`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigureChcDeployVpcRequest {
    /// CHC instance ID
    ///
    /// CHC物理服务器的实例Id。
    pub chc_ids: Vec<String>,
    /// Deployment network information
    ///
    /// 部署网络信息。
    pub deploy_virtual_private_cloud: VirtualPrivateCloud,
    /// Deployment network security group list
    ///
    /// 部署网络的安全组列表。
    pub deploy_security_group_ids: Option<Vec<String>>,
    /// dhcp option parameters required for deployment
    ///
    /// 部署所需要的dhcp选项参数
    pub chc_deploy_extra_config: Option<ChcDeployExtraConfig>,
}

impl serde::Serialize for ConfigureChcDeployVpcRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConfigureChcDeployVpcRequest",
            2 + usize::from(self.deploy_security_group_ids.is_some())
                + usize::from(self.chc_deploy_extra_config.is_some()),
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.field("DeployVirtualPrivateCloud", &self.deploy_virtual_private_cloud)?;
        s.optional("DeploySecurityGroupIds", &self.deploy_security_group_ids)?;
        s.optional("ChcDeployExtraConfig", &self.chc_deploy_extra_config)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ConfigureChcDeployVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ConfigureChcDeployVpcRequest {
    const NAME: &'static str = "ConfigureChcDeployVpcRequest";
    const FIELDS: &'static [&'static str] = &[
        "ChcIds",
        "DeployVirtualPrivateCloud",
        "DeploySecurityGroupIds",
        "ChcDeployExtraConfig",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    chc_ids: f0,
                    deploy_virtual_private_cloud: f1,
                    deploy_security_group_ids: r.or_default(f2),
                    chc_deploy_extra_config: r.or_default(f3),
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

impl ConfigureChcDeployVpcRequest {
    /// The request with its required members (`ChcIds`, `DeployVirtualPrivateCloud`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl IntoIterator<Item = impl Into<String>>,
        deploy_virtual_private_cloud: VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
            deploy_virtual_private_cloud,
            deploy_security_group_ids: None,
            chc_deploy_extra_config: None,
        }
    }
}

impl tencent_action::Request for ConfigureChcDeployVpcRequest {
    type Action = ConfigureChcDeployVpc;
}

/// Switches an operating system (转换操作系统): the request of `ConvertOperatingSystems`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ConvertOperatingSystems`].
#[derive(Debug, Clone, PartialEq)]
pub struct ConvertOperatingSystemsRequest {
    /// ID of an instance to execute operating system switching.
    ///
    /// 执行操作系统转换的实例 ID。
    ///
    /// 可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    ///
    /// 仅支持操作系统为 CentOS 7、CentOS 8 的实例执行转换。
    pub instance_ids: Vec<String>,
    /// Whether it is a minimum scale switching.
    ///
    /// 是否最小规模转换。
    ///
    /// 默认值：false
    pub minimal_conversion: Option<bool>,
    /// Whether it is pre-check only.
    ///
    /// 是否只预检。
    ///
    /// 默认值：false
    pub dry_run: Option<bool>,
    /// Target operating system type for switching. Only TencentOS is supported.
    ///
    /// 转换的目标操作系统类型。仅支持 TencentOS。
    ///
    /// 默认值：TencentOS
    pub target_os_type: Option<String>,
}

impl serde::Serialize for ConvertOperatingSystemsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConvertOperatingSystemsRequest",
            1 + usize::from(self.minimal_conversion.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.target_os_type.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("MinimalConversion", &self.minimal_conversion)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("TargetOSType", &self.target_os_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ConvertOperatingSystemsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ConvertOperatingSystemsRequest {
    const NAME: &'static str = "ConvertOperatingSystemsRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "MinimalConversion",
        "DryRun",
        "TargetOSType",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    minimal_conversion: r.or_default(f1),
                    dry_run: r.or_default(f2),
                    target_os_type: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ConvertOperatingSystemsRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            minimal_conversion: None,
            dry_run: None,
            target_os_type: None,
        }
    }
}

impl tencent_action::Request for ConvertOperatingSystemsRequest {
    type Action = ConvertOperatingSystems;
}

/// Creates a spread placement group (创建分散置放群组): the request of `CreateDisasterRecoverGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDisasterRecoverGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDisasterRecoverGroupRequest {
    /// Name of the spread placement group. The name must be 1-60 characters long and can contain both Chinese characters and English letters.
    ///
    /// 分散置放群组名称，长度1-60个字符，支持中、英文。
    pub name: String,
    /// Type of a spread placement group. Valid values:
    ///
    /// - HOST: physical machine.
    ///
    /// - SW: switch.
    ///
    /// - RACK: rack.
    ///
    /// 分散置放群组类型，取值范围：
    ///
    /// - HOST：物理机
    ///
    /// - SW：交换机
    ///
    /// - RACK：机架
    pub r#type: String,
    /// A string used to ensure the idempotency of the request, which is generated by the user and must be unique to each request. The maximum length is 64 ASCII characters. If this parameter is not specified, the idempotency of the request cannot be guaranteed.
    ///
    /// For more information, see 'How to ensure idempotency'.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    ///
    /// 更多详细信息请参阅：如何保证幂等性。
    pub client_token: Option<String>,
    /// The affinity of the placement group. Instances in the placement group are distributed according to this affinity. The affinity value range is: 1-10, and defaults to 1.
    ///
    /// 置放群组的亲和度，在置放群组的实例会按该亲和度分布，亲和度的取值范围是：1-10，默认为1
    pub affinity: Option<i64>,
    /// 置放群组类型，当前支持两种，分散置放群组和分区置放群组(灰度中)，取值范围：PARTITION：分区置放群组，SPREAD：分散置放群组，不传该值默认是分散置放群组。
    pub strategy: Option<String>,
    /// 分区置放群组的分区数量，取值范围：2-30，当置放群组类型是分区置放群组时传入(分区置放群组功能灰度中)。
    pub partition_count: Option<i64>,
    /// List of tag description. By specifying this parameter, the tag can be bound to the placement group.
    ///
    /// 标签描述列表。通过指定该参数可以绑定标签到置放群组。
    pub tag_specification: Option<Vec<TagSpecification>>,
}

impl serde::Serialize for CreateDisasterRecoverGroupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateDisasterRecoverGroupRequest",
            2 + usize::from(self.client_token.is_some())
                + usize::from(self.affinity.is_some())
                + usize::from(self.strategy.is_some())
                + usize::from(self.partition_count.is_some())
                + usize::from(self.tag_specification.is_some()),
        )?;
        s.field("Name", &self.name)?;
        s.field("Type", &self.r#type)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("Affinity", &self.affinity)?;
        s.optional("Strategy", &self.strategy)?;
        s.optional("PartitionCount", &self.partition_count)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateDisasterRecoverGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateDisasterRecoverGroupRequest {
    const NAME: &'static str = "CreateDisasterRecoverGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "Name",
        "Type",
        "ClientToken",
        "Affinity",
        "Strategy",
        "PartitionCount",
        "TagSpecification",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    name: f0,
                    r#type: f1,
                    client_token: r.or_default(f2),
                    affinity: r.or_default(f3),
                    strategy: r.or_default(f4),
                    partition_count: r.or_default(f5),
                    tag_specification: r.or_default(f6),
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

impl CreateDisasterRecoverGroupRequest {
    /// The request with its required members (`Name`, `Type`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            client_token: None,
            affinity: None,
            strategy: None,
            partition_count: None,
            tag_specification: None,
        }
    }
}

impl tencent_action::Request for CreateDisasterRecoverGroupRequest {
    type Action = CreateDisasterRecoverGroup;
    const CLIENT_TOKEN: bool = true;
}

/// 创建高性能计算集群: the request of `CreateHpcCluster`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHpcCluster`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateHpcClusterRequest {
    /// 可用区信息。可用区信息可通过 [查询可用区信息](https://cloud.tencent.com/document/api/213/15707) 接口获取。
    pub zone: String,
    /// 高性能计算集群名称，长度限制\[1-60\]。
    pub name: String,
    /// 高性能计算集群备注，长度\[1-256\]。
    pub remark: Option<String>,
    /// 高性能计算集群类型，当前有三个取值：分别是CDC/CHC/STANDARD，其中STANDARD是默认的标准模式。
    pub hpc_cluster_type: Option<String>,
    /// 高性能计算集群对应的业务场景标识，当前只支持CDC场景类型。
    pub hpc_cluster_business_id: Option<String>,
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的HPC高性能集群。集群信息可通过 [查询高性能集群信息](https://cloud.tencent.com/document/api/213/83220) 接口获取。
    pub tag_specification: Option<Vec<TagSpecification>>,
}

impl serde::Serialize for CreateHpcClusterRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateHpcClusterRequest",
            2 + usize::from(self.remark.is_some())
                + usize::from(self.hpc_cluster_type.is_some())
                + usize::from(self.hpc_cluster_business_id.is_some())
                + usize::from(self.tag_specification.is_some()),
        )?;
        s.field("Zone", &self.zone)?;
        s.field("Name", &self.name)?;
        s.optional("Remark", &self.remark)?;
        s.optional("HpcClusterType", &self.hpc_cluster_type)?;
        s.optional("HpcClusterBusinessId", &self.hpc_cluster_business_id)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateHpcClusterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateHpcClusterRequest {
    const NAME: &'static str = "CreateHpcClusterRequest";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "Name",
        "Remark",
        "HpcClusterType",
        "HpcClusterBusinessId",
        "TagSpecification",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    zone: f0,
                    name: f1,
                    remark: r.or_default(f2),
                    hpc_cluster_type: r.or_default(f3),
                    hpc_cluster_business_id: r.or_default(f4),
                    tag_specification: r.or_default(f5),
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

impl CreateHpcClusterRequest {
    /// The request with its required members (`Zone`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(zone: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            zone: zone.into(),
            name: name.into(),
            remark: None,
            hpc_cluster_type: None,
            hpc_cluster_business_id: None,
            tag_specification: None,
        }
    }
}

impl tencent_action::Request for CreateHpcClusterRequest {
    type Action = CreateHpcCluster;
}

/// Creates an image (创建镜像): the request of `CreateImage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateImage`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateImageRequest {
    /// Image name.
    ///
    /// 镜像名称。
    ///
    /// 最多支持60个字符。
    pub image_name: String,
    /// ID of the instance from which an image will be created. This parameter is required when using instance to create an image.
    ///
    /// 需要制作镜像的实例ID。基于实例创建镜像时，为必填参数。
    ///
    /// InstanceId 和 SnapshotIds 为二选一必填参数。
    ///
    /// 可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: Option<String>,
    /// Image description.
    ///
    /// 镜像描述。
    ///
    /// 最多支持 256 个字符。
    pub image_description: Option<String>,
    /// Whether to perform forced power-off operation to create an image.
    ///
    /// Valid values:
    ///
    /// - true: indicates that an image is created after forced power-off operation
    ///
    /// - false: indicates that an image is created in the power-on state
    ///
    /// Default value: false.
    ///
    /// Creating an image in the power-on state may result in some unbacked-up data, affecting data security.
    ///
    /// 是否执行强制关机以制作镜像。
    ///
    /// 取值范围：
    ///
    /// - true：表示关机之后制作镜像
    ///
    /// - false：表示开机状态制作镜像
    ///
    /// 默认取值：false。
    ///
    /// 开机状态制作镜像，可能导致部分数据未备份，影响数据安全。
    pub force_poweroff: Option<String>,
    /// Whether to enable Sysprep when creating a Windows image.
    ///
    /// Valid values: `TRUE` and `FALSE`; default value: `FALSE`.
    ///
    /// Click [here](https://intl.cloud.tencent.com/document/product/213/43498?from_cn_redirect=1) to learn more about Sysprep.
    ///
    /// 创建Windows镜像时是否启用Sysprep。
    ///
    /// 取值范围：true或false，传true表示启用Sysprep，传false表示不启用，默认取值为false。
    ///
    /// 关于Sysprep的详情请参考[链接](https://cloud.tencent.com/document/product/213/43498)。
    pub sysprep: Option<String>,
    /// IDs of data disks included in the image.
    ///
    /// 基于实例创建整机镜像时，指定包含在镜像里的数据盘ID。
    ///
    /// DataDiskIds 只能在指定 InstanceId 实例所包含的数据盘范围内指定。
    ///
    /// 可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的 `DataDisks` 获取。
    pub data_disk_ids: Option<Vec<String>>,
    /// Specified snapshot ID used to create an image. A system disk snapshot must be included. It cannot be passed together with `InstanceId`.
    ///
    /// 基于快照创建镜像，指定快照ID，必须包含一个系统盘快照。不可与 InstanceId 同时传入。
    ///
    /// InstanceId 和 SnapshotIds 为二选一必填参数。
    ///
    /// 可通过 [DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647) 接口返回值中的`SnapshotId`获取。
    pub snapshot_ids: Option<Vec<String>>,
    /// Success status of this request, without affecting the resources involved
    ///
    /// 检测本次请求的是否成功，但不会对操作的资源产生任何影响。默认取值为false。
    pub dry_run: Option<bool>,
    /// Tag description list. This parameter is used to bind a tag to a custom image.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到自定义镜像。
    ///
    /// 可通过 [DescribeTags](https://cloud.tencent.com/document/api/651/35316) 接口返回值中的 `TagKey` 和 `TagValue` 获取。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// Image family
    ///
    /// 镜像族
    pub image_family: Option<String>,
}

impl serde::Serialize for CreateImageRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateImageRequest",
            1 + usize::from(self.instance_id.is_some())
                + usize::from(self.image_description.is_some())
                + usize::from(self.force_poweroff.is_some())
                + usize::from(self.sysprep.is_some())
                + usize::from(self.data_disk_ids.is_some())
                + usize::from(self.snapshot_ids.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.image_family.is_some()),
        )?;
        s.field("ImageName", &self.image_name)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("ImageDescription", &self.image_description)?;
        s.optional("ForcePoweroff", &self.force_poweroff)?;
        s.optional("Sysprep", &self.sysprep)?;
        s.optional("DataDiskIds", &self.data_disk_ids)?;
        s.optional("SnapshotIds", &self.snapshot_ids)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("ImageFamily", &self.image_family)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateImageRequest {
    const NAME: &'static str = "CreateImageRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageName",
        "InstanceId",
        "ImageDescription",
        "ForcePoweroff",
        "Sysprep",
        "DataDiskIds",
        "SnapshotIds",
        "DryRun",
        "TagSpecification",
        "ImageFamily",
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
        let mut f9 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    image_name: f0,
                    instance_id: r.or_default(f1),
                    image_description: r.or_default(f2),
                    force_poweroff: r.or_default(f3),
                    sysprep: r.or_default(f4),
                    data_disk_ids: r.or_default(f5),
                    snapshot_ids: r.or_default(f6),
                    dry_run: r.or_default(f7),
                    tag_specification: r.or_default(f8),
                    image_family: r.or_default(f9),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl CreateImageRequest {
    /// The request with its required members (`ImageName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(image_name: impl Into<String>) -> Self {
        Self {
            image_name: image_name.into(),
            instance_id: None,
            image_description: None,
            force_poweroff: None,
            sysprep: None,
            data_disk_ids: None,
            snapshot_ids: None,
            dry_run: None,
            tag_specification: None,
            image_family: None,
        }
    }
}

impl tencent_action::Request for CreateImageRequest {
    type Action = CreateImage;
}

/// Creates a key pair (创建密钥对): the request of `CreateKeyPair`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateKeyPair`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateKeyPairRequest {
    /// Name of the key pair, which can contain numbers, letters, and underscores, with a maximum length of 25 characters.
    ///
    /// 密钥对名称，可由数字、字母和下划线组成，长度不超过25个字符。密钥对名称不能和已经存在的密钥对名称重复。
    pub key_name: String,
    /// ID of the project to which the created key pair belongs.
    ///
    /// You can obtain a project ID in the following ways:
    ///
    /// - Query the project ID through the project list.
    ///
    /// - Call the [DescribeProjects](https://intl.cloud.tencent.com/document/api/651/78725?from_cn_redirect=1) API and obtain the `projectId` from the return information.
    ///
    /// 密钥对创建后所属的项目ID，ProjectId为0表示默认项目。
    ///
    /// 可以通过以下方式获取项目ID：
    ///
    /// - 通过项目列表查询项目ID。
    ///
    /// - 通过调用接口 [DescribeProjects](https://cloud.tencent.com/document/api/651/78725)，取返回信息中的`projectId `获取项目ID。
    pub project_id: i64,
    /// Tag description list. This parameter is used to bind a tag to a key pair.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到密钥对。
    pub tag_specification: Option<Vec<TagSpecification>>,
}

impl serde::Serialize for CreateKeyPairRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateKeyPairRequest",
            2 + usize::from(self.tag_specification.is_some()),
        )?;
        s.field("KeyName", &self.key_name)?;
        s.field("ProjectId", &self.project_id)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateKeyPairRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateKeyPairRequest {
    const NAME: &'static str = "CreateKeyPairRequest";
    const FIELDS: &'static [&'static str] = &[
        "KeyName",
        "ProjectId",
        "TagSpecification",
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
                    key_name: f0,
                    project_id: f1,
                    tag_specification: r.or_default(f2),
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

impl CreateKeyPairRequest {
    /// The request with its required members (`KeyName`, `ProjectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(key_name: impl Into<String>, project_id: i64) -> Self {
        Self {
            key_name: key_name.into(),
            project_id,
            tag_specification: None,
        }
    }
}

impl tencent_action::Request for CreateKeyPairRequest {
    type Action = CreateKeyPair;
}

/// Create an instance launch template (创建实例启动模板): the request of `CreateLaunchTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateLaunchTemplate`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLaunchTemplateRequest {
    /// Name of an instance launch template. It contains 2 to 128 English or Chinese characters.
    ///
    /// 实例启动模板名称。长度为2~128个英文或中文字符。
    pub launch_template_name: String,
    /// Location of the instance. You can specify attributes such as availability zone, project, and host (specified when creating a instance on the CDH) to which the instance belongs through this parameter.
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。
    pub placement: Placement,
    /// Specify an effective [mirror](https://www.tencentcloud.com/document/product/213/4940) ID in the format of `img-xxx`. there are four image types:
    ///
    /// - PUBLIC image
    ///
    /// - custom image
    ///
    /// - shared image
    ///
    /// - service market image
    ///
    /// you can obtain available mirror ids in the following ways:
    ///
    /// - the mirror ids of `PUBLIC image`, `custom image` and `shared image` can be queried by logging in to the [console](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_image); the mirror ids of `service market image` can be queried through the [cloud market](https://market.cloud.tencent.com/list).
    ///
    /// - call the api [DescribeImages](https://www.tencentcloud.com/document/api/213/33272), input InstanceType to obtain the list of images supported by the current model, and take the `ImageId` field from the return information.
    ///
    /// .
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 服务市场镜像
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`服务镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的`ImageId`字段。
    pub image_id: String,
    /// Version description of an instance launch template. It contains 2 to 256 English or Chinese characters.
    ///
    /// 实例启动模板版本描述。长度为2~256个英文或中文字符，默认为空字符。
    pub launch_template_version_description: Option<String>,
    /// Instance model. Different instance models specify different resource specifications.
    ///
    /// - For instances created with the payment modes PREPAID or POSTPAID_BY_HOUR, the specific values can be obtained by calling the DescribeInstanceTypeConfigs api to get the latest specification table or referring to the [instance specifications](https://www.tencentcloud.com/document/product/213/11518) description. if this parameter is not specified, the system will dynamically assign a default model based on the current resource sales situation in a region.
    ///
    /// - for instances created with the payment mode CDHPAID, this parameter has the prefix "CDH_" and is generated based on the CPU and memory configuration. the specific format is: CDH_XCXG. for example, for creating a CDH instance with 1 CPU core and 1 gb memory, this parameter should be CDH_1C1G.
    ///
    /// .
    ///
    /// 实例机型。不同实例机型指定了不同的资源规格。
    ///
    /// - 对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口[DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/api/213/15749)来获得最新的规格表或参见[实例规格](https://cloud.tencent.com/document/product/213/11518)描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。
    ///
    /// - 对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
    pub instance_type: Option<String>,
    /// Instance system disk configuration information. If this parameter is not specified, it will be assigned based on the system default values.
    ///
    /// 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。
    pub system_disk: Option<SystemDisk>,
    /// Instance data disk configuration information. if not specified, no data disks are purchased by default. support specifying 21 data disks at the time of purchase, among which a maximum of 1 LOCAL_BASIC data disk or LOCAL_SSD data disk can be included, and a maximum of 20 CLOUD_BASIC data disks, CLOUD_PREMIUM data disks or CLOUD_SSD data disks can be included.
    ///
    /// 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘，详情请参考[云硬盘使用限制](https://cloud.tencent.com/document/product/362/5145)。
    pub data_disks: Option<Vec<DataDisk>>,
    /// VPC-related information configuration. You can specify information such as VPC ID and subnet ID through this parameter. If this parameter is not specified, use the basic network by default. If a VPC IP is specified in this parameter, it indicates the primary network interface card IP of each instance. In addition, the number of the InstanceCount parameter should be consistent with the number of the VPC IP and should not exceed 20.
    ///
    /// 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Public bandwidth-related settings. If this parameter is not specified, the public bandwidth is 0 Mbps by default.
    ///
    /// 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。
    pub internet_accessible: Option<InternetAccessible>,
    /// Number of instances to purchase. value range for monthly subscription instances: \[1, 300\]. value range for pay-as-you-go instances: \[1, 100\]. default value: 1. the number of instances to purchase must not exceed the remaining user quota. for specific quota limitations, see [CVM instance purchase limitations](https://www.tencentcloud.com/document/product/213/2664).
    ///
    /// 购买实例数量。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见[CVM实例购买限制](https://cloud.tencent.com/document/product/213/2664)。
    pub instance_count: Option<i64>,
    /// Instance display name.
    ///
    /// - if the instance display name is not specified, it will display by default as 'unnamed'.
    ///
    /// - when purchasing multiple instances, if the pattern string `{R:x}` is specified, it indicates generating numbers `[x, x+n-1]`, where `n` represents the number of purchased instances. for example, `server_{R:3}` will result in instance display names as `server_3` when purchasing 1 instance; when purchasing 2 instances, the instance display names will be `server_3` and `server_4` respectively. it supports specifying multiple pattern strings `{R:x}`.
    ///
    /// - when purchasing multiple instances, if no pattern string is specified, a suffix `1, 2...n` will be added to the instance display name, where `n` represents the number of purchased instances. for example, for `server_`, when purchasing 2 instances, the instance display names will be `server_1` and `server_2` respectively.
    ///
    /// - it supports up to 128 characters (including pattern strings).
    ///
    /// .
    ///
    /// 实例显示名称。
    ///
    /// - 不指定实例显示名称则默认显示‘未命名’。
    ///
    /// - 购买多台实例，如果指定模式串`{R:x}`，表示生成数字`[x, x+n-1]`，其中`n`表示购买实例的数量，例如`server_{R:3}`，购买1台时，实例显示名称为`server_3`；购买2台时，实例显示名称分别为`server_3`，`server_4`。支持指定多个模式串`{R:x}`。
    ///
    /// - 购买多台实例，如果不指定模式串，则在实例显示名称添加后缀`1、2...n`，其中`n`表示购买实例的数量，例如`server_`，购买2台时，实例显示名称分别为`server_1`，`server_2`。
    ///
    /// - 最多支持128个字符（包含模式串）。
    pub instance_name: Option<String>,
    /// Instance login settings. this parameter allows you to set the instance login method to key or maintain the original login settings of the image.
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式为密钥或保持镜像的原始登录设置。
    pub login_settings: Option<LoginSettings>,
    /// Security group to which an instance belongs. this parameter can be obtained by calling the sgId field in the returned value of [DescribeSecurityGroups](https://www.tencentcloud.com/document/api/215/15808). if not specified, the default security group is bound.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的 `SecurityGroupId` 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
    pub security_group_ids: Option<Vec<String>>,
    /// Enhanced services. You can specify whether to enable services such as Cloud Security and Cloud Monitor through this parameter. If this parameter is not specified, Cloud Monitor and Cloud Security are enabled for public images by default, but not enabled for custom images and marketplace images by default. Instead, they use services retained in the images.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。
    pub enhanced_service: Option<EnhancedService>,
    /// A string used to ensure the idempotence of the request. This string is generated by the customer and should be unique across different requests, with a maximum length of 64 ASCII characters. If this parameter is not specified, the idempotence of the request cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    pub client_token: Option<String>,
    /// Specifies the HostName of the cloud virtual machine.
    ///
    /// - the dot (.) and hyphen (-) cannot be used at the beginning or end of the HostName, and cannot be used consecutively.
    ///
    /// - for Windows instances: the character length is 2 to 15. it consists of letters (case insensitive), digits, and hyphens (-). dots (.) are not supported, and it cannot be all digits.
    ///
    /// - for other types (such as Linux) instances: the character length is 2 to 60. multiple dots are allowed. each segment between dots can include letters (case insensitive), digits, and hyphens (-).
    ///
    /// .
    ///
    /// 云服务器的主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：字符长度为\[2, 60\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    pub host_name: Option<String>,
    /// Scheduled task. You can specify a scheduled task for the instance through this parameter. Currently, only scheduled termination is supported.
    ///
    /// 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。
    pub action_timer: Option<ActionTimer>,
    /// Placement group ID. Only one can be specified.
    ///
    /// 置放群组id，仅支持指定一个。该参数可以通过调用 [DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810) 的返回值中的 `DisasterRecoverGroupId` 字段来获取。
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// List of tag descriptions. You can bind tags to corresponding resource instances at the same time by specifying this parameter. Currently, only binding tags to the CVM is supported.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// Market-Related options of the instance, such as relevant parameters of the bidding instance. this parameter is required if the payment mode of the specified instance is spot payment.
    ///
    /// 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// User data provided for an instance must be encoded in base64. valid values for maximum data size are up to 16 KB. for details on obtaining this parameter, see running commands at startup for [Windows](https://www.tencentcloud.com/document/product/213/17526) and [Linux](https://www.tencentcloud.com/document/product/213/17525).
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅[Windows](https://cloud.tencent.com/document/product/213/17526)和[Linux](https://cloud.tencent.com/document/product/213/17525)启动时运行命令。
    pub user_data: Option<String>,
    /// Whether it is a pre-check for this request only.
    ///
    /// true: sends a check request without creating an instance. check items include whether required parameters are filled in, request format, service limits, and cvm inventory.
    ///
    /// If the check fails, return the corresponding error code.
    ///
    /// If the check passed, return RequestId.
    ///
    /// false (default): sends a normal request. after passing the check, creates an instance directly.
    ///
    /// 是否只预检此次请求。
    ///
    /// true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
    ///
    /// 如果检查不通过，则返回对应错误码；
    ///
    /// 如果检查通过，则返回RequestId.
    ///
    /// false（默认）：发送正常请求，通过检查后直接创建实例。
    pub dry_run: Option<bool>,
    /// CAM role name. it can be obtained through the roleName in the return value from the API DescribeRoleList.
    ///
    /// CAM角色名称。可通过[DescribeRoleList](https://cloud.tencent.com/document/product/598/36223)接口返回值中的`RoleName`获取。
    pub cam_role_name: Option<String>,
    /// High-performance computing cluster ID. If the created instance is a high-performance computing instance, the cluster where the instance is placed should be specified. Otherwise, it cannot be specified.
    ///
    /// 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。该参数可以通过调用 [DescribeHpcClusters](https://cloud.tencent.com/document/api/213/83220) 的返回值中的 `HpcClusterId` 字段来获取。
    pub hpc_cluster_id: Option<String>,
    /// Instance [billing mode](https://www.tencentcloud.com/document/product/213/2180).
    ///
    /// - PREPAID: prepaid, that is, monthly subscription.
    ///
    /// - POSTPAID_BY_HOUR: pay-as-you-go by hour.
    ///
    /// - CDHPAID: CDH instance (created based on CDH; the resources of the host are free of charge).
    ///
    /// - SPOTPAID: spot payment.
    ///
    /// Default value: POSTPAID_BY_HOUR.
    ///
    /// 实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    ///
    /// - CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
    ///
    /// - SPOTPAID：竞价付费
    ///
    /// 默认值：POSTPAID_BY_HOUR。
    pub instance_charge_type: Option<String>,
    /// Prepaid mode, that is, annual and monthly subscription related parameter settings. Through this parameter, you can specify the purchase duration of annual and monthly subscription instances, whether to set auto-renewal, etc. If the specified instance's billing mode is the prepaid mode, this parameter must be passed.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Instance destruction protection flag: indicates whether an instance is allowed to be deleted through an api. value ranges from: - **TRUE**: indicates that instance protection is enabled, deletion through apis is not allowed. - **FALSE**: indicates that instance protection is disabled, deletion through apis is allowed.  default value: FALSE.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// - TRUE：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// - FALSE：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：FALSE。
    pub disable_api_termination: Option<bool>,
    /// Whether jumbo frames are enabled for the instance. Valid values:
    ///
    /// - true: Jumbo frames are enabled. Only instance types that support jumbo frames can be set to true.
    ///
    /// - false: Jumbo frames are disabled. Only instance types that support jumbo frames can be set to false.
    ///
    /// Supported instance types: [Instance Types](https://www.tencentcloud.com/zh/document/api/213/11518)
    ///
    /// 实例是否开启巨型帧，取值范围：
    ///
    /// \<li/\> true：表示实例开启巨型帧，只有支持巨型帧的机型可设置为true。
    ///
    /// \<li/\>false：表示实例关闭巨型帧，只有支持巨型帧的机型可设置为false。
    ///
    /// 支持巨型帧的实例规格： [实例规格](https://cloud.tencent.com/document/product/213/11518)
    pub enable_jumbo_frame: Option<bool>,
    /// Description list of tags. by specifying this parameter, tags can be bound to the instance launch template.
    ///
    /// 标签描述列表。通过指定该参数可以绑定标签到实例启动模板。
    pub launch_template_tag_specification: Option<Vec<TagSpecification>>,
    /// Custom metadata. specifies that custom metadata key-value pairs can be added when creating a CVM.
    ///
    /// Note: this field is in beta test.
    ///
    /// 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。
    ///
    /// 注：内测中。
    pub metadata: Option<Metadata>,
    /// Specifies that only the Update and Replace parameters are allowed. this parameter is valid only when custom Metadata is used in the template and Metadata is also transmitted in RunInstances. defaults to Replace.
    ///
    /// -Update: if template t contains this parameter with a value of Update and metadata=\[k1:v1, k2:v2\], then RunInstances (with metadata=\[k2:v3\]) + t creates a cvm using metadata=\[k1:v1, k2:v3\].
    ///
    /// -Replace: if the template t contains this parameter with a value of Replace and metadata=\[k1:v1, k2:v2\], then when creating a cvm using RunInstances (with metadata=\[k2:v3\]) + t, the created cvm will use metadata=\[k2:v3\].
    ///
    /// Note: this field is in beta test.
    ///
    /// 只允许传递 Update 和 Replace 参数，在模板使用自定义 Metadata 且在 RunInstances 也传递 Metadata 时生效。默认采用 Replace。
    ///
    /// - Update：设模板 t含本参数值为Update、 metadata=\[k1:v1, k2:v2\] ，则RunInstances（给metadata=\[k2:v3\]）+ t 创建的 cvm 使用metadata=\[k1:v1, k2:v3\]
    ///
    /// - Replace：模板 t含本参数值为Replace、 metadata=\[k1:v1, k2:v2\] ，则RunInstances（给metadata=\[k2:v3\]）+ t 创建的 cvm 使用metadata=\[k2:v3\]
    ///
    /// 注：内测中。
    pub template_data_modify_action: Option<String>,
    /// 多网卡参数信息。 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub network_interfaces: Option<Vec<NetworkInterfaces>>,
}

impl serde::Serialize for CreateLaunchTemplateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateLaunchTemplateRequest",
            3 + usize::from(self.launch_template_version_description.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.action_timer.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.instance_market_options.is_some())
                + usize::from(self.user_data.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.disable_api_termination.is_some())
                + usize::from(self.enable_jumbo_frame.is_some())
                + usize::from(self.launch_template_tag_specification.is_some())
                + usize::from(self.metadata.is_some())
                + usize::from(self.template_data_modify_action.is_some())
                + usize::from(self.network_interfaces.is_some()),
        )?;
        s.field("LaunchTemplateName", &self.launch_template_name)?;
        s.field("Placement", &self.placement)?;
        s.field("ImageId", &self.image_id)?;
        s.optional(
            "LaunchTemplateVersionDescription",
            &self.launch_template_version_description,
        )?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("ActionTimer", &self.action_timer)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("InstanceMarketOptions", &self.instance_market_options)?;
        s.optional("UserData", &self.user_data)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.optional("EnableJumboFrame", &self.enable_jumbo_frame)?;
        s.optional(
            "LaunchTemplateTagSpecification",
            &self.launch_template_tag_specification,
        )?;
        s.optional("Metadata", &self.metadata)?;
        s.optional("TemplateDataModifyAction", &self.template_data_modify_action)?;
        s.optional("NetworkInterfaces", &self.network_interfaces)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateLaunchTemplateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateLaunchTemplateRequest {
    const NAME: &'static str = "CreateLaunchTemplateRequest";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateName",
        "Placement",
        "ImageId",
        "LaunchTemplateVersionDescription",
        "InstanceType",
        "SystemDisk",
        "DataDisks",
        "VirtualPrivateCloud",
        "InternetAccessible",
        "InstanceCount",
        "InstanceName",
        "LoginSettings",
        "SecurityGroupIds",
        "EnhancedService",
        "ClientToken",
        "HostName",
        "ActionTimer",
        "DisasterRecoverGroupIds",
        "TagSpecification",
        "InstanceMarketOptions",
        "UserData",
        "DryRun",
        "CamRoleName",
        "HpcClusterId",
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "DisableApiTermination",
        "EnableJumboFrame",
        "LaunchTemplateTagSpecification",
        "Metadata",
        "TemplateDataModifyAction",
        "NetworkInterfaces",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
        let mut f13 = ::core::option::Option::None;
        let mut f14 = ::core::option::Option::None;
        let mut f15 = ::core::option::Option::None;
        let mut f16 = ::core::option::Option::None;
        let mut f17 = ::core::option::Option::None;
        let mut f18 = ::core::option::Option::None;
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
        let mut f23 = ::core::option::Option::None;
        let mut f24 = ::core::option::Option::None;
        let mut f25 = ::core::option::Option::None;
        let mut f26 = ::core::option::Option::None;
        let mut f27 = ::core::option::Option::None;
        let mut f28 = ::core::option::Option::None;
        let mut f29 = ::core::option::Option::None;
        let mut f30 = ::core::option::Option::None;
        let mut f31 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.plain(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.plain(&mut f20),
                21 => r.plain(&mut f21),
                22 => r.plain(&mut f22),
                23 => r.plain(&mut f23),
                24 => r.plain(&mut f24),
                25 => r.plain(&mut f25),
                26 => r.plain(&mut f26),
                27 => r.plain(&mut f27),
                28 => r.plain(&mut f28),
                29 => r.plain(&mut f29),
                30 => r.plain(&mut f30),
                31 => r.plain(&mut f31),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    launch_template_name: f0,
                    placement: f1,
                    image_id: f2,
                    launch_template_version_description: r.or_default(f3),
                    instance_type: r.or_default(f4),
                    system_disk: r.or_default(f5),
                    data_disks: r.or_default(f6),
                    virtual_private_cloud: r.or_default(f7),
                    internet_accessible: r.or_default(f8),
                    instance_count: r.or_default(f9),
                    instance_name: r.or_default(f10),
                    login_settings: r.or_default(f11),
                    security_group_ids: r.or_default(f12),
                    enhanced_service: r.or_default(f13),
                    client_token: r.or_default(f14),
                    host_name: r.or_default(f15),
                    action_timer: r.or_default(f16),
                    disaster_recover_group_ids: r.or_default(f17),
                    tag_specification: r.or_default(f18),
                    instance_market_options: r.or_default(f19),
                    user_data: r.or_default(f20),
                    dry_run: r.or_default(f21),
                    cam_role_name: r.or_default(f22),
                    hpc_cluster_id: r.or_default(f23),
                    instance_charge_type: r.or_default(f24),
                    instance_charge_prepaid: r.or_default(f25),
                    disable_api_termination: r.or_default(f26),
                    enable_jumbo_frame: r.or_default(f27),
                    launch_template_tag_specification: r.or_default(f28),
                    metadata: r.or_default(f29),
                    template_data_modify_action: r.or_default(f30),
                    network_interfaces: r.or_default(f31),
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl CreateLaunchTemplateRequest {
    /// The request with its required members (`LaunchTemplateName`, `Placement`, `ImageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        launch_template_name: impl Into<String>,
        placement: Placement,
        image_id: impl Into<String>,
    ) -> Self {
        Self {
            launch_template_name: launch_template_name.into(),
            placement,
            image_id: image_id.into(),
            launch_template_version_description: None,
            instance_type: None,
            system_disk: None,
            data_disks: None,
            virtual_private_cloud: None,
            internet_accessible: None,
            instance_count: None,
            instance_name: None,
            login_settings: None,
            security_group_ids: None,
            enhanced_service: None,
            client_token: None,
            host_name: None,
            action_timer: None,
            disaster_recover_group_ids: None,
            tag_specification: None,
            instance_market_options: None,
            user_data: None,
            dry_run: None,
            cam_role_name: None,
            hpc_cluster_id: None,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            disable_api_termination: None,
            enable_jumbo_frame: None,
            launch_template_tag_specification: None,
            metadata: None,
            template_data_modify_action: None,
            network_interfaces: None,
        }
    }
}

impl tencent_action::Request for CreateLaunchTemplateRequest {
    type Action = CreateLaunchTemplate;
    const CLIENT_TOKEN: bool = true;
}

/// Creating a instance launch template version (创建实例启动模板新版本): the request of `CreateLaunchTemplateVersion`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateLaunchTemplateVersion`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLaunchTemplateVersionRequest {
    /// Location of the instance. You can use this parameter to specify the attributes of the instance, such as its availability zone, project, and CDH (for dedicated CVMs)
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。
    pub placement: Placement,
    /// Instance launch template ID. This parameter is used as a basis for creating new template versions.
    ///
    /// 启动模板ID，新版本将基于该实例启动模板ID创建。可通过 [DescribeLaunchTemplates](https://cloud.tencent.com/document/api/213/66322) 接口返回值中的`LaunchTemplateId`获取。
    pub launch_template_id: String,
    /// This parameter, when specified, is used to create instance launch templates. If this parameter is not specified, the default version will be used.
    ///
    /// 若给定，新实例启动模板将基于给定的版本号创建。若未指定则使用默认版本,可以通过 [DescribeLaunchTemplateVersions](https://cloud.tencent.com/document/api/213/66323)查询默认版本。
    pub launch_template_version: Option<i64>,
    /// Description of instance launch template versions. This parameter can contain 2-256 characters.
    ///
    /// 实例启动模板版本描述。长度为2~256个英文或中文字符，不指定该参数时默认为空字符。
    pub launch_template_version_description: Option<String>,
    /// Instance model. Different instance models specify different resource specifications.
    ///
    /// - For instances created with the payment modes PREPAID or POSTPAID_BY_HOUR, the specific values can be obtained by calling the DescribeInstanceTypeConfigs API for the latest specification table or referring to [Instance Specifications](https://intl.cloud.tencent.com/document/product/213/11518?from_cn_redirect=1). If this parameter is not specified, the system will dynamically assign a default model based on the current resource sales situation in a region.
    ///
    /// - For instances created with the payment mode CDHPAID, this parameter has the prefix "CDH_" and is generated based on the CPU and memory configuration. The specific format is: CDH_XCXG. For example, for creating a CDH instance with 1 CPU core and 1 GB memory, this parameter should be CDH_1C1G.
    ///
    /// 实例机型。不同实例机型指定了不同的资源规格。
    ///
    /// - 对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口[DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/api/213/15749)来获得最新的规格表或参见[实例规格](https://cloud.tencent.com/document/product/213/11518)描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。
    ///
    /// - 对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
    pub instance_type: Option<String>,
    /// Assign an effective [mirror](https://intl.cloud.tencent.com/document/product/213/4940?from_cn_redirect=1) ID in the format like `img-xxx`. there are four image types:
    ///
    /// - PUBLIC image
    ///
    /// - custom image
    ///
    /// - shared image
    ///
    /// - cloud image market
    ///
    /// you can obtain available mirror ids in the following ways:
    ///
    /// - the mirror ids of `PUBLIC image`, `custom image` and `shared image` can be queried by logging in to the [console](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_image); the mirror ID of `cloud image market` can be queried through the [cloud market](https://market.cloud.tencent.com/list).
    ///
    /// - call the api [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1), input InstanceType to obtain the list of images supported by the current model, and take the `ImageId` field from the return information.
    ///
    /// .
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 云镜像市场
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`云镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的`ImageId`字段。
    pub image_id: Option<String>,
    /// System disk configuration of the instance. If this parameter is not specified, the default value will be used.
    ///
    /// 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。
    pub system_disk: Option<SystemDisk>,
    /// The configuration information of instance data disks. If this parameter is not specified, no data disk will be purchased by default. When purchasing, you can specify 21 data disks, which can contain at most 1 LOCAL_BASIC or LOCAL_SSD data disk, and at most 20 CLOUD_BASIC, CLOUD_PREMIUM, or CLOUD_SSD data disks.
    ///
    /// 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。
    pub data_disks: Option<Vec<DataDisk>>,
    /// Configuration information of VPC. This parameter is used to specify VPC ID and subnet ID, etc. If this parameter is not specified, the classic network is used by default. If a VPC IP is specified in this parameter, it indicates the primary ENI IP of each instance. The value of parameter InstanceCount must be same as the number of VPC IPs, which cannot be greater than 20.
    ///
    /// 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Configuration of public network bandwidth. If this parameter is not specified, 0 Mbps will be used by default.
    ///
    /// 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。
    pub internet_accessible: Option<InternetAccessible>,
    /// Number of instances to be purchased. Value range for monthly-subscribed instances: \[1, 300\]. Value range for pay-as-you-go instances: \[1, 100\]. Default value: 1. The specified number of instances to be purchased cannot exceed the remaining quota allowed for the user. For more information on quota, see CVM instance [Purchase Limits](https://intl.cloud.tencent.com/document/product/213/2664).
    ///
    /// 购买实例数量。具体配额相关限制详见[CVM实例购买限制](https://cloud.tencent.com/document/product/213/2664)。
    pub instance_count: Option<i64>,
    /// Instance display name.
    ///
    /// - if the instance display name is not specified, it will display by default as 'unnamed'.
    ///
    /// - when purchasing multiple instances, if the pattern string `{R:x}` is specified, it indicates generating numbers `[x, x+n-1]`, where `n` represents the number of purchased instances. for example, `server_{R:3}` will result in instance display names as `server_3` when purchasing 1 instance; when purchasing 2 instances, the instance display names will be `server_3` and `server_4` respectively. it supports specifying multiple pattern strings `{R:x}`.
    ///
    /// - when purchasing multiple instances, if no pattern string is specified, a suffix `1, 2...n` will be added to the instance display name, where `n` represents the number of purchased instances. for example, for `server_`, when purchasing 2 instances, the instance display names will be `server_1` and `server_2` respectively.
    ///
    /// - it supports up to 128 characters (including pattern strings).
    ///
    /// .
    ///
    /// 实例显示名称。
    ///
    /// - 不指定实例显示名称则默认显示‘未命名’。
    ///
    /// - 购买多台实例，如果指定模式串`{R:x}`，表示生成数字`[x, x+n-1]`，其中`n`表示购买实例的数量，例如`server_{R:3}`，购买1台时，实例显示名称为`server_3`；购买2台时，实例显示名称分别为`server_3`，`server_4`。支持指定多个模式串`{R:x}`。
    ///
    /// - 购买多台实例，如果不指定模式串，则在实例显示名称添加后缀`1、2...n`，其中`n`表示购买实例的数量，例如`server_`，购买2台时，实例显示名称分别为`server_1`，`server_2`。
    ///
    /// - 最多支持128个字符（包含模式串）。
    pub instance_name: Option<String>,
    /// Instance login settings. you can use this parameter to set the instance's login method to key or keep the original login settings of the image.
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式为密钥或保持镜像的原始登录设置。
    pub login_settings: Option<LoginSettings>,
    /// Security groups to which the instance belongs. To obtain the security group IDs, you can call [DescribeSecurityGroups](https://intl.cloud.tencent.com/document/api/215/15808) and look for the `sgld` fields in the response. If this parameter is not specified, the instance will be associated with default security groups.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的sgId字段来获取。若不指定该参数，则绑定默认安全组。
    pub security_group_ids: Option<Vec<String>>,
    /// Enhanced service. this parameter can be used to specify whether to enable services such as cloud security and cloud monitoring. if this parameter is not specified, cloud monitor and cloud security services are enabled for public images by default; for custom images and marketplace images, cloud monitor and cloud security services are not enabled by default, and the services retained in the image will be used.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与云镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。
    pub enhanced_service: Option<EnhancedService>,
    /// A unique string supplied by the client to ensure that the request is idempotent. Its maximum length is 64 ASCII characters. If this parameter is not specified, the idempotency of the request cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    pub client_token: Option<String>,
    /// Hostname of Cloud Virtual Machine.
    ///
    /// - Period (.) and hyphen (-) should not be used as the first or last character of the hostname, and should not be used consecutively.
    ///
    /// - Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.
    ///
    /// - Instances of other types (such as Linux instances): The hostname should contain 2 to 60 characters, including multiple periods (.), with each segment between periods considered as one section. Each section can contain letters (case insensitive), digits, and hyphens (-).
    ///
    /// 云服务器的主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：字符长度为\[2, 60\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    pub host_name: Option<String>,
    /// Scheduled tasks. You can use this parameter to specify scheduled tasks for the instance. Only scheduled termination is supported.
    ///
    /// 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。
    pub action_timer: Option<ActionTimer>,
    /// Placement group ID. You can only specify one.
    ///
    /// 置放群组id，仅支持指定一个。可使用[DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810)接口获取。
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// The tag description list. This parameter is used to bind a tag to a resource instance. A tag can only be bound to CVM instances.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// Market options of the instance, such as parameters related to spot instances. This parameter is required for spot instances.
    ///
    /// 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// User data provided to the instance. This parameter needs to be encoded in base64 format with the maximum size of 16KB. For more information on how to get the value of this parameter, see the commands you need to execute on startup for [Windows](https://intl.cloud.tencent.com/document/product/213/17526) or [Linux](https://intl.cloud.tencent.com/document/product/213/17525).
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅[Windows](https://cloud.tencent.com/document/product/213/17526)和[Linux](https://cloud.tencent.com/document/product/213/17525)启动时运行命令。
    pub user_data: Option<String>,
    /// Whether the request is a dry run only.
    ///
    /// `true`: dry run only. The request will not create instance(s). A dry run can check whether all the required parameters are specified, whether the request format is right, whether the request exceeds service limits, and whether the specified CVMs are available.
    ///
    /// If the dry run fails, the corresponding error code will be returned.
    ///
    /// If the dry run succeeds, the RequestId will be returned.
    ///
    /// `false` (default value): send a normal request and create instance(s) if all the requirements are met.
    ///
    /// 是否只预检此次请求。
    ///
    /// true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
    ///
    /// 如果检查不通过，则返回对应错误码；
    ///
    /// 如果检查通过，则返回RequestId.
    ///
    /// false（默认）：发送正常请求，通过检查后直接创建实例。
    pub dry_run: Option<bool>,
    /// CAM role name, which can be obtained from the `roleName` field in the response of the [`DescribeRoleList`](https://intl.cloud.tencent.com/document/product/598/36223?from_cn_redirect=1) API.
    ///
    /// CAM角色名称。可通过[DescribeRoleList](https://cloud.tencent.com/document/product/598/13887)接口返回值中的`roleName`获取。
    pub cam_role_name: Option<String>,
    /// HPC cluster ID. The HPC cluster must and can only be specified for a high-performance computing instance.
    ///
    /// 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。该参数可以通过调用 [DescribeHpcClusters](https://cloud.tencent.com/document/api/213/83220) 的返回值中的 `HpcClusterId` 字段来获取。
    pub hpc_cluster_id: Option<String>,
    /// Instance [billing mode](https://intl.cloud.tencent.com/document/product/213/2180?from_cn_redirect=1).
    ///
    /// - PREPAID: prepaid, that is, monthly subscription.
    ///
    /// - POSTPAID_BY_HOUR: pay-as-you-go by hour.
    ///
    /// - CDHPAID: CDH instance (created based on CDH; the resources of the host are free of charge).
    ///
    /// - SPOTPAID: spot payment.
    ///
    /// Default value: POSTPAID_BY_HOUR.
    ///
    /// 实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    ///
    /// - CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
    ///
    /// - SPOTPAID：竞价付费
    ///
    /// 默认值：POSTPAID_BY_HOUR。
    pub instance_charge_type: Option<String>,
    /// Details of the monthly subscription, including the purchase period, auto-renewal. It is required if the `InstanceChargeType` is `PREPAID`.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Instance termination protection flag, indicating whether an instance is allowed to be deleted through an API. Valid values:
    ///
    /// - TRUE: Instance protection is enabled, and the instance is not allowed to be deleted through the API.
    ///
    /// - FALSE: Instance protection is disabled, and the instance is allowed to be deleted through the API.
    ///
    /// Default value: FALSE.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// - TRUE：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// - FALSE：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：FALSE。
    pub disable_api_termination: Option<bool>,
    /// Whether jumbo frames are enabled for the instance. Valid values:
    ///
    /// - true: Jumbo frames are enabled. Only instance types that support jumbo frames can be set to true.
    ///
    /// - false: Jumbo frames are disabled. Only instance types that support jumbo frames can be set to false.
    ///
    /// Supported instance types: [Instance Types](https://www.tencentcloud.com/zh/document/api/213/11518)
    ///
    /// 实例是否开启巨型帧，取值范围：
    ///
    /// \<li/\> true：表示实例开启巨型帧，只有支持巨型帧的机型可设置为true。
    ///
    /// \<li/\>false：表示实例关闭巨型帧，只有支持巨型帧的机型可设置为false。
    ///
    /// 支持巨型帧的实例规格： [实例规格](https://cloud.tencent.com/document/product/213/11518)
    pub enable_jumbo_frame: Option<bool>,
    /// Custom metadata. specifies that custom metadata key-value pairs can be added when creating a CVM.
    ///
    /// Note: this field is in beta test.
    ///
    /// 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。
    ///
    /// 注：内测中。
    pub metadata: Option<Metadata>,
    /// Specifies that only the Update and Replace parameters are allowed. this parameter is valid only when custom Metadata is used in the template and Metadata is also transmitted in RunInstances. defaults to Replace.
    ///
    /// -Update: if template t contains this parameter with a value of Update and metadata=\[k1:v1, k2:v2\], then RunInstances (with metadata=\[k2:v3\]) + t creates a cvm using metadata=\[k1:v1, k2:v3\].
    ///
    /// -Replace: if the template t contains this parameter with a value of Replace and metadata=\[k1:v1, k2:v2\], then when creating a cvm using RunInstances (with metadata=\[k2:v3\]) + t, the created cvm will use metadata=\[k2:v3\].
    ///
    /// Note: this field is in beta test.
    ///
    /// 只允许传递 Update 和 Replace 参数，在模板使用自定义 Metadata 且在 RunInstances 也传递 Metadata 时生效。默认采用 Replace。
    ///
    /// - Update：设模板 t含本参数值为Update、 metadata=\[k1:v1, k2:v2\] ，则RunInstances（给metadata=\[k2:v3\]）+ t 创建的 cvm 使用metadata=\[k1:v1, k2:v3\]
    ///
    /// - Replace：模板 t含本参数值为Replace、 metadata=\[k1:v1, k2:v2\] ，则RunInstances（给metadata=\[k2:v3\]）+ t 创建的 cvm 使用metadata=\[k2:v3\]
    ///
    /// 注：内测中。
    pub template_data_modify_action: Option<String>,
    /// 多网卡参数信息。 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub network_interfaces: Option<Vec<NetworkInterfaces>>,
}

impl serde::Serialize for CreateLaunchTemplateVersionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateLaunchTemplateVersionRequest",
            2 + usize::from(self.launch_template_version.is_some())
                + usize::from(self.launch_template_version_description.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.image_id.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.action_timer.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.instance_market_options.is_some())
                + usize::from(self.user_data.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.disable_api_termination.is_some())
                + usize::from(self.enable_jumbo_frame.is_some())
                + usize::from(self.metadata.is_some())
                + usize::from(self.template_data_modify_action.is_some())
                + usize::from(self.network_interfaces.is_some()),
        )?;
        s.field("Placement", &self.placement)?;
        s.field("LaunchTemplateId", &self.launch_template_id)?;
        s.optional("LaunchTemplateVersion", &self.launch_template_version)?;
        s.optional(
            "LaunchTemplateVersionDescription",
            &self.launch_template_version_description,
        )?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("ActionTimer", &self.action_timer)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("InstanceMarketOptions", &self.instance_market_options)?;
        s.optional("UserData", &self.user_data)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.optional("EnableJumboFrame", &self.enable_jumbo_frame)?;
        s.optional("Metadata", &self.metadata)?;
        s.optional("TemplateDataModifyAction", &self.template_data_modify_action)?;
        s.optional("NetworkInterfaces", &self.network_interfaces)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for CreateLaunchTemplateVersionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for CreateLaunchTemplateVersionRequest {
    const NAME: &'static str = "CreateLaunchTemplateVersionRequest";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "LaunchTemplateId",
        "LaunchTemplateVersion",
        "LaunchTemplateVersionDescription",
        "InstanceType",
        "ImageId",
        "SystemDisk",
        "DataDisks",
        "VirtualPrivateCloud",
        "InternetAccessible",
        "InstanceCount",
        "InstanceName",
        "LoginSettings",
        "SecurityGroupIds",
        "EnhancedService",
        "ClientToken",
        "HostName",
        "ActionTimer",
        "DisasterRecoverGroupIds",
        "TagSpecification",
        "InstanceMarketOptions",
        "UserData",
        "DryRun",
        "CamRoleName",
        "HpcClusterId",
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "DisableApiTermination",
        "EnableJumboFrame",
        "Metadata",
        "TemplateDataModifyAction",
        "NetworkInterfaces",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
        let mut f13 = ::core::option::Option::None;
        let mut f14 = ::core::option::Option::None;
        let mut f15 = ::core::option::Option::None;
        let mut f16 = ::core::option::Option::None;
        let mut f17 = ::core::option::Option::None;
        let mut f18 = ::core::option::Option::None;
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
        let mut f23 = ::core::option::Option::None;
        let mut f24 = ::core::option::Option::None;
        let mut f25 = ::core::option::Option::None;
        let mut f26 = ::core::option::Option::None;
        let mut f27 = ::core::option::Option::None;
        let mut f28 = ::core::option::Option::None;
        let mut f29 = ::core::option::Option::None;
        let mut f30 = ::core::option::Option::None;
        let mut f31 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.plain(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.plain(&mut f20),
                21 => r.plain(&mut f21),
                22 => r.plain(&mut f22),
                23 => r.plain(&mut f23),
                24 => r.plain(&mut f24),
                25 => r.plain(&mut f25),
                26 => r.plain(&mut f26),
                27 => r.plain(&mut f27),
                28 => r.plain(&mut f28),
                29 => r.plain(&mut f29),
                30 => r.plain(&mut f30),
                31 => r.plain(&mut f31),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    placement: f0,
                    launch_template_id: f1,
                    launch_template_version: r.or_default(f2),
                    launch_template_version_description: r.or_default(f3),
                    instance_type: r.or_default(f4),
                    image_id: r.or_default(f5),
                    system_disk: r.or_default(f6),
                    data_disks: r.or_default(f7),
                    virtual_private_cloud: r.or_default(f8),
                    internet_accessible: r.or_default(f9),
                    instance_count: r.or_default(f10),
                    instance_name: r.or_default(f11),
                    login_settings: r.or_default(f12),
                    security_group_ids: r.or_default(f13),
                    enhanced_service: r.or_default(f14),
                    client_token: r.or_default(f15),
                    host_name: r.or_default(f16),
                    action_timer: r.or_default(f17),
                    disaster_recover_group_ids: r.or_default(f18),
                    tag_specification: r.or_default(f19),
                    instance_market_options: r.or_default(f20),
                    user_data: r.or_default(f21),
                    dry_run: r.or_default(f22),
                    cam_role_name: r.or_default(f23),
                    hpc_cluster_id: r.or_default(f24),
                    instance_charge_type: r.or_default(f25),
                    instance_charge_prepaid: r.or_default(f26),
                    disable_api_termination: r.or_default(f27),
                    enable_jumbo_frame: r.or_default(f28),
                    metadata: r.or_default(f29),
                    template_data_modify_action: r.or_default(f30),
                    network_interfaces: r.or_default(f31),
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

impl CreateLaunchTemplateVersionRequest {
    /// The request with its required members (`Placement`, `LaunchTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(placement: Placement, launch_template_id: impl Into<String>) -> Self {
        Self {
            placement,
            launch_template_id: launch_template_id.into(),
            launch_template_version: None,
            launch_template_version_description: None,
            instance_type: None,
            image_id: None,
            system_disk: None,
            data_disks: None,
            virtual_private_cloud: None,
            internet_accessible: None,
            instance_count: None,
            instance_name: None,
            login_settings: None,
            security_group_ids: None,
            enhanced_service: None,
            client_token: None,
            host_name: None,
            action_timer: None,
            disaster_recover_group_ids: None,
            tag_specification: None,
            instance_market_options: None,
            user_data: None,
            dry_run: None,
            cam_role_name: None,
            hpc_cluster_id: None,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            disable_api_termination: None,
            enable_jumbo_frame: None,
            metadata: None,
            template_data_modify_action: None,
            network_interfaces: None,
        }
    }
}

impl tencent_action::Request for CreateLaunchTemplateVersionRequest {
    type Action = CreateLaunchTemplateVersion;
    const CLIENT_TOKEN: bool = true;
}

/// Deletes a spread placement group (删除分散置放群组): the request of `DeleteDisasterRecoverGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDisasterRecoverGroups`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteDisasterRecoverGroupsRequest {
    /// ID list of spread placement groups, obtainable via the [DescribeDisasterRecoverGroups](https://intl.cloud.tencent.com/document/api/213/17810?from_cn_redirect=1) API. You can operate up to 10 spread placement groups in each request.
    ///
    /// 分散置放群组ID列表，可通过[DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810)接口获取。每次请求允许操作的分散置放群组数量上限是10。
    pub disaster_recover_group_ids: Vec<String>,
}

impl serde::Serialize for DeleteDisasterRecoverGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteDisasterRecoverGroupsRequest",
            1,
        )?;
        s.field("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteDisasterRecoverGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteDisasterRecoverGroupsRequest {
    const NAME: &'static str = "DeleteDisasterRecoverGroupsRequest";
    const FIELDS: &'static [&'static str] = &["DisasterRecoverGroupIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    disaster_recover_group_ids: f0,
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteDisasterRecoverGroupsRequest {
    /// The request with its required members (`DisasterRecoverGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            disaster_recover_group_ids: disaster_recover_group_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteDisasterRecoverGroupsRequest {
    type Action = DeleteDisasterRecoverGroups;
}

/// 删除高性能计算集群: the request of `DeleteHpcClusters`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHpcClusters`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHpcClustersRequest {
    /// 高性能计算集群ID列表。
    pub hpc_cluster_ids: Vec<String>,
}

impl serde::Serialize for DeleteHpcClustersRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteHpcClustersRequest",
            1,
        )?;
        s.field("HpcClusterIds", &self.hpc_cluster_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteHpcClustersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteHpcClustersRequest {
    const NAME: &'static str = "DeleteHpcClustersRequest";
    const FIELDS: &'static [&'static str] = &["HpcClusterIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { hpc_cluster_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteHpcClustersRequest {
    /// The request with its required members (`HpcClusterIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(hpc_cluster_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            hpc_cluster_ids: hpc_cluster_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteHpcClustersRequest {
    type Action = DeleteHpcClusters;
}

/// Deletes images (删除镜像): the request of `DeleteImages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteImages`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteImagesRequest {
    /// List of the IDs of the instances to be deleted.
    ///
    /// 删除的镜像 ID 列表。
    ///
    /// 可通过 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) 接口返回值中的`ImageId`获取。
    pub image_ids: Vec<String>,
    /// Whether to delete the snapshot associated with the image
    ///
    /// 是否删除镜像关联的快照。
    ///
    /// 默认值：false
    pub delete_binded_snap: Option<bool>,
    /// Check whether deleting an image is supported
    ///
    /// 检测是否支持删除镜像。
    ///
    /// 默认值：false
    pub dry_run: Option<bool>,
}

impl serde::Serialize for DeleteImagesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteImagesRequest",
            1 + usize::from(self.delete_binded_snap.is_some())
                + usize::from(self.dry_run.is_some()),
        )?;
        s.field("ImageIds", &self.image_ids)?;
        s.optional("DeleteBindedSnap", &self.delete_binded_snap)?;
        s.optional("DryRun", &self.dry_run)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteImagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteImagesRequest {
    const NAME: &'static str = "DeleteImagesRequest";
    const FIELDS: &'static [&'static str] = &["ImageIds", "DeleteBindedSnap", "DryRun"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    image_ids: f0,
                    delete_binded_snap: r.or_default(f1),
                    dry_run: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteImagesRequest {
    /// The request with its required members (`ImageIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(image_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            image_ids: image_ids.into_iter().map(Into::into).collect(),
            delete_binded_snap: None,
            dry_run: None,
        }
    }
}

impl tencent_action::Request for DeleteImagesRequest {
    type Action = DeleteImages;
}

/// 删除定时任务: the request of `DeleteInstancesActionTimer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteInstancesActionTimer`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteInstancesActionTimerRequest {
    /// 定时任务ID列表，可以通过[DescribeInstancesActionTimer](https://cloud.tencent.com/document/product/213/103950)接口查询。只能删除未执行的定时任务。
    pub action_timer_ids: Vec<String>,
}

impl serde::Serialize for DeleteInstancesActionTimerRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteInstancesActionTimerRequest",
            1,
        )?;
        s.field("ActionTimerIds", &self.action_timer_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteInstancesActionTimerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteInstancesActionTimerRequest {
    const NAME: &'static str = "DeleteInstancesActionTimerRequest";
    const FIELDS: &'static [&'static str] = &["ActionTimerIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { action_timer_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteInstancesActionTimerRequest {
    /// The request with its required members (`ActionTimerIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(action_timer_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            action_timer_ids: action_timer_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteInstancesActionTimerRequest {
    type Action = DeleteInstancesActionTimer;
}

/// Batch remove CVM instances from the specified instance placement groups (将云服务器实例从指定的置放群组中批量移除): the request of `DeleteInstancesDisasterRecoverGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteInstancesDisasterRecoverGroups`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteInstancesDisasterRecoverGroupsRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [`DescribeInstances`](https://www.tencentcloud.com/zh/document/api/213/33258). The maximum number of instances per request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[`DescribeInstances`](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// ID list of placement groups, obtainable via the [DescribeDisasterRecoverGroups](https://www.tencentcloud.com/zh/document/api/213/33261) API.
    ///
    /// 分散置放群组ID列表，可通过[DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810)接口获取。
    pub disaster_recover_group_ids: Vec<String>,
}

impl serde::Serialize for DeleteInstancesDisasterRecoverGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteInstancesDisasterRecoverGroupsRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteInstancesDisasterRecoverGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DeleteInstancesDisasterRecoverGroupsRequest {
    const NAME: &'static str = "DeleteInstancesDisasterRecoverGroupsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "DisasterRecoverGroupIds"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    disaster_recover_group_ids: f1,
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

impl DeleteInstancesDisasterRecoverGroupsRequest {
    /// The request with its required members (`InstanceIds`, `DisasterRecoverGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        disaster_recover_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            disaster_recover_group_ids: disaster_recover_group_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteInstancesDisasterRecoverGroupsRequest {
    type Action = DeleteInstancesDisasterRecoverGroups;
}

/// Deletes key pairs (删除密钥对): the request of `DeleteKeyPairs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteKeyPairs`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteKeyPairsRequest {
    /// One or more key pair IDs to be operated. The maximum number of key pairs per request is 100.
    ///
    /// You can obtain an available key pair ID in the following ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/sshkey) to query the key pair ID.
    ///
    /// - Call the [DescribeKeyPairs](https://intl.cloud.tencent.com/document/api/213/15699?from_cn_redirect=1) API and obtain the key pair ID from the `KeyId` in the response.
    ///
    /// 一个或多个待操作的密钥对ID。每次请求批量密钥对的上限为100。
    ///
    /// 可以通过以下方式获取可用的密钥ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/sshkey)查询密钥ID。
    ///
    /// - 通过调用接口 [DescribeKeyPairs](https://cloud.tencent.com/document/api/213/15699) ，取返回信息中的 `KeyId` 获取密钥对ID。
    pub key_ids: Vec<String>,
}

impl serde::Serialize for DeleteKeyPairsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteKeyPairsRequest",
            1,
        )?;
        s.field("KeyIds", &self.key_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteKeyPairsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteKeyPairsRequest {
    const NAME: &'static str = "DeleteKeyPairsRequest";
    const FIELDS: &'static [&'static str] = &["KeyIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { key_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteKeyPairsRequest {
    /// The request with its required members (`KeyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(key_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            key_ids: key_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteKeyPairsRequest {
    type Action = DeleteKeyPairs;
}

/// Deleting an instance launch template (删除实例启动模板): the request of `DeleteLaunchTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteLaunchTemplate`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLaunchTemplateRequest {
    /// The launch template ID
    ///
    /// 启动模板ID。可通过 [DescribeLaunchTemplates](https://cloud.tencent.com/document/api/213/66322) 接口返回值中的`LaunchTemplateId`获取。
    pub launch_template_id: String,
}

impl serde::Serialize for DeleteLaunchTemplateRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteLaunchTemplateRequest",
            1,
        )?;
        s.field("LaunchTemplateId", &self.launch_template_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteLaunchTemplateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteLaunchTemplateRequest {
    const NAME: &'static str = "DeleteLaunchTemplateRequest";
    const FIELDS: &'static [&'static str] = &["LaunchTemplateId"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { launch_template_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DeleteLaunchTemplateRequest {
    /// The request with its required members (`LaunchTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl Into<String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteLaunchTemplateRequest {
    type Action = DeleteLaunchTemplate;
}

/// Deletes one or more instance launch template versions (删除实例启动模板版本): the request of `DeleteLaunchTemplateVersions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteLaunchTemplateVersions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteLaunchTemplateVersionsRequest {
    /// The launch template ID
    ///
    /// 启动模板ID。可通过 [DescribeLaunchTemplates](https://cloud.tencent.com/document/api/213/66322) 接口返回值中的`LaunchTemplateId`获取。
    pub launch_template_id: String,
    /// List of instance launch template versions.
    ///
    /// 实例启动模板版本列表。可通过 [DescribeLaunchTemplateVersions](https://cloud.tencent.com/document/api/213/66323) 接口返回值中的`LaunchTemplateVersion`获取。
    pub launch_template_versions: Vec<i64>,
}

impl serde::Serialize for DeleteLaunchTemplateVersionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DeleteLaunchTemplateVersionsRequest",
            2,
        )?;
        s.field("LaunchTemplateId", &self.launch_template_id)?;
        s.field("LaunchTemplateVersions", &self.launch_template_versions)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DeleteLaunchTemplateVersionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DeleteLaunchTemplateVersionsRequest {
    const NAME: &'static str = "DeleteLaunchTemplateVersionsRequest";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateId",
        "LaunchTemplateVersions",
    ];
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
                ::core::result::Result::Ok(Self {
                    launch_template_id: f0,
                    launch_template_versions: f1,
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

impl DeleteLaunchTemplateVersionsRequest {
    /// The request with its required members (`LaunchTemplateId`, `LaunchTemplateVersions`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        launch_template_id: impl Into<String>,
        launch_template_versions: impl IntoIterator<Item = i64>,
    ) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions: launch_template_versions.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DeleteLaunchTemplateVersionsRequest {
    type Action = DeleteLaunchTemplateVersions;
}

/// 查询用户配额详情: the request of `DescribeAccountQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAccountQuota`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountQuotaRequest {
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - quota-type
    ///
    /// 按照【配额类型】进行过滤。配额类型形如：PostPaidQuotaSet。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：
    ///
    /// PostPaidQuotaSet: 后付费配额
    ///
    /// PrePaidQuotaSet: 预付费配额
    ///
    /// SpotPaidQuotaSet: 竞价配额
    ///
    /// ImageQuotaSet: 镜像配额
    ///
    /// DisasterRecoverGroupQuotaSet: 置放群组配额
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeAccountQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeAccountQuotaRequest",
            usize::from(self.filters.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeAccountQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeAccountQuotaRequest {
    const NAME: &'static str = "DescribeAccountQuotaRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
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
        ::core::result::Result::Ok(Self { filters: r.or_default(f0) })
    }
}

impl tencent_action::Request for DescribeAccountQuotaRequest {
    type Action = DescribeAccountQuota;
}

/// Queries the actions not allowed for the specified CHC instances (查询CHC物理服务器禁止做的操作): the request of `DescribeChcDeniedActions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeChcDeniedActions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeChcDeniedActionsRequest {
    /// CHC instance ID
    ///
    /// CHC物理服务器实例id
    pub chc_ids: Vec<String>,
}

impl serde::Serialize for DescribeChcDeniedActionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeChcDeniedActionsRequest",
            1,
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeChcDeniedActionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeChcDeniedActionsRequest {
    const NAME: &'static str = "DescribeChcDeniedActionsRequest";
    const FIELDS: &'static [&'static str] = &["ChcIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { chc_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeChcDeniedActionsRequest {
    /// The request with its required members (`ChcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(chc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeChcDeniedActionsRequest {
    type Action = DescribeChcDeniedActions;
}

/// Queries the details of CHC hosts (查询CHC物理服务器): the request of `DescribeChcHosts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeChcHosts`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeChcHostsRequest {
    /// CHC host ID. Up to 100 instances per request is allowed. `ChcIds` and `Filters` cannot be specified at the same time.
    ///
    /// CHC物理服务器实例ID。每次请求的实例的上限为100。参数不支持同时指定`ChcIds`和`Filters`。
    pub chc_ids: Option<Vec<String>>,
    /// - zone
    ///
    /// Filter by the availability zone, such as `ap-guangzhou-6`.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// Valid values: See [Regions and Availability Zones](https://intl.cloud.tencent.com/document/product/213/6091?from_cn_redirect=1)
    ///
    /// - instance-name
    ///
    /// Filter by the instance name.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - instance-state
    ///
    /// Filter by the instance status. For status details, see [InstanceStatus](https://intl.cloud.tencent.com/document/api/213/15753?from_cn_redirect=1#InstanceStatus).
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - device-type
    ///
    /// Filter by the device type.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - vpc-id
    ///
    /// Filter by the unique VPC ID.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - subnet-id
    ///
    /// Filter by the unique VPC subnet ID.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - instance-name
    ///
    /// 按照【实例名称】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-state
    ///
    /// 按照【实例状态】进行过滤。状态类型详见[实例状态表](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - device-type
    ///
    /// 按照【设备类型】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - vpc-id
    ///
    /// 按照【私有网络唯一ID】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - subnet-id
    ///
    /// 按照【私有子网唯一ID】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - sn
    ///
    /// 按照【设备SN】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default value: `0`. For more information on `Offset`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// The number of returned results. Default value: `20`. Maximum value: `100`. For more information on `Limit`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
}

impl serde::Serialize for DescribeChcHostsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeChcHostsRequest",
            usize::from(self.chc_ids.is_some()) + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some()),
        )?;
        s.optional("ChcIds", &self.chc_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeChcHostsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeChcHostsRequest {
    const NAME: &'static str = "DescribeChcHostsRequest";
    const FIELDS: &'static [&'static str] = &["ChcIds", "Filters", "Offset", "Limit"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            chc_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
        })
    }
}

impl tencent_action::Request for DescribeChcHostsRequest {
    type Action = DescribeChcHosts;
}

impl tencent_action::Paginated for DescribeChcHostsRequest {
    type Item = ChcHost;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<ChcHost>> {
        page.chc_host_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the quota of placement groups (查询置放群组配额): the request of `DescribeDisasterRecoverGroupQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDisasterRecoverGroupQuota`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDisasterRecoverGroupQuotaRequest {}

impl serde::Serialize for DescribeDisasterRecoverGroupQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDisasterRecoverGroupQuotaRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDisasterRecoverGroupQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeDisasterRecoverGroupQuotaRequest {
    const NAME: &'static str = "DescribeDisasterRecoverGroupQuotaRequest";
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

impl tencent_action::Request for DescribeDisasterRecoverGroupQuotaRequest {
    type Action = DescribeDisasterRecoverGroupQuota;
}

/// Queries information on spread placement groups (查询分散置放群组信息): the request of `DescribeDisasterRecoverGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDisasterRecoverGroups`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDisasterRecoverGroupsRequest {
    /// ID list of spread placement groups. You can operate up to 10 spread placement groups in each request.
    ///
    /// 分散置放群组ID列表。每次请求允许操作的分散置放群组数量上限是10。
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// Name of a spread placement group. Fuzzy match is supported.
    ///
    /// 分散置放群组名称，支持模糊匹配。
    pub name: Option<String>,
    /// Offset; default value: 0. For more information on `Offset`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// Number of results returned; default value: 20; maximum: 100. For more information on `Limit`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
    /// -  `tag-key` - String - Optional - Filter by the tag key.
    ///
    /// - `tag-value` - String - Optional - Filter by the tag value.
    ///
    /// -  `tag:tag-key` - String - Optional - Filter by the tag key-value pair. Replace `tag-key` with the actual tag keys.
    ///
    /// Each request can have up to 10 `Filters` and 5 `Filters.Values`.
    ///
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeDisasterRecoverGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeDisasterRecoverGroupsRequest",
            usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.name.is_some()) + usize::from(self.offset.is_some())
                + usize::from(self.limit.is_some()) + usize::from(self.filters.is_some()),
        )?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("Name", &self.name)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeDisasterRecoverGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeDisasterRecoverGroupsRequest {
    const NAME: &'static str = "DescribeDisasterRecoverGroupsRequest";
    const FIELDS: &'static [&'static str] = &[
        "DisasterRecoverGroupIds",
        "Name",
        "Offset",
        "Limit",
        "Filters",
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
        ::core::result::Result::Ok(Self {
            disaster_recover_group_ids: r.or_default(f0),
            name: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
            filters: r.or_default(f4),
        })
    }
}

impl tencent_action::Request for DescribeDisasterRecoverGroupsRequest {
    type Action = DescribeDisasterRecoverGroups;
}

impl tencent_action::Paginated for DescribeDisasterRecoverGroupsRequest {
    type Item = DisasterRecoverGroup;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<DisasterRecoverGroup>> {
        page.disaster_recover_group_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Views the list of CDH instances (查看CDH实例列表): the request of `DescribeHosts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHosts`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHostsRequest {
    /// - zone
    ///
    /// Filter by the availability zone, such as `ap-guangzhou-6`.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// Valid values: See [Regions and Availability Zones](https://intl.cloud.tencent.com/document/product/213/6091?from_cn_redirect=1)
    ///
    /// - project-id
    ///
    /// Filter by the project ID. You can query the list of created projects by calling `DescribeProject` or logging in to the [CVM console](https://console.cloud.tencent.com/cvm/index). You can also call `AddProject` to create projects. The project ID is like 1002189.
    ///
    /// Type: Integer
    ///
    /// Optional
    ///
    /// - host-id
    ///
    /// Filter by the CDH instance ID. Format: host-xxxxxxxx.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - host-name
    ///
    /// Filter by the host name.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - host-state
    ///
    /// Filter by the CDH instance status. (`PENDING`: Creating | `LAUNCH_FAILURE`: Failed to create | `RUNNING`: Running | `EXPIRED`: Expired)
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// Each request can have up to 10 `Filters` and 5 `Filter.Values`.
    ///
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - project-id
    ///
    /// 按照【项目ID】进行过滤，可通过调用[DescribeProject](https://cloud.tencent.com/document/api/651/78725)查询已创建的项目列表或登录[控制台](https://console.cloud.tencent.com/cvm/index)进行查看；也可以调用[AddProject](https://cloud.tencent.com/document/api/651/81952)创建新的项目。项目ID形如：1002189。
    ///
    /// 类型：Integer
    ///
    /// 必选：否
    ///
    /// - host-id
    ///
    /// 按照【[CDH](https://cloud.tencent.com/document/product/416) ID】进行过滤。[CDH](https://cloud.tencent.com/document/product/416) ID形如：host-xxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - host-name
    ///
    /// 按照【CDH实例名称】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - host-state
    ///
    /// 按照【CDH实例状态】进行过滤。（PENDING：创建中 | LAUNCH_FAILURE：创建失败 | RUNNING：运行中 | EXPIRED：已过期）
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - host-type
    ///
    /// 按照【CDH机型】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例。
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。
    pub filters: Option<Vec<Filter>>,
    /// Offset; default value: 0.
    ///
    /// 偏移量，默认为0。
    pub offset: Option<u64>,
    /// Number of results returned; default value: 20; maximum: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    pub limit: Option<u64>,
}

impl serde::Serialize for DescribeHostsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeHostsRequest",
            usize::from(self.filters.is_some()) + usize::from(self.offset.is_some())
                + usize::from(self.limit.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeHostsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeHostsRequest {
    const NAME: &'static str = "DescribeHostsRequest";
    const FIELDS: &'static [&'static str] = &["Filters", "Offset", "Limit"];
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
        ::core::result::Result::Ok(Self {
            filters: r.or_default(f0),
            offset: r.or_default(f1),
            limit: r.or_default(f2),
        })
    }
}

impl tencent_action::Request for DescribeHostsRequest {
    type Action = DescribeHosts;
}

impl tencent_action::Paginated for DescribeHostsRequest {
    type Item = HostItem;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<HostItem>> {
        page.host_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询高性能集群信息: the request of `DescribeHpcClusters`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHpcClusters`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHpcClustersRequest {
    /// 一个或多个待操作的高性能计算集群ID。集群ID信息可通过 [查询高性能集群信息](https://cloud.tencent.com/document/api/213/83220) 接口获取。每次请求高性能计算集群信息的批量上限为100，默认配合Limit传参数，不能超过Limit值，Limit默认20。
    pub hpc_cluster_ids: Option<Vec<String>>,
    /// 高性能计算集群名称，长度限制\[1-60\]。
    pub name: Option<String>,
    /// 可用区信息。可用区信息可通过 [查询可用区信息](https://cloud.tencent.com/document/api/213/15707) 接口获取。
    pub zone: Option<String>,
    /// 偏移量, 默认值0。
    pub offset: Option<u64>,
    /// 本次请求量, 默认值20，范围限制为\[1-100\]。
    pub limit: Option<u64>,
    /// 高性能计算集群类型，当前有三个取值：分别是CDC/CHC/STANDARD，其中STANDARD是默认的标准模式。
    pub hpc_cluster_type: Option<String>,
    /// 高性能计算集群对应的业务场景标识，当前只支持CDC场景类型。
    pub hpc_cluster_business_id: Option<String>,
    /// 高性能计算集群实例类型
    pub instance_type: Option<String>,
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeHpcClustersRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeHpcClustersRequest",
            usize::from(self.hpc_cluster_ids.is_some())
                + usize::from(self.name.is_some()) + usize::from(self.zone.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.hpc_cluster_type.is_some())
                + usize::from(self.hpc_cluster_business_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.filters.is_some()),
        )?;
        s.optional("HpcClusterIds", &self.hpc_cluster_ids)?;
        s.optional("Name", &self.name)?;
        s.optional("Zone", &self.zone)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.optional("HpcClusterType", &self.hpc_cluster_type)?;
        s.optional("HpcClusterBusinessId", &self.hpc_cluster_business_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeHpcClustersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeHpcClustersRequest {
    const NAME: &'static str = "DescribeHpcClustersRequest";
    const FIELDS: &'static [&'static str] = &[
        "HpcClusterIds",
        "Name",
        "Zone",
        "Offset",
        "Limit",
        "HpcClusterType",
        "HpcClusterBusinessId",
        "InstanceType",
        "Filters",
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
        ::core::result::Result::Ok(Self {
            hpc_cluster_ids: r.or_default(f0),
            name: r.or_default(f1),
            zone: r.or_default(f2),
            offset: r.or_default(f3),
            limit: r.or_default(f4),
            hpc_cluster_type: r.or_default(f5),
            hpc_cluster_business_id: r.or_default(f6),
            instance_type: r.or_default(f7),
            filters: r.or_default(f8),
        })
    }
}

impl tencent_action::Request for DescribeHpcClustersRequest {
    type Action = DescribeHpcClusters;
}

impl tencent_action::Paginated for DescribeHpcClustersRequest {
    type Item = HpcClusterInfo;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<HpcClusterInfo>> {
        page.hpc_cluster_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries available images within an image family (查询镜像族内可用镜像): the request of `DescribeImageFromFamily`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeImageFromFamily`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeImageFromFamilyRequest {
    /// Image family
    ///
    /// 镜像族
    pub image_family: Option<String>,
}

impl serde::Serialize for DescribeImageFromFamilyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeImageFromFamilyRequest",
            usize::from(self.image_family.is_some()),
        )?;
        s.optional("ImageFamily", &self.image_family)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeImageFromFamilyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeImageFromFamilyRequest {
    const NAME: &'static str = "DescribeImageFromFamilyRequest";
    const FIELDS: &'static [&'static str] = &["ImageFamily"];
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
            image_family: r.or_default(f0),
        })
    }
}

impl tencent_action::Request for DescribeImageFromFamilyRequest {
    type Action = DescribeImageFromFamily;
}

/// Queries image quota (查询镜像配额上限): the request of `DescribeImageQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeImageQuota`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeImageQuotaRequest {}

impl serde::Serialize for DescribeImageQuotaRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeImageQuotaRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeImageQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeImageQuotaRequest {
    const NAME: &'static str = "DescribeImageQuotaRequest";
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

impl tencent_action::Request for DescribeImageQuotaRequest {
    type Action = DescribeImageQuota;
}

/// Views image sharing information (查看镜像分享信息): the request of `DescribeImageSharePermission`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeImageSharePermission`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeImageSharePermissionRequest {
    /// The ID of the image to be shared
    ///
    /// 需要共享的镜像 ID，可通过 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) 接口返回的`ImageId`获取。
    pub image_id: String,
}

impl serde::Serialize for DescribeImageSharePermissionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeImageSharePermissionRequest",
            1,
        )?;
        s.field("ImageId", &self.image_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeImageSharePermissionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeImageSharePermissionRequest {
    const NAME: &'static str = "DescribeImageSharePermissionRequest";
    const FIELDS: &'static [&'static str] = &["ImageId"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { image_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeImageSharePermissionRequest {
    /// The request with its required members (`ImageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(image_id: impl Into<String>) -> Self {
        Self { image_id: image_id.into() }
    }
}

impl tencent_action::Request for DescribeImageSharePermissionRequest {
    type Action = DescribeImageSharePermission;
}

/// Views the list of images (查看镜像列表): the request of `DescribeImages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeImages`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeImagesRequest {
    /// List of image IDs, such as `img-gvbnzy6f`. For the format of array-type parameters, see [API Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1). You can obtain the image IDs in two ways:
    ///
    /// - Call [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) and look for `ImageId` in the response.
    ///
    /// - View the image IDs in the [Image Console](https://console.cloud.tencent.com/cvm/image).
    ///
    /// 镜像ID列表 。镜像ID如：`img-gvbnzy6f`。array型参数的格式可以参考[API简介](https://cloud.tencent.com/document/api/213/15688)。镜像ID可以通过如下方式获取：
    ///
    /// - 通过[DescribeImages](https://cloud.tencent.com/document/api/213/15715)接口返回的`ImageId`获取。
    ///
    /// - 通过[镜像控制台](https://console.cloud.tencent.com/cvm/image)获取。
    pub image_ids: Option<Vec<String>>,
    /// Filters. Each request can have up to 10 `Filters`, and 5 `Filters.Values` for each filter. `ImageIds` and `Filters` cannot be specified at the same time. See details:
    ///
    /// - image-id
    ///
    /// Filter by the image ID.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - image-type
    ///
    /// Filter by the image type.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// Options:
    ///
    /// `PRIVATE_IMAGE`: Private images (images created by this account)
    ///
    /// `PUBLIC_IMAGE`: Public images (Tencent Cloud official images)
    ///
    /// `SHARED_IMAGE`: Shared images (images shared by other accounts to this account)
    ///
    /// - image-name
    ///
    /// Filter by the image name.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - platform
    ///
    /// Filter by the image operating system, such as `CentOS`.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - tag-key
    ///
    /// Filter by the tag key.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - tag-value
    ///
    /// Filter by the tag value.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// - tag:tag-key
    ///
    /// Filter by the tag key-value pair. Replace "tag-key" with the actual value.
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// 过滤条件，每次请求的`Filters`的上限为10，`Filters.Values`的上限为5。参数不可以同时指定`ImageIds`和`Filters`。详细的过滤条件如下：
    ///
    /// - image-id
    ///
    /// 按照【镜像ID】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - image-type
    ///
    /// 按照【镜像类型】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：
    ///
    /// PRIVATE_IMAGE: 自定义镜像 (本账户创建的镜像)
    ///
    /// PUBLIC_IMAGE: 公共镜像 (腾讯云官方镜像)
    ///
    /// SHARED_IMAGE: 共享镜像(其他账户共享给本账户的镜像)
    ///
    /// - image-name
    ///
    /// 按照【镜像名称】进行过滤。支持模糊查询。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - platform
    ///
    /// 按照【镜像平台】进行过滤，如 CentOS，支持模糊匹配。可通过 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) 接口返回的`Platform`获取。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。可通过 [GetTags](https://cloud.tencent.com/document/product/651/72275) 接口返回的`TagKey`获取。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。可通过 [GetTags](https://cloud.tencent.com/document/product/651/72275) 接口返回的`TagValue`获取。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。可通过 [GetTags](https://cloud.tencent.com/document/product/651/72275) 接口返回的`TagKey 和 TagValue`获取。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - dedicated-cluster-id
    ///
    /// 按照【本地专用集群CDC ID】进行过滤。可通过 [DescribeDedicatedClusters](https://cloud.tencent.com/document/api/1346/73758) 接口返回的`DedicatedClusterSet`获取。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - cdc-cache-status
    ///
    /// 按照【CDC镜像缓存状态】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：
    ///
    /// CACHED_ALL: 全部缓存状态
    ///
    /// CACHING: 缓存中
    ///
    /// CACHED: 已缓存
    ///
    /// CACHE_INVALID: 缓存失效
    ///
    /// CACHE_FAILED: 缓存失败
    pub filters: Option<Vec<Filter>>,
    /// Offset; default value: 0. For more information on `Offset`, see [API Introduction](https://www.tencentcloud.com/document/product/213/15689).
    ///
    /// 偏移量，默认为0。关于Offset详见[API简介](https://cloud.tencent.com/document/api/213/568#.E8.BE.93.E5.85.A5.E5.8F.82.E6.95.B0.E4.B8.8E.E8.BF.94.E5.9B.9E.E5.8F.82.E6.95.B0.E9.87.8A.E4.B9.89)。
    pub offset: Option<u64>,
    /// Number of results returned; default value: 20; maximum: 100. For more information on `Limit`, see [API Introduction](https://www.tencentcloud.com/document/product/213/15689).
    ///
    /// 数量限制，默认为20，最大值为100。关于Limit详见[API简介](https://cloud.tencent.com/document/api/213/568#.E8.BE.93.E5.85.A5.E5.8F.82.E6.95.B0.E4.B8.8E.E8.BF.94.E5.9B.9E.E5.8F.82.E6.95.B0.E9.87.8A.E4.B9.89)。
    pub limit: Option<u64>,
    /// Instance type, e.g. `SA5.MEDIUM2`
    ///
    /// 实例类型，如 `SA5.MEDIUM2`。可通过 [DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/product/213/15749) 接口返回的 `InstanceType` 获取。
    pub instance_type: Option<String>,
}

impl serde::Serialize for DescribeImagesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeImagesRequest",
            usize::from(self.image_ids.is_some()) + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.instance_type.is_some()),
        )?;
        s.optional("ImageIds", &self.image_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeImagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeImagesRequest {
    const NAME: &'static str = "DescribeImagesRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageIds",
        "Filters",
        "Offset",
        "Limit",
        "InstanceType",
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
        ::core::result::Result::Ok(Self {
            image_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
            instance_type: r.or_default(f4),
        })
    }
}

impl tencent_action::Request for DescribeImagesRequest {
    type Action = DescribeImages;
}

impl tencent_action::Paginated for DescribeImagesRequest {
    type Item = Image;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Image>> {
        page.image_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the list of supported operating systems of imported images (查询外部导入镜像支持的OS列表): the request of `DescribeImportImageOs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeImportImageOs`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeImportImageOsRequest {}

impl serde::Serialize for DescribeImportImageOsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeImportImageOsRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeImportImageOsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeImportImageOsRequest {
    const NAME: &'static str = "DescribeImportImageOsRequest";
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

impl tencent_action::Request for DescribeImportImageOsRequest {
    type Action = DescribeImportImageOs;
}

/// Queries supported instance model families (查询所支持的实例机型族信息): the request of `DescribeInstanceFamilyConfigs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceFamilyConfigs`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceFamilyConfigsRequest {}

impl serde::Serialize for DescribeInstanceFamilyConfigsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstanceFamilyConfigsRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstanceFamilyConfigsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstanceFamilyConfigsRequest {
    const NAME: &'static str = "DescribeInstanceFamilyConfigsRequest";
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

impl tencent_action::Request for DescribeInstanceFamilyConfigsRequest {
    type Action = DescribeInstanceFamilyConfigs;
}

/// 查询实例带宽配置: the request of `DescribeInstanceInternetBandwidthConfigs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceInternetBandwidthConfigs`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceInternetBandwidthConfigsRequest {
    /// 待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
}

impl serde::Serialize for DescribeInstanceInternetBandwidthConfigsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstanceInternetBandwidthConfigsRequest",
            1,
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstanceInternetBandwidthConfigsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeInstanceInternetBandwidthConfigsRequest {
    const NAME: &'static str = "DescribeInstanceInternetBandwidthConfigsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeInstanceInternetBandwidthConfigsRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeInstanceInternetBandwidthConfigsRequest {
    type Action = DescribeInstanceInternetBandwidthConfigs;
}

/// 查询实例机型列表: the request of `DescribeInstanceTypeConfigs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceTypeConfigs`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstanceTypeConfigsRequest {
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - instance-family
    ///
    /// 按照【实例机型系列】进行过滤。实例机型系列形如：S1、I1、M1等。具体取值参见[实例类型](https://cloud.tencent.com/document/product/213/11518)描述。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-type
    ///
    /// 按照【实例类型】进行过滤。实例类型形如：S5.12XLARGE128、S5.12XLARGE96等。具体取值参见[实例规格](https://cloud.tencent.com/document/product/213/11518)描述。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为1。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeInstanceTypeConfigsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstanceTypeConfigsRequest",
            usize::from(self.filters.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstanceTypeConfigsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstanceTypeConfigsRequest {
    const NAME: &'static str = "DescribeInstanceTypeConfigsRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
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
        ::core::result::Result::Ok(Self { filters: r.or_default(f0) })
    }
}

impl tencent_action::Request for DescribeInstanceTypeConfigsRequest {
    type Action = DescribeInstanceTypeConfigs;
}

/// 查询实例管理终端地址: the request of `DescribeInstanceVncUrl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceVncUrl`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstanceVncUrlRequest {
    /// 一个操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
}

impl serde::Serialize for DescribeInstanceVncUrlRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstanceVncUrlRequest",
            1,
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstanceVncUrlRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstanceVncUrlRequest {
    const NAME: &'static str = "DescribeInstanceVncUrlRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeInstanceVncUrlRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeInstanceVncUrlRequest {
    type Action = DescribeInstanceVncUrl;
}

/// Views the list of instances (查看实例列表): the request of `DescribeInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstances`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstancesRequest {
    /// Query by instance ID(s). For example, instance ID: `ins-xxxxxxxx`. For the specific format, refer to section `Ids.N` of the API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1). You can query up to 100 instances in each request. However, `InstanceIds` and `Filters` cannot be specified at the same time.
    ///
    /// 按照一个或者多个实例ID查询。实例ID例如：`ins-xxxxxxxx`。（此参数的具体格式可参考API[简介](https://cloud.tencent.com/document/api/213/15688)的`ids.N`一节）。每次请求的实例的上限为100。参数不支持同时指定`InstanceIds`和`Filters`。
    pub instance_ids: Option<Vec<String>>,
    /// Filters
    ///
    /// -  `zone` - String - Optional - Filter by the availability zone.
    ///
    /// -  `project-id` - Integer - Optional - Filter by the project ID. You can query the list of created projects by calling `DescribeProject` or logging in to the [CVM console](https://console.cloud.tencent.com/cvm/index). You can also call `AddProject` to create projects.
    ///
    /// -  `host-id` - String - Optional - Filter by the CDH instance ID. Format: `host-xxxxxxxx`.
    ///
    /// `vpc-id` - String - Optional - Filter by the VPC ID. Format: `vpc-xxxxxxxx`.
    ///
    /// -  `subnet-id` - String - Optional - Filter by the subnet ID. Format: `subnet-xxxxxxxx`.
    ///
    /// `instance-id` - String - Optional - Filter by the instance ID. Format: `ins-xxxxxxxx`.
    ///
    /// `security-group-id` - String - Optional - Filter by the security group ID. Format: `sg-8jlk3f3r`.
    ///
    /// `instance-name` - String - Optional - Filter by the instance name.
    ///
    /// `instance-charge-type` - String - Optional - Filter by the instance billing method. `POSTPAID_BY_HOUR`: pay-as-you-go | `CDHPAID`: You are only billed for [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances, not the CVMs running on the [CDH](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) instances.
    ///
    /// `private-ip-address` - String - Optional - Filter by the private IP address of the instance's primary ENI.
    ///
    /// `public-ip-address` - String - Optional - Filter by the public IP address of the instance's primary ENI, including the IP addresses automatically assigned during the instance creation and the EIPs manually associated after the instance creation.
    ///
    /// -  `tag-key` - String - Optional - Filter by the tag key.
    ///
    /// `tag-value` - String - Optional - Filter by the tag value.
    ///
    /// -  `tag:tag-key` - String - Optional - Filter by the tag key-value pair. Replace `tag-key` with the actual tag keys. See example 2.
    ///
    /// Each request can have up to 10 `Filters` and 5 `Filters.Values`. You cannot specify `InstanceIds` and `Filters` at the same time.
    ///
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区例如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - project-id
    ///
    /// 按照【项目ID】进行过滤，可通过调用[DescribeProjects](https://cloud.tencent.com/document/api/651/78725)查询已创建的项目列表或登录[控制台](https://console.cloud.tencent.com/cvm/index)进行查看；也可以调用[AddProject](https://cloud.tencent.com/document/api/651/81952)创建新的项目。项目ID例如：1002189。
    ///
    /// 类型：Integer
    ///
    /// 必选：否
    ///
    /// - host-id
    ///
    /// 按照【[CDH](https://cloud.tencent.com/document/product/416) ID】进行过滤。[CDH](https://cloud.tencent.com/document/product/416) ID例如：host-xxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - dedicated-cluster-id
    ///
    /// 按照【[CDC](https://cloud.tencent.com/document/product/1346) ID】进行过滤。[CDC](https://cloud.tencent.com/document/product/1346) ID例如：cluster-xxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - vpc-id
    ///
    /// 按照【VPC ID】进行过滤。VPC ID例如：vpc-xxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - subnet-id
    ///
    /// 按照【子网ID】进行过滤。子网ID例如：subnet-xxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-id
    ///
    /// 按照【实例ID】进行过滤。实例ID例如：ins-xxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - uuid
    ///
    /// 按照【实例UUID】进行过滤。实例UUID例如：xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - security-group-id
    ///
    /// 按照【安全组ID】进行过滤。安全组ID例如: sg-8jlk3f3r。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-name
    ///
    /// 按照【实例名称】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-charge-type
    ///
    /// 按照【实例计费模式】进行过滤。(PREPAID：表示预付费，即包年包月 | POSTPAID_BY_HOUR：表示后付费，即按量计费 | CDHPAID：表示[CDH](https://cloud.tencent.com/document/product/416)付费，即只对[CDH](https://cloud.tencent.com/document/product/416)计费，不对[CDH](https://cloud.tencent.com/document/product/416)上的实例计费。)
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-state
    ///
    /// 按照【实例状态】进行过滤。状态类型详见[实例状态表](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - private-ip-address
    ///
    /// 按照【实例主网卡的内网IP】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - public-ip-address
    ///
    /// 按照【实例主网卡的公网IP】进行过滤，包含实例创建时自动分配的IP和实例创建后手动绑定的弹性IP。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - ipv6-address
    ///
    /// 按照【实例的IPv6地址】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - creation-start-time
    ///
    /// 按照【创建实例请求的起始时间】进行过滤。例如：2023-06-01 00:00:00。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - creation-end-time
    ///
    /// 按照【创建实例请求的截止时间】进行过滤。例如：2023-06-01 00:00:00。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。参数不支持同时指定`InstanceIds`和`Filters`。
    pub filters: Option<Vec<Filter>>,
    /// Offset; default value: 0. For more information on `Offset`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// Number of results returned; default value: 20; maximum: 100. For more information on `Limit`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
}

impl serde::Serialize for DescribeInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesRequest",
            usize::from(self.instance_ids.is_some())
                + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some()),
        )?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesRequest {
    const NAME: &'static str = "DescribeInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "Filters",
        "Offset",
        "Limit",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
        })
    }
}

impl tencent_action::Request for DescribeInstancesRequest {
    type Action = DescribeInstances;
}

impl tencent_action::Paginated for DescribeInstancesRequest {
    type Item = Instance;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Instance>> {
        page.instance_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询定时任务信息: the request of `DescribeInstancesActionTimer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesActionTimer`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstancesActionTimerRequest {
    /// 定时任务ID列表。
    pub action_timer_ids: Option<Vec<String>>,
    /// 按照一个或者多个实例ID查询。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Option<Vec<String>>,
    /// 定时器动作，目前仅支持销毁一个值：TerminateInstances。
    pub timer_action: Option<String>,
    /// 定时任务执行时间的结束范围，用于条件筛选，格式如2018-05-01 19:00:00。
    pub end_action_time: Option<String>,
    /// 定时任务执行时间的开始范围，用于条件筛选，格式如2018-05-01 19:00:00。
    pub start_action_time: Option<String>,
    /// 定时任务状态列表。
    ///
    /// - UNDO：未执行
    ///
    /// - DOING：正在执行
    ///
    /// - DONE：执行完成。
    pub status_list: Option<Vec<String>>,
}

impl serde::Serialize for DescribeInstancesActionTimerRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesActionTimerRequest",
            usize::from(self.action_timer_ids.is_some())
                + usize::from(self.instance_ids.is_some())
                + usize::from(self.timer_action.is_some())
                + usize::from(self.end_action_time.is_some())
                + usize::from(self.start_action_time.is_some())
                + usize::from(self.status_list.is_some()),
        )?;
        s.optional("ActionTimerIds", &self.action_timer_ids)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("TimerAction", &self.timer_action)?;
        s.optional("EndActionTime", &self.end_action_time)?;
        s.optional("StartActionTime", &self.start_action_time)?;
        s.optional("StatusList", &self.status_list)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesActionTimerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesActionTimerRequest {
    const NAME: &'static str = "DescribeInstancesActionTimerRequest";
    const FIELDS: &'static [&'static str] = &[
        "ActionTimerIds",
        "InstanceIds",
        "TimerAction",
        "EndActionTime",
        "StartActionTime",
        "StatusList",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            action_timer_ids: r.or_default(f0),
            instance_ids: r.or_default(f1),
            timer_action: r.or_default(f2),
            end_action_time: r.or_default(f3),
            start_action_time: r.or_default(f4),
            status_list: r.or_default(f5),
        })
    }
}

impl tencent_action::Request for DescribeInstancesActionTimerRequest {
    type Action = DescribeInstancesActionTimer;
}

/// Obtains the attributes of specified instances in batches (批量获取指定实例属性): the request of `DescribeInstancesAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesAttributes`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesAttributesRequest {
    /// Instance attributes to be obtained. Valid value(s):
    ///
    /// UserData: Custom data of instances.
    ///
    /// 需要获取的实例属性。可选值：
    ///
    /// UserData: 实例自定义数据
    pub attributes: Vec<String>,
    /// Instance ID list.
    ///
    /// 实例ID列表。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for DescribeInstancesAttributesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesAttributesRequest",
            2,
        )?;
        s.field("Attributes", &self.attributes)?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesAttributesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesAttributesRequest {
    const NAME: &'static str = "DescribeInstancesAttributesRequest";
    const FIELDS: &'static [&'static str] = &["Attributes", "InstanceIds"];
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
                ::core::result::Result::Ok(Self {
                    attributes: f0,
                    instance_ids: f1,
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

impl DescribeInstancesAttributesRequest {
    /// The request with its required members (`Attributes`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        attributes: impl IntoIterator<Item = impl Into<String>>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            attributes: attributes.into_iter().map(Into::into).collect(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeInstancesAttributesRequest {
    type Action = DescribeInstancesAttributes;
}

/// 查询实例可调整配置: the request of `DescribeInstancesModification`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesModification`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesModificationRequest {
    /// 一个或多个待查询的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为20。
    pub instance_ids: Vec<String>,
    /// - status
    ///
    /// 按照【配置规格状态】进行过滤。配置规格状态形如：SELL(表示实例可售卖)、UNAVAILABLE(表示实例不可用)。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为2。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeInstancesModificationRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesModificationRequest",
            1 + usize::from(self.filters.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesModificationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesModificationRequest {
    const NAME: &'static str = "DescribeInstancesModificationRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "Filters"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    filters: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeInstancesModificationRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeInstancesModificationRequest {
    type Action = DescribeInstancesModification;
}

/// Queries limitations on operations on an instance (查询实例操作限制): the request of `DescribeInstancesOperationLimit`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesOperationLimit`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesOperationLimitRequest {
    /// Query by instance ID(s). You can obtain the instance IDs from the value of `InstanceId` returned by the [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) API. For example, instance ID: ins-xxxxxxxx. (For the specific format, refer to section `ids.N` of the API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).) You can query up to 100 instances in each request.
    ///
    /// 按照一个或者多个实例ID查询，可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)API返回值中的InstanceId获取。实例ID形如：ins-xxxxxxxx。（此参数的具体格式可参考API[简介](https://cloud.tencent.com/document/api/213/15688)的ids.N一节）。每次请求的实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Operation on the instance(s).
    ///
    /// -  INSTANCE_DEGRADE: downgrade the instance configurations
    ///
    /// 实例操作。
    ///
    /// -  INSTANCE_DEGRADE：实例降配操作
    ///
    /// -  INTERNET_CHARGE_TYPE_CHANGE：实例调整带宽付费模式操作
    pub operation: String,
}

impl serde::Serialize for DescribeInstancesOperationLimitRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesOperationLimitRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("Operation", &self.operation)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesOperationLimitRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesOperationLimitRequest {
    const NAME: &'static str = "DescribeInstancesOperationLimitRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "Operation"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    operation: f1,
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

impl DescribeInstancesOperationLimitRequest {
    /// The request with its required members (`InstanceIds`, `Operation`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        operation: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            operation: operation.into(),
        }
    }
}

impl tencent_action::Request for DescribeInstancesOperationLimitRequest {
    type Action = DescribeInstancesOperationLimit;
}

/// Views the list of instance status (查看实例状态列表): the request of `DescribeInstancesStatus`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstancesStatus`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInstancesStatusRequest {
    /// Query by instance ID(s). For example, instance ID: `ins-xxxxxxxx`. For the specific format, refer to section `Ids.N` of the API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1). You can query up to 100 instances in each request.
    ///
    /// 按照一个或者多个实例ID查询。实例ID形如：`ins-dyzp06q6`。此参数的具体格式可参考API[简介](https://cloud.tencent.com/document/api/213/15688)的`ids.N`一节）。每次请求的实例的上限为100。
    pub instance_ids: Option<Vec<String>>,
    /// Offset; default value: 0. For more information on `Offset`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// Number of results returned; default value: 20; maximum: 100. For more information on `Limit`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
}

impl serde::Serialize for DescribeInstancesStatusRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInstancesStatusRequest",
            usize::from(self.instance_ids.is_some()) + usize::from(self.offset.is_some())
                + usize::from(self.limit.is_some()),
        )?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInstancesStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeInstancesStatusRequest {
    const NAME: &'static str = "DescribeInstancesStatusRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "Offset", "Limit"];
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
        ::core::result::Result::Ok(Self {
            instance_ids: r.or_default(f0),
            offset: r.or_default(f1),
            limit: r.or_default(f2),
        })
    }
}

impl tencent_action::Request for DescribeInstancesStatusRequest {
    type Action = DescribeInstancesStatus;
}

impl tencent_action::Paginated for DescribeInstancesStatusRequest {
    type Item = InstanceStatus;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<InstanceStatus>> {
        page.instance_status_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the network billing methods (查询网络计费类型): the request of `DescribeInternetChargeTypeConfigs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInternetChargeTypeConfigs`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeInternetChargeTypeConfigsRequest {}

impl serde::Serialize for DescribeInternetChargeTypeConfigsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeInternetChargeTypeConfigsRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeInternetChargeTypeConfigsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeInternetChargeTypeConfigsRequest {
    const NAME: &'static str = "DescribeInternetChargeTypeConfigsRequest";
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

impl tencent_action::Request for DescribeInternetChargeTypeConfigsRequest {
    type Action = DescribeInternetChargeTypeConfigs;
}

/// Queries the list of key pairs (查询密钥对列表): the request of `DescribeKeyPairs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeKeyPairs`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeKeyPairsRequest {
    /// Key pair ID(s) in the format of `skey-11112222`. This API supports using multiple IDs as filters at the same time. For more information on the format of this parameter, see the `id.N` section in [API Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1). You cannot specify `KeyIds` and `Filters` at the same time. You can log in to the [console](https://console.cloud.tencent.com/cvm/index) to query the key pair IDs.
    ///
    /// 密钥对ID，密钥对ID形如：`skey-11112222`（此接口支持同时传入多个ID进行过滤。此参数的具体格式可参考 API [简介](https://cloud.tencent.com/document/api/213/15688)的 `id.N` 一节）。参数不支持同时指定 `KeyIds` 和 `Filters`。密钥对ID可以通过登录[控制台](https://console.cloud.tencent.com/cvm/index)查询。
    pub key_ids: Option<Vec<String>>,
    /// Filters
    ///
    /// -  `project-id` - Integer - Optional - Filter by project ID. To view the list of project IDs, you can go to [Project Management](https://console.cloud.tencent.com/project), or call the `DescribeProject` API and look for `projectId` in the response.
    ///
    /// -  `key-name` - String - Optional - Filter by key pair name.
    ///
    /// You cannot specify `KeyIds` and `Filters` at the same time.
    ///
    /// 过滤条件。
    ///
    /// -  project-id - Integer - 是否必填：否 -（过滤条件）按照项目ID过滤。可以通过[项目列表](https://console.cloud.tencent.com/project)查询项目ID，或者调用接口 [DescribeProjects](https://cloud.tencent.com/document/api/651/78725)，取返回信息中的projectId获取项目ID。
    ///
    /// -  key-name - String - 是否必填：否 -（过滤条件）按照密钥对名称过滤。
    ///
    /// -  tag-key - String - 是否必填：否 -（过滤条件）按照标签键过滤。
    ///
    /// -  tag-value - String - 是否必填：否 -（过滤条件）按照标签值过滤。
    ///
    /// -  tag:tag-key - String - 是否必填：否 -（过滤条件）按照标签键值对过滤。tag-key使用具体的标签键进行替换。
    ///
    /// 参数不支持同时指定 `KeyIds` 和 `Filters`。
    pub filters: Option<Vec<Filter>>,
    /// Offset. The default value is `0`. For more information on `Offset`, see the relevant section in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于 `Offset` 的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// Number of results returned; default value: 20; maximum: 100. For more information on `Limit`, see the corresponding section in API [Introduction](https://intl.cloud.tencent.com/document/product/377).
    ///
    /// 返回数量，默认为20，最大值为100。关于 `Limit` 的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
}

impl serde::Serialize for DescribeKeyPairsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeKeyPairsRequest",
            usize::from(self.key_ids.is_some()) + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some()),
        )?;
        s.optional("KeyIds", &self.key_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeKeyPairsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeKeyPairsRequest {
    const NAME: &'static str = "DescribeKeyPairsRequest";
    const FIELDS: &'static [&'static str] = &["KeyIds", "Filters", "Offset", "Limit"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            key_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
        })
    }
}

impl tencent_action::Request for DescribeKeyPairsRequest {
    type Action = DescribeKeyPairs;
}

impl tencent_action::Paginated for DescribeKeyPairsRequest {
    type Item = KeyPair;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<KeyPair>> {
        page.key_pair_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries instance launch template versions (查询实例模板版本信息): the request of `DescribeLaunchTemplateVersions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeLaunchTemplateVersions`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLaunchTemplateVersionsRequest {
    /// The launch template ID
    ///
    /// 启动模板ID。
    pub launch_template_id: String,
    /// List of instance launch templates.
    ///
    /// 实例启动模板列表。
    pub launch_template_versions: Option<Vec<u64>>,
    /// The minimum version number specified, which defaults to 0.
    ///
    /// 通过范围指定版本时的最小版本号，默认为0。
    pub min_version: Option<u64>,
    /// The maximum version number specified, which defaults to 30.
    ///
    /// 通过范围指定版本时的最大版本号，默认为30。
    pub max_version: Option<u64>,
    /// The offset. Default value: 0. For more information on `Offset`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<u64>,
    /// The number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<u64>,
    /// Specify whether to query the default version. This parameter and `LaunchTemplateVersions` cannot be specified at the same time.
    ///
    /// 是否查询默认版本。默认值：false
    pub default_version: Option<bool>,
}

impl serde::Serialize for DescribeLaunchTemplateVersionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeLaunchTemplateVersionsRequest",
            1 + usize::from(self.launch_template_versions.is_some())
                + usize::from(self.min_version.is_some())
                + usize::from(self.max_version.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some())
                + usize::from(self.default_version.is_some()),
        )?;
        s.field("LaunchTemplateId", &self.launch_template_id)?;
        s.optional("LaunchTemplateVersions", &self.launch_template_versions)?;
        s.optional("MinVersion", &self.min_version)?;
        s.optional("MaxVersion", &self.max_version)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.optional("DefaultVersion", &self.default_version)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeLaunchTemplateVersionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeLaunchTemplateVersionsRequest {
    const NAME: &'static str = "DescribeLaunchTemplateVersionsRequest";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateId",
        "LaunchTemplateVersions",
        "MinVersion",
        "MaxVersion",
        "Offset",
        "Limit",
        "DefaultVersion",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    launch_template_id: f0,
                    launch_template_versions: r.or_default(f1),
                    min_version: r.or_default(f2),
                    max_version: r.or_default(f3),
                    offset: r.or_default(f4),
                    limit: r.or_default(f5),
                    default_version: r.or_default(f6),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeLaunchTemplateVersionsRequest {
    /// The request with its required members (`LaunchTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl Into<String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions: None,
            min_version: None,
            max_version: None,
            offset: None,
            limit: None,
            default_version: None,
        }
    }
}

impl tencent_action::Request for DescribeLaunchTemplateVersionsRequest {
    type Action = DescribeLaunchTemplateVersions;
}

impl tencent_action::Paginated for DescribeLaunchTemplateVersionsRequest {
    type Item = LaunchTemplateVersionInfo;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<LaunchTemplateVersionInfo>> {
        page.launch_template_version_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries instance launch templates (查询实例启动模板): the request of `DescribeLaunchTemplates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeLaunchTemplates`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLaunchTemplatesRequest {
    /// Instance launch template ID. ID of one or more instance launch templates. If not specified, all templates of the user will be displayed.
    ///
    /// 启动模板ID，一个或者多个启动模板ID。若未指定，则显示用户所有模板。
    pub launch_template_ids: Option<Vec<String>>,
    /// Filter by \[LaunchTemplateName\].
    ///
    /// Type: String
    ///
    /// Optional
    ///
    /// The maximum number of `Filters` in each request is 10. The upper limit for `Filter.Values` is 5. This parameter cannot specify `LaunchTemplateIds` and `Filters` at the same time.
    ///
    /// - LaunchTemplateName
    ///
    /// 按照【实例启动模板名称】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-key
    ///
    /// 按照【标签键】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag-value
    ///
    /// 按照【标签值】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - tag:tag-key
    ///
    /// 按照【标签键值对】进行过滤。tag-key使用具体的标签键进行替换。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。参数不支持同时指定`LaunchTemplateIds`和`Filters`。
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default value: 0. For more information on `Offset`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: Option<i64>,
    /// The number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: Option<i64>,
}

impl serde::Serialize for DescribeLaunchTemplatesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeLaunchTemplatesRequest",
            usize::from(self.launch_template_ids.is_some())
                + usize::from(self.filters.is_some())
                + usize::from(self.offset.is_some()) + usize::from(self.limit.is_some()),
        )?;
        s.optional("LaunchTemplateIds", &self.launch_template_ids)?;
        s.optional("Filters", &self.filters)?;
        s.optional("Offset", &self.offset)?;
        s.optional("Limit", &self.limit)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeLaunchTemplatesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeLaunchTemplatesRequest {
    const NAME: &'static str = "DescribeLaunchTemplatesRequest";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateIds",
        "Filters",
        "Offset",
        "Limit",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            launch_template_ids: r.or_default(f0),
            filters: r.or_default(f1),
            offset: r.or_default(f2),
            limit: r.or_default(f3),
        })
    }
}

impl tencent_action::Request for DescribeLaunchTemplatesRequest {
    type Action = DescribeLaunchTemplates;
}

impl tencent_action::Paginated for DescribeLaunchTemplatesRequest {
    type Item = LaunchTemplateInfo;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<LaunchTemplateInfo>> {
        page.launch_template_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the list of regions (查询地域列表): the request of `DescribeRegions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRegions`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeRegionsRequest {}

impl serde::Serialize for DescribeRegionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeRegionsRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeRegionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeRegionsRequest {
    const NAME: &'static str = "DescribeRegionsRequest";
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

impl tencent_action::Request for DescribeRegionsRequest {
    type Action = DescribeRegions;
}

/// 查询实例资源池内已创建的实例列表: the request of `DescribeResourcePoolPackInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeResourcePoolPackInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeResourcePoolPackInstancesRequest {
    /// 实例资源池ID列表。形如：rpp-39kj2fsb。每次请求的实例的上限为100。
    pub dedicated_resource_pack_ids: Vec<String>,
}

impl serde::Serialize for DescribeResourcePoolPackInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeResourcePoolPackInstancesRequest",
            1,
        )?;
        s.field("DedicatedResourcePackIds", &self.dedicated_resource_pack_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeResourcePoolPackInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeResourcePoolPackInstancesRequest {
    const NAME: &'static str = "DescribeResourcePoolPackInstancesRequest";
    const FIELDS: &'static [&'static str] = &["DedicatedResourcePackIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    dedicated_resource_pack_ids: f0,
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeResourcePoolPackInstancesRequest {
    /// The request with its required members (`DedicatedResourcePackIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        dedicated_resource_pack_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            dedicated_resource_pack_ids: dedicated_resource_pack_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DescribeResourcePoolPackInstancesRequest {
    type Action = DescribeResourcePoolPackInstances;
}

/// 查询支持实例资源池的机型规格列表: the request of `DescribeResourcePoolPackTypeConfigs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeResourcePoolPackTypeConfigs`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeResourcePoolPackTypeConfigsRequest {
    /// - zone
    ///
    /// 按照【可用区】进行过滤。形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：是
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - instance-family
    ///
    /// 按照【实例族】进行过滤。形如：SA9。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-type
    ///
    /// 按照【实例规格】进行过滤。形如：SA9.96XLARGE1152。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10。
    pub filters: Vec<Filter>,
}

impl serde::Serialize for DescribeResourcePoolPackTypeConfigsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeResourcePoolPackTypeConfigsRequest",
            1,
        )?;
        s.field("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeResourcePoolPackTypeConfigsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for DescribeResourcePoolPackTypeConfigsRequest {
    const NAME: &'static str = "DescribeResourcePoolPackTypeConfigsRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { filters: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl DescribeResourcePoolPackTypeConfigsRequest {
    /// The request with its required members (`Filters`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(filters: impl IntoIterator<Item = Filter>) -> Self {
        Self {
            filters: filters.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DescribeResourcePoolPackTypeConfigsRequest {
    type Action = DescribeResourcePoolPackTypeConfigs;
}

/// 查询实例资源池预扣包列表: the request of `DescribeResourcePoolPacks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeResourcePoolPacks`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResourcePoolPacksRequest {
    /// 返回数量，默认值为10，最小值为10，最大值为100。
    pub max_results: Option<i64>,
    /// 分页标记，用于获取下一页数据。
    pub next_token: Option<String>,
    /// - dedicated-resource-pack-id
    ///
    /// 按照【实例资源池ID】进行过滤。形如：rpp-rn99mzt2。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - zone
    ///
    /// 按照【可用区】进行过滤。形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - instance-family
    ///
    /// 按照【实例类型】进行过滤。形如：SA9。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-type
    ///
    /// 按照【实例规格】进行过滤。形如：SA9.96XLARGE1152。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - status
    ///
    /// 按照【实例资源池状态】进行过滤。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：CREATING (创建中) | ACTIVE (运行中) | RETIRED (已过期)
    ///
    /// 每次请求的`Filters`的上限为10。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeResourcePoolPacksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeResourcePoolPacksRequest",
            usize::from(self.max_results.is_some())
                + usize::from(self.next_token.is_some())
                + usize::from(self.filters.is_some()),
        )?;
        s.optional("MaxResults", &self.max_results)?;
        s.optional("NextToken", &self.next_token)?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeResourcePoolPacksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeResourcePoolPacksRequest {
    const NAME: &'static str = "DescribeResourcePoolPacksRequest";
    const FIELDS: &'static [&'static str] = &["MaxResults", "NextToken", "Filters"];
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
        ::core::result::Result::Ok(Self {
            max_results: r.or_default(f0),
            next_token: r.or_default(f1),
            filters: r.or_default(f2),
        })
    }
}

impl tencent_action::Request for DescribeResourcePoolPacksRequest {
    type Action = DescribeResourcePoolPacks;
}

impl tencent_action::Paginated for DescribeResourcePoolPacksRequest {
    type Item = ResourcePoolPack;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Token;
    fn token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
    fn set_token(&mut self, token: String) {
        self.next_token = Some(token);
    }
    fn next_token(page: &Self::Action) -> Option<&str> {
        page.next_token.as_deref()
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<ResourcePoolPack>> {
        page.dedicated_resource_pack_set.as_mut()
    }
}

/// 查询维修任务列表: the request of `DescribeTaskInfo`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTaskInfo`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTaskInfoRequest {
    /// 返回数量，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub limit: i64,
    /// 偏移量。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。
    pub offset: i64,
    /// 按照指定的产品类型查询，支持取值：
    ///
    /// - `CVM`：云服务器
    ///
    /// - `CDH`：专用宿主机
    ///
    /// - `CPM2.0`：裸金属云服务器
    ///
    /// 未传入或为空时，默认查询全部产品类型。
    pub product: Option<String>,
    /// 按照一个或多个任务状态ID进行过滤。
    ///
    /// `TaskStatus`（任务状态ID）与任务状态中文名的对应关系如下：
    ///
    /// - `1`：待授权
    ///
    /// - `2`：处理中
    ///
    /// - `3`：已结束
    ///
    /// - `4`：已预约
    ///
    /// - `5`：已取消
    ///
    /// - `6`：已避免
    ///
    /// 各任务状态的具体含义，可参考 [任务状态](https://cloud.tencent.com/document/product/213/67789#.E4.BB.BB.E5.8A.A1.E7.8A.B6.E6.80.81)。
    pub task_status: Option<Vec<i64>>,
    /// 按照一个或多个任务类型ID进行过滤。
    ///
    /// `TaskTypeId`（任务类型ID）与任务类型中文名的对应关系如下：
    ///
    /// - `101`：实例运行隐患
    ///
    /// - `102`：实例运行异常
    ///
    /// - `103`：实例硬盘异常
    ///
    /// - `104`：实例网络连接异常
    ///
    /// - `105`：实例运行预警
    ///
    /// - `106`：实例硬盘预警
    ///
    /// - `107`：实例维护升级
    ///
    /// 各任务类型的具体含义，可参考 [维修任务分类](https://cloud.tencent.com/document/product/213/67789#.E7.BB.B4.E4.BF.AE.E4.BB.BB.E5.8A.A1.E5.88.86.E7.B1.BB)。
    pub task_type_ids: Option<Vec<i64>>,
    /// 按照一个或者多个任务ID查询。任务ID形如：`rep-xxxxxxxx`。
    pub task_ids: Option<Vec<String>>,
    /// 按照一个或者多个实例ID查询。实例ID形如：`ins-xxxxxxxx`，可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Option<Vec<String>>,
    /// 按照一个或者多个实例名称查询。
    pub aliases: Option<Vec<String>>,
    /// 时间查询区间的起始位置，会根据任务创建时间`CreateTime`进行过滤，格式为`YYYY-MM-DD hh:mm:ss`。未传入时默认为当天`00:00:00`。
    pub start_date: Option<String>,
    /// 时间查询区间的终止位置，会根据任务创建时间`CreateTime`进行过滤，格式为`YYYY-MM-DD hh:mm:ss`。未传入时默认为当前时刻。
    pub end_date: Option<String>,
    /// 指定返回维修任务列表的排序字段，目前支持：
    ///
    /// - `CreateTime`：任务创建时间
    ///
    /// - `AuthTime`：任务授权时间
    ///
    /// - `EndTime`：任务结束时间
    ///
    /// 未传入时或为空时，默认按`CreateTime`字段进行排序。
    pub order_field: Option<String>,
    /// 排序方式，目前支持：
    ///
    /// - `0`：升序（默认）
    ///
    /// - `1`：降序
    ///
    /// 未传入或为空时，默认按升序排序。
    pub order: Option<i64>,
}

impl serde::Serialize for DescribeTaskInfoRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeTaskInfoRequest",
            2 + usize::from(self.product.is_some())
                + usize::from(self.task_status.is_some())
                + usize::from(self.task_type_ids.is_some())
                + usize::from(self.task_ids.is_some())
                + usize::from(self.instance_ids.is_some())
                + usize::from(self.aliases.is_some())
                + usize::from(self.start_date.is_some())
                + usize::from(self.end_date.is_some())
                + usize::from(self.order_field.is_some())
                + usize::from(self.order.is_some()),
        )?;
        s.field("Limit", &self.limit)?;
        s.field("Offset", &self.offset)?;
        s.optional("Product", &self.product)?;
        s.optional("TaskStatus", &self.task_status)?;
        s.optional("TaskTypeIds", &self.task_type_ids)?;
        s.optional("TaskIds", &self.task_ids)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("Aliases", &self.aliases)?;
        s.optional("StartDate", &self.start_date)?;
        s.optional("EndDate", &self.end_date)?;
        s.optional("OrderField", &self.order_field)?;
        s.optional("Order", &self.order)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeTaskInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeTaskInfoRequest {
    const NAME: &'static str = "DescribeTaskInfoRequest";
    const FIELDS: &'static [&'static str] = &[
        "Limit",
        "Offset",
        "Product",
        "TaskStatus",
        "TaskTypeIds",
        "TaskIds",
        "InstanceIds",
        "Aliases",
        "StartDate",
        "EndDate",
        "OrderField",
        "Order",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    limit: f0,
                    offset: f1,
                    product: r.or_default(f2),
                    task_status: r.or_default(f3),
                    task_type_ids: r.or_default(f4),
                    task_ids: r.or_default(f5),
                    instance_ids: r.or_default(f6),
                    aliases: r.or_default(f7),
                    start_date: r.or_default(f8),
                    end_date: r.or_default(f9),
                    order_field: r.or_default(f10),
                    order: r.or_default(f11),
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

impl DescribeTaskInfoRequest {
    /// The request with its required members (`Limit`, `Offset`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(limit: i64, offset: i64) -> Self {
        Self {
            limit,
            offset,
            product: None,
            task_status: None,
            task_type_ids: None,
            task_ids: None,
            instance_ids: None,
            aliases: None,
            start_date: None,
            end_date: None,
            order_field: None,
            order: None,
        }
    }
}

impl tencent_action::Request for DescribeTaskInfoRequest {
    type Action = DescribeTaskInfo;
}

impl tencent_action::Paginated for DescribeTaskInfoRequest {
    type Item = RepairTaskInfo;
    const PAGE_BY: tencent_action::PageBy = tencent_action::PageBy::Offset;
    fn start(&self) -> Option<u64> {
        tencent_action::Count::count(&self.offset)
    }
    fn set_start(&mut self, start: u64) {
        tencent_action::Count::set_count(&mut self.offset, start)
    }
    fn page_size(&self) -> Option<u64> {
        tencent_action::Count::count(&self.limit)
    }
    fn items(page: &mut Self::Action) -> Option<&mut Vec<RepairTaskInfo>> {
        page.repair_task_info_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the configurations of models in an availability zone (获取可用区机型配置信息): the request of `DescribeZoneInstanceConfigInfos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeZoneInstanceConfigInfos`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeZoneInstanceConfigInfosRequest {
    /// -  instance-charge-type-String-required: no-(filter) billing mode of instances. (POSTPAID_BY_HOUR: pay-as-you-go billing by hour | SPOTPAID: spot billing, which is suitable for a \[spot instance\] (<https://intl.cloud.Tencent.com/document/product/213/17817>) | CDHPAID: CDH billing, that is, billing only for CDH, but not for the instances on CDH. )
    ///
    /// - zone
    ///
    /// 按照【可用区】进行过滤。可用区形如：ap-guangzhou-6。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    ///
    /// - instance-family
    ///
    /// 按照【实例机型系列】进行过滤。实例机型系列形如：S1、I1、M1等。具体取值参见[实例类型](https://cloud.tencent.com/document/product/213/11518)描述。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-type
    ///
    /// 按照【实例机型】进行过滤。不同实例机型指定了不同的资源规格，具体取值可通过调用接口 [DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/product/213/15749) 来获得最新的规格表或参见[实例类型](https://cloud.tencent.com/document/product/213/11518)描述。若不指定该参数，则默认查询筛选条件下所有机型。
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - instance-charge-type
    ///
    /// 按照【实例计费模式】进行过滤。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：后付费，即按量计费
    ///
    /// - CDHPAID：独享子机
    ///
    /// - SPOTPAID：竞价付费
    ///
    /// - CDCPAID：专用集群付费
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// - sort-keys
    ///
    /// 按关键字进行排序,格式为排序字段加排序方式，中间用冒号分隔。 例如： 按cpu数逆序排序 "cpu:desc", 按mem大小顺序排序 "mem:asc"
    ///
    /// 类型：String
    ///
    /// 必选：否
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。
    pub filters: Option<Vec<Filter>>,
}

impl serde::Serialize for DescribeZoneInstanceConfigInfosRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeZoneInstanceConfigInfosRequest",
            usize::from(self.filters.is_some()),
        )?;
        s.optional("Filters", &self.filters)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeZoneInstanceConfigInfosRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeZoneInstanceConfigInfosRequest {
    const NAME: &'static str = "DescribeZoneInstanceConfigInfosRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];
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
        ::core::result::Result::Ok(Self { filters: r.or_default(f0) })
    }
}

impl tencent_action::Request for DescribeZoneInstanceConfigInfosRequest {
    type Action = DescribeZoneInstanceConfigInfos;
}

/// Queries a list of availability zones (查询可用区列表): the request of `DescribeZones`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeZones`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeZonesRequest {}

impl serde::Serialize for DescribeZonesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let s = tencent_action::__private::lean::fields(
            serializer,
            "DescribeZonesRequest",
            0,
        )?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DescribeZonesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DescribeZonesRequest {
    const NAME: &'static str = "DescribeZonesRequest";
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

impl tencent_action::Request for DescribeZonesRequest {
    type Action = DescribeZones;
}

/// Disassociates key pairs from instances (解绑密钥对): the request of `DisassociateInstancesKeyPairs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateInstancesKeyPairs`].
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateInstancesKeyPairsRequest {
    /// Instance ID(s). The maximum number of instances in each request is 100.
    ///
    /// You can obtain the available instance IDs in two ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/index) to query the instance IDs.
    ///
    /// - Call [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 一个或多个待操作的实例ID，每次请求批量实例的上限为100。
    ///
    /// 可以通过以下方式获取可用的实例ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/index)查询实例ID。
    ///
    /// - 通过调用接口 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) ，取返回信息中的 `InstanceId` 获取实例ID。
    pub instance_ids: Vec<String>,
    /// List of key pair IDs. The maximum number of key pairs in each request is 100. The key pair ID is in the format of `skey-11112222`.
    ///
    /// You can obtain the available key pair IDs in two ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/sshkey) to query the key pair IDs.
    ///
    /// - Call [DescribeKeyPairs](https://intl.cloud.tencent.com/document/api/213/15699?from_cn_redirect=1) and look for `KeyId` in the response.
    ///
    /// 密钥对ID列表，列表长度上限为100。可以通过以下方式获取可用的密钥ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/sshkey)查询密钥ID。
    ///
    /// - 通过调用接口 [DescribeKeyPairs](https://cloud.tencent.com/document/api/213/15699) ，取返回信息中的 `KeyId` 获取密钥对ID。
    pub key_ids: Vec<String>,
    /// Whether to force shut down a running instances. It is recommended to manually shut down a running instance before disassociating a key pair from it. Valid values:
    ///
    /// - TRUE: force shut down an instance after a normal shutdown fails.
    ///
    /// - FALSE: do not force shut down an instance after a normal shutdown fails.
    ///
    /// Default value: FALSE.
    ///
    /// 是否强制关机，默认值为 false。常规场景下，建议手动关机后解绑密钥。取值范围：
    ///
    /// - true：先执行强制关机，再解绑密钥。
    ///
    /// - false：不执行强制关机，仅支持对已关机状态实例进行解绑操作。
    pub force_stop: Option<bool>,
}

impl serde::Serialize for DisassociateInstancesKeyPairsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DisassociateInstancesKeyPairsRequest",
            2 + usize::from(self.force_stop.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("KeyIds", &self.key_ids)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DisassociateInstancesKeyPairsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DisassociateInstancesKeyPairsRequest {
    const NAME: &'static str = "DisassociateInstancesKeyPairsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "KeyIds", "ForceStop"];
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
                    instance_ids: f0,
                    key_ids: f1,
                    force_stop: r.or_default(f2),
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

impl DisassociateInstancesKeyPairsRequest {
    /// The request with its required members (`InstanceIds`, `KeyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        key_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            key_ids: key_ids.into_iter().map(Into::into).collect(),
            force_stop: None,
        }
    }
}

impl tencent_action::Request for DisassociateInstancesKeyPairsRequest {
    type Action = DisassociateInstancesKeyPairs;
}

/// Disassociates security groups from instances (解绑安全组): the request of `DisassociateSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateSecurityGroups`].
#[derive(Debug, Clone, PartialEq)]
pub struct DisassociateSecurityGroupsRequest {
    /// ID of the security group to be disassociated, such as `sg-efil73jd`. Only one security group can be disassociated.
    ///
    /// 要解绑的`安全组ID`，类似sg-efil73jd，只支持解绑单个安全组。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`SecurityGroupIds`获取实例绑定的安全组。
    pub security_group_ids: Vec<String>,
    /// ID(s) of the instance(s) to be disassociated,such as `ins-lesecurk`. You can specify multiple instances.
    ///
    /// 被解绑的`实例ID`，类似ins-lesecurk，支持指定多个实例，每次请求批量实例的上限为100。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for DisassociateSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DisassociateSecurityGroupsRequest",
            2,
        )?;
        s.field("SecurityGroupIds", &self.security_group_ids)?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for DisassociateSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for DisassociateSecurityGroupsRequest {
    const NAME: &'static str = "DisassociateSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIds", "InstanceIds"];
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
                ::core::result::Result::Ok(Self {
                    security_group_ids: f0,
                    instance_ids: f1,
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

impl DisassociateSecurityGroupsRequest {
    /// The request with its required members (`SecurityGroupIds`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisassociateSecurityGroupsRequest {
    type Action = DisassociateSecurityGroups;
}

/// Enters the rescue mode (进入救援模式): the request of `EnterRescueMode`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnterRescueMode`].
#[derive(Debug, Clone, PartialEq)]
pub struct EnterRescueModeRequest {
    /// Instance ID Needs to Enter Rescue Mode
    ///
    /// 需要进入救援模式的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// System Password in Rescue Mode
    ///
    /// 救援模式下系统密码。不同操作系统类型密码复杂度限制不一样，具体如下：
    ///
    /// - Linux实例密码必须8到30位，至少包括两项\[a-z\]，\[A-Z\]、\[0-9\] 和 \[( ) \` ~ ! @ # $ % ^ & *  - + = | { } \[ \] : ; ' , . ? / \]中的特殊符号。\</li\>\<li\>Windows实例密码必须12到30位，至少包括三项\[a-z\]，\[A-Z\]，\[0-9\] 和 \[( ) \` ~ ! @ # $ % ^ & * - + = | { } \[ \] : ; ' , . ? /\]中的特殊符号。
    pub password: String,
    /// System Username in Rescue Mode
    ///
    /// 救援模式下系统用户名
    pub username: Option<String>,
    /// Whether to perform forced shutdown.
    ///
    /// 是否强制关机。本参数已弃用，推荐使用StopType，不可以与参数StopType同时使用。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub force_stop: Option<bool>,
    /// The shutdown mode of the instance. Valid values:
    ///
    /// - SOFT_FIRST: Indicates a forced shutdown after a graceful shutdown fails
    ///
    /// - HARD: Direct forced shutdown
    ///
    /// - SOFT: Soft shutdown only
    ///
    /// Default value: SOFT.
    ///
    /// 实例的关闭模式。取值范围：
    ///
    /// - SOFT_FIRST：表示在正常关闭失败后进行强制关闭
    ///
    /// - HARD：直接强制关闭
    ///
    /// - SOFT：仅软关机
    ///
    /// 默认取值：SOFT。
    pub stop_type: Option<String>,
}

impl serde::Serialize for EnterRescueModeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "EnterRescueModeRequest",
            2 + usize::from(self.username.is_some())
                + usize::from(self.force_stop.is_some())
                + usize::from(self.stop_type.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("Password", &self.password)?;
        s.optional("Username", &self.username)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.optional("StopType", &self.stop_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for EnterRescueModeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for EnterRescueModeRequest {
    const NAME: &'static str = "EnterRescueModeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "Password",
        "Username",
        "ForceStop",
        "StopType",
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
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    password: f1,
                    username: r.or_default(f2),
                    force_stop: r.or_default(f3),
                    stop_type: r.or_default(f4),
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

impl EnterRescueModeRequest {
    /// The request with its required members (`InstanceId`, `Password`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            password: password.into(),
            username: None,
            force_stop: None,
            stop_type: None,
        }
    }
}

impl tencent_action::Request for EnterRescueModeRequest {
    type Action = EnterRescueMode;
}

/// Exits the rescue mode (退出救援模式): the request of `ExitRescueMode`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ExitRescueMode`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExitRescueModeRequest {
    /// Instance ID Exiting Rescue Mode
    ///
    /// 退出救援模式的实例id。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
}

impl serde::Serialize for ExitRescueModeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ExitRescueModeRequest",
            1,
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ExitRescueModeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ExitRescueModeRequest {
    const NAME: &'static str = "ExitRescueModeRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_id: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ExitRescueModeRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for ExitRescueModeRequest {
    type Action = ExitRescueMode;
}

/// Exports custom images (导出自定义镜像): the request of `ExportImages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ExportImages`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExportImagesRequest {
    /// COS bucket name
    ///
    /// COS存储桶名称。
    ///
    /// 可通过 [List Buckets](https://cloud.tencent.com/document/product/436/8291) 接口查询请求者名下的所有存储桶列表或特定地域下的存储桶列表。
    pub bucket_name: String,
    /// List of image IDs
    ///
    /// 镜像ID列表。调用 ExportImages 接口时，参数 ImageIds 和 SnapshotIds 为二选一必填参数，目前参数 SnapshotIds 暂未对外开放。
    ///
    /// 可通过 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) 接口返回值中的`ImageId`获取。
    pub image_ids: Option<Vec<String>>,
    /// Format of the exported image file. Valid values: `RAW`, `QCOW2`, `VHD` and `VMDK`. Default value: `RAW`.
    ///
    /// 镜像文件导出格式。取值范围：RAW，QCOW2，VHD，VMDK。默认为RAW
    pub export_format: Option<String>,
    /// Prefix list of the name of exported files
    ///
    /// 导出文件的名称前缀列表。
    ///
    /// 默认导出文件无名称前缀。
    pub file_name_prefix_list: Option<Vec<String>>,
    /// Whether to export only the system disk
    ///
    /// 是否只导出系统盘。
    ///
    /// 默认值：false
    pub only_export_root_disk: Option<bool>,
    /// Check whether the image can be exported
    ///
    /// 检测镜像是否支持导出。
    ///
    /// 默认值：false
    pub dry_run: Option<bool>,
    /// Role name (Default: `CVM_QcsRole`). Before exporting the images, make sure the role exists, and it has write permission to COS.
    ///
    /// 角色名称。默认为CVM_QcsRole，发起请求前请确认是否存在该角色，以及是否已正确配置COS写入权限。
    pub role_name: Option<String>,
}

impl serde::Serialize for ExportImagesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ExportImagesRequest",
            1 + usize::from(self.image_ids.is_some())
                + usize::from(self.export_format.is_some())
                + usize::from(self.file_name_prefix_list.is_some())
                + usize::from(self.only_export_root_disk.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.role_name.is_some()),
        )?;
        s.field("BucketName", &self.bucket_name)?;
        s.optional("ImageIds", &self.image_ids)?;
        s.optional("ExportFormat", &self.export_format)?;
        s.optional("FileNamePrefixList", &self.file_name_prefix_list)?;
        s.optional("OnlyExportRootDisk", &self.only_export_root_disk)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("RoleName", &self.role_name)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ExportImagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ExportImagesRequest {
    const NAME: &'static str = "ExportImagesRequest";
    const FIELDS: &'static [&'static str] = &[
        "BucketName",
        "ImageIds",
        "ExportFormat",
        "FileNamePrefixList",
        "OnlyExportRootDisk",
        "DryRun",
        "RoleName",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    bucket_name: f0,
                    image_ids: r.or_default(f1),
                    export_format: r.or_default(f2),
                    file_name_prefix_list: r.or_default(f3),
                    only_export_root_disk: r.or_default(f4),
                    dry_run: r.or_default(f5),
                    role_name: r.or_default(f6),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ExportImagesRequest {
    /// The request with its required members (`BucketName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bucket_name: impl Into<String>) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            image_ids: None,
            export_format: None,
            file_name_prefix_list: None,
            only_export_root_disk: None,
            dry_run: None,
            role_name: None,
        }
    }
}

impl tencent_action::Request for ExportImagesRequest {
    type Action = ExportImages;
}

/// Imports images (外部镜像导入): the request of `ImportImage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ImportImage`].
#[derive(Debug, Clone, PartialEq)]
pub struct ImportImageRequest {
    /// OS architecture of the image to be imported, `x86_64` or `i386`.
    ///
    /// 导入镜像的操作系统架构。
    ///
    /// 取值范围包括：`x86_64` 、`i386`、`arm_64`
    pub architecture: String,
    /// OS type of the image to be imported. You can call `DescribeImportImageOs` to obtain the list of supported operating systems.
    ///
    /// 导入镜像的操作系统类型 。
    ///
    /// 可通过 [DescribeImportImageOs](https://cloud.tencent.com/document/api/213/15718) 接口返回值中的`ImportImageOsListSupported`获取。
    pub os_type: String,
    /// OS version of the image to be imported. You can call `DescribeImportImageOs` to obtain the list of supported operating systems.
    ///
    /// 导入镜像的操作系统版本。
    ///
    /// 可通过 [DescribeImportImageOs](https://cloud.tencent.com/document/api/213/15718) 接口返回值中的`ImportImageOsVersionSet`获取。
    pub os_version: String,
    /// Address on COS where the image to be imported is stored.
    ///
    /// 导入镜像存放的cos地址
    pub image_url: String,
    /// Image name
    ///
    /// 镜像名称。
    ///
    /// 最多支持 60 个字符。
    pub image_name: String,
    /// Image description
    ///
    /// 镜像描述。
    ///
    /// 最多支持 256 个字符。
    pub image_description: Option<String>,
    /// Dry run to check the parameters without performing the operation
    ///
    /// 只检查参数，不执行任务。
    ///
    /// 默认值：false
    pub dry_run: Option<bool>,
    /// Whether to force import the image. For more information, see [Forcibly Import Image](https://intl.cloud.tencent.com/document/product/213/12849).
    ///
    /// 是否强制导入，参考[强制导入镜像](https://cloud.tencent.com/document/product/213/12849)
    ///
    /// 默认值：false
    pub force: Option<bool>,
    /// Tag description list. This parameter is used to bind a tag to a custom image.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到自定义镜像。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// The license type used to activate the OS after importing an image.
    ///
    /// Valid values:
    ///
    /// `TencentCloud`: Tencent Cloud official license
    ///
    /// `BYOL`: Bring Your Own License
    ///
    /// 导入镜像后，激活操作系统采用的许可证类型。
    ///
    /// 默认值：TencentCloud
    ///
    /// 取值范围：
    ///
    /// TencentCloud: 腾讯云官方许可
    ///
    /// BYOL: 自带许可（Bring Your Own License）
    pub license_type: Option<String>,
    /// Boot mode
    ///
    /// 启动模式。
    ///
    /// 取值范围：`Legacy BIOS`、`UEFI`
    ///
    /// 默认值：Legacy BIOS
    pub boot_mode: Option<String>,
    /// Image family
    ///
    /// 镜像族
    pub image_family: Option<String>,
    /// 导入的数据盘列表
    pub import_image_data_disk_list: Option<Vec<ImportImageDataDisk>>,
}

impl serde::Serialize for ImportImageRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImportImageRequest",
            5 + usize::from(self.image_description.is_some())
                + usize::from(self.dry_run.is_some()) + usize::from(self.force.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.license_type.is_some())
                + usize::from(self.boot_mode.is_some())
                + usize::from(self.image_family.is_some())
                + usize::from(self.import_image_data_disk_list.is_some()),
        )?;
        s.field("Architecture", &self.architecture)?;
        s.field("OsType", &self.os_type)?;
        s.field("OsVersion", &self.os_version)?;
        s.field("ImageUrl", &self.image_url)?;
        s.field("ImageName", &self.image_name)?;
        s.optional("ImageDescription", &self.image_description)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("Force", &self.force)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("LicenseType", &self.license_type)?;
        s.optional("BootMode", &self.boot_mode)?;
        s.optional("ImageFamily", &self.image_family)?;
        s.optional("ImportImageDataDiskList", &self.import_image_data_disk_list)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ImportImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ImportImageRequest {
    const NAME: &'static str = "ImportImageRequest";
    const FIELDS: &'static [&'static str] = &[
        "Architecture",
        "OsType",
        "OsVersion",
        "ImageUrl",
        "ImageName",
        "ImageDescription",
        "DryRun",
        "Force",
        "TagSpecification",
        "LicenseType",
        "BootMode",
        "ImageFamily",
        "ImportImageDataDiskList",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2, f3, f4) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
                ::core::option::Option::Some(f4),
            ) => {
                ::core::result::Result::Ok(Self {
                    architecture: f0,
                    os_type: f1,
                    os_version: f2,
                    image_url: f3,
                    image_name: f4,
                    image_description: r.or_default(f5),
                    dry_run: r.or_default(f6),
                    force: r.or_default(f7),
                    tag_specification: r.or_default(f8),
                    license_type: r.or_default(f9),
                    boot_mode: r.or_default(f10),
                    image_family: r.or_default(f11),
                    import_image_data_disk_list: r.or_default(f12),
                })
            }
            (f0, f1, f2, f3, f4) => {
                ::core::result::Result::Err(
                    r
                        .missing(
                            &[
                                (0, f0.is_none()),
                                (1, f1.is_none()),
                                (2, f2.is_none()),
                                (3, f3.is_none()),
                                (4, f4.is_none()),
                            ],
                        ),
                )
            }
        }
    }
}

impl ImportImageRequest {
    /// The request with its required members (`Architecture`, `OsType`, `OsVersion`, `ImageUrl`, `ImageName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        architecture: impl Into<String>,
        os_type: impl Into<String>,
        os_version: impl Into<String>,
        image_url: impl Into<String>,
        image_name: impl Into<String>,
    ) -> Self {
        Self {
            architecture: architecture.into(),
            os_type: os_type.into(),
            os_version: os_version.into(),
            image_url: image_url.into(),
            image_name: image_name.into(),
            image_description: None,
            dry_run: None,
            force: None,
            tag_specification: None,
            license_type: None,
            boot_mode: None,
            image_family: None,
            import_image_data_disk_list: None,
        }
    }
}

impl tencent_action::Request for ImportImageRequest {
    type Action = ImportImage;
}

/// 导入定时任务: the request of `ImportInstancesActionTimer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ImportInstancesActionTimer`].
#[derive(Debug, Clone, PartialEq)]
pub struct ImportInstancesActionTimerRequest {
    /// 实例id列表，可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
    /// 定时器任务信息，目前仅支持定时销毁。
    pub action_timer: ActionTimer,
}

impl serde::Serialize for ImportInstancesActionTimerRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImportInstancesActionTimerRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("ActionTimer", &self.action_timer)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ImportInstancesActionTimerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ImportInstancesActionTimerRequest {
    const NAME: &'static str = "ImportInstancesActionTimerRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "ActionTimer"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    action_timer: f1,
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

impl ImportInstancesActionTimerRequest {
    /// The request with its required members (`InstanceIds`, `ActionTimer`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        action_timer: ActionTimer,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            action_timer,
        }
    }
}

impl tencent_action::Request for ImportInstancesActionTimerRequest {
    type Action = ImportInstancesActionTimer;
}

/// Imports key pairs (导入密钥对): the request of `ImportKeyPair`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ImportKeyPair`].
#[derive(Debug, Clone, PartialEq)]
pub struct ImportKeyPairRequest {
    /// Key pair name, which can contain numbers, letters, and underscores, with a maximum length of 25 characters.
    ///
    /// 密钥对名称，可由数字，字母和下划线组成，长度不超过25个字符。
    pub key_name: String,
    /// The project ID to which the key pair belongs after it is created.
    ///
    /// You can obtain the project ID in the following ways:
    ///
    /// - Check the project list in the [Project management](https://console.cloud.tencent.com/project) page.
    ///
    /// - Call the `DescribeProject` API and view the `projectId` in the response.
    ///
    /// If you want to use the default project, specify 0 for the parameter.
    ///
    /// 密钥对创建后所属的[项目](https://cloud.tencent.com/document/product/378/10861)ID。
    ///
    /// 可以通过以下方式获取项目ID：
    ///
    /// - 通过[项目列表](https://console.cloud.tencent.com/project)查询项目ID。
    ///
    /// - 通过调用接口 [DescribeProjects](https://cloud.tencent.com/document/api/651/78725)，取返回信息中的 `projectId ` 获取项目ID。
    ///
    /// 如果是默认项目，直接填0就可以。
    pub project_id: i64,
    /// Content of the public key in the key pair in the `OpenSSH RSA` format.
    ///
    /// 密钥对的公钥内容，`OpenSSH RSA` 格式。
    pub public_key: String,
    /// Tag description list. This parameter is used to bind a tag to a key pair.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到密钥对。
    pub tag_specification: Option<Vec<TagSpecification>>,
}

impl serde::Serialize for ImportKeyPairRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImportKeyPairRequest",
            3 + usize::from(self.tag_specification.is_some()),
        )?;
        s.field("KeyName", &self.key_name)?;
        s.field("ProjectId", &self.project_id)?;
        s.field("PublicKey", &self.public_key)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ImportKeyPairRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ImportKeyPairRequest {
    const NAME: &'static str = "ImportKeyPairRequest";
    const FIELDS: &'static [&'static str] = &[
        "KeyName",
        "ProjectId",
        "PublicKey",
        "TagSpecification",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    key_name: f0,
                    project_id: f1,
                    public_key: f2,
                    tag_specification: r.or_default(f3),
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl ImportKeyPairRequest {
    /// The request with its required members (`KeyName`, `ProjectId`, `PublicKey`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        key_name: impl Into<String>,
        project_id: i64,
        public_key: impl Into<String>,
    ) -> Self {
        Self {
            key_name: key_name.into(),
            project_id,
            public_key: public_key.into(),
            tag_specification: None,
        }
    }
}

impl tencent_action::Request for ImportKeyPairRequest {
    type Action = ImportKeyPair;
}

/// 创建实例资源池预扣包询价: the request of `InquirePricePurchaseResourcePoolPacks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePricePurchaseResourcePoolPacks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquirePricePurchaseResourcePoolPacksRequest {
    /// 实例资源池预扣包所在可用区。形如：ap-guangzhou-6。可通过[DescribeZones](https://cloud.tencent.com/document/product/213/15707)接口获取可用区列表。
    pub zone: String,
    /// 实例资源池的规格，仅支持整机/半整机规格。形如：SA9.96XLARGE1152。
    pub instance_type: String,
    /// 实例资源池的数量。1个数量代表1个半整机/整机资源池。
    pub instance_count: i64,
    /// 实例资源池的时长，单位：月。取值范围：1-60。
    pub period: i64,
}

impl serde::Serialize for InquirePricePurchaseResourcePoolPacksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquirePricePurchaseResourcePoolPacksRequest",
            4,
        )?;
        s.field("Zone", &self.zone)?;
        s.field("InstanceType", &self.instance_type)?;
        s.field("InstanceCount", &self.instance_count)?;
        s.field("Period", &self.period)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquirePricePurchaseResourcePoolPacksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for InquirePricePurchaseResourcePoolPacksRequest {
    const NAME: &'static str = "InquirePricePurchaseResourcePoolPacksRequest";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "InstanceType",
        "InstanceCount",
        "Period",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
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
                    zone: f0,
                    instance_type: f1,
                    instance_count: f2,
                    period: f3,
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

impl InquirePricePurchaseResourcePoolPacksRequest {
    /// The request with its required members (`Zone`, `InstanceType`, `InstanceCount`, `Period`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        zone: impl Into<String>,
        instance_type: impl Into<String>,
        instance_count: i64,
        period: i64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
        }
    }
}

impl tencent_action::Request for InquirePricePurchaseResourcePoolPacksRequest {
    type Action = InquirePricePurchaseResourcePoolPacks;
}

/// Modify the instance billing mode price inquiry (修改实例计费模式询价): the request of `InquiryPriceModifyInstancesChargeType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceModifyInstancesChargeType`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceModifyInstancesChargeTypeRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/15728?from_cn_redirect=1). The maximum number of instances per request is 20.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Modified instance [billing type](https://www.tencentcloud.com/document/product/213/2180?from_cn_redirect=1).
    ///
    /// - `PREPAID`: monthly subscription.
    ///
    /// **Note:** Only supports converting pay-as-you-go instances to annual and monthly subscription instances.
    ///
    /// default value: `PREPAID`
    ///
    /// 修改后的实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// - PREPAID：预付费，即包年包月。
    ///
    /// - POSTPAID_BY_HOUR：后付费，即按量付费。
    pub instance_charge_type: String,
    /// Prepaid mode, parameter settings related to monthly/annual subscription. through this parameter, specify the purchase duration of annual and monthly subscription instances, whether to enable auto-renewal, and other attributes.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。
    ///
    /// 若指定修改后实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Whether to switch the billing mode of elastic data cloud disks simultaneously. valid values:
    ///
    /// - true: means switching the billing mode of elastic data cloud disks
    ///
    /// - false: means not switching the billing mode of elastic data cloud disks
    ///
    /// default value: false.
    ///
    /// 是否同时切换弹性数据云盘计费模式。取值范围：
    ///
    /// - true：表示切换弹性数据云盘计费模式
    ///
    /// - false：表示不切换弹性数据云盘计费模式
    ///
    /// 默认取值：false。
    pub modify_portable_data_disk: Option<bool>,
}

impl serde::Serialize for InquiryPriceModifyInstancesChargeTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceModifyInstancesChargeTypeRequest",
            2 + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.modify_portable_data_disk.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("ModifyPortableDataDisk", &self.modify_portable_data_disk)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceModifyInstancesChargeTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for InquiryPriceModifyInstancesChargeTypeRequest {
    const NAME: &'static str = "InquiryPriceModifyInstancesChargeTypeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "ModifyPortableDataDisk",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_charge_type: f1,
                    instance_charge_prepaid: r.or_default(f2),
                    modify_portable_data_disk: r.or_default(f3),
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

impl InquiryPriceModifyInstancesChargeTypeRequest {
    /// The request with its required members (`InstanceIds`, `InstanceChargeType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_charge_type: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_charge_type: instance_charge_type.into(),
            instance_charge_prepaid: None,
            modify_portable_data_disk: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceModifyInstancesChargeTypeRequest {
    type Action = InquiryPriceModifyInstancesChargeType;
}

/// 续费CDH实例询价: the request of `InquiryPriceRenewHosts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewHosts`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewHostsRequest {
    /// 一个或多个待操作的`CDH`实例`ID`。可通过[`DescribeHosts`](https://cloud.tencent.com/document/api/213/16474)接口返回值中的`HostId`获取。每次请求批量实例的上限为100。
    pub host_ids: Vec<String>,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。
    pub host_charge_prepaid: ChargePrepaid,
    /// 是否只预检此次请求。true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId.false（默认）：发送正常请求，通过检查后直接创建实例
    pub dry_run: Option<bool>,
}

impl serde::Serialize for InquiryPriceRenewHostsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceRenewHostsRequest",
            2 + usize::from(self.dry_run.is_some()),
        )?;
        s.field("HostIds", &self.host_ids)?;
        s.field("HostChargePrepaid", &self.host_charge_prepaid)?;
        s.optional("DryRun", &self.dry_run)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceRenewHostsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceRenewHostsRequest {
    const NAME: &'static str = "InquiryPriceRenewHostsRequest";
    const FIELDS: &'static [&'static str] = &["HostIds", "HostChargePrepaid", "DryRun"];
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
                    host_ids: f0,
                    host_charge_prepaid: f1,
                    dry_run: r.or_default(f2),
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

impl InquiryPriceRenewHostsRequest {
    /// The request with its required members (`HostIds`, `HostChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        host_ids: impl IntoIterator<Item = impl Into<String>>,
        host_charge_prepaid: ChargePrepaid,
    ) -> Self {
        Self {
            host_ids: host_ids.into_iter().map(Into::into).collect(),
            host_charge_prepaid,
            dry_run: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewHostsRequest {
    type Action = InquiryPriceRenewHosts;
}

/// Renewal instance inquiry (续费实例询价): the request of `InquiryPriceRenewInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRenewInstancesRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [DescribeInstances](https://www.tencentcloud.com/zh/document/api/213/33258). The maximum number of instances per request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Prepaid mode, that is, monthly subscription-related parameter settings. You can specify attributes of a monthly subscription instance, such as purchase duration and whether to set auto-renewal, through this parameter.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。
    pub instance_charge_prepaid: InstanceChargePrepaid,
    /// Trial run, for testing purposes, does not execute specific logic. valid values:
    ///
    /// - `true`: skip execution logic
    ///
    /// - `false`: execute logic
    ///
    /// default value: `false`.
    ///
    /// 试运行，测试使用，不执行具体逻辑。取值范围：
    ///
    /// - true：跳过执行逻辑
    ///
    /// - false：执行逻辑
    ///
    /// 默认取值：false。
    pub dry_run: Option<bool>,
    /// Whether to renew the elastic data disk. valid values:
    ///
    /// - true: indicates renewing the annual and monthly subscription instance and its mounted elastic data disk simultaneously
    ///
    /// - false: indicates renewing the annual and monthly subscription instance while no longer renewing its mounted elastic data disk
    ///
    /// default value: true.
    ///
    /// 是否续费弹性数据盘。取值范围：
    ///
    /// - true：表示续费包年包月实例同时续费其挂载的弹性数据盘
    ///
    /// - false：表示续费包年包月实例同时不再续费其挂载的弹性数据盘
    ///
    /// 默认取值：true。
    pub renew_portable_data_disk: Option<bool>,
}

impl serde::Serialize for InquiryPriceRenewInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceRenewInstancesRequest",
            2 + usize::from(self.dry_run.is_some())
                + usize::from(self.renew_portable_data_disk.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("RenewPortableDataDisk", &self.renew_portable_data_disk)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceRenewInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceRenewInstancesRequest {
    const NAME: &'static str = "InquiryPriceRenewInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceChargePrepaid",
        "DryRun",
        "RenewPortableDataDisk",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_charge_prepaid: f1,
                    dry_run: r.or_default(f2),
                    renew_portable_data_disk: r.or_default(f3),
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

impl InquiryPriceRenewInstancesRequest {
    /// The request with its required members (`InstanceIds`, `InstanceChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_charge_prepaid: InstanceChargePrepaid,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_charge_prepaid,
            dry_run: None,
            renew_portable_data_disk: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewInstancesRequest {
    type Action = InquiryPriceRenewInstances;
}

/// Queries the price of instance reinstallation (重装实例询价): the request of `InquiryPriceResetInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResetInstance`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstanceRequest {
    /// Instance ID. To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// [Image](https://intl.cloud.tencent.com/document/product/213/4940?from_cn_redirect=1) ID in the format of `img-xxx`. There are four types of images:
    ///
    /// - Public images
    ///
    /// - Custom images
    ///
    /// - Shared images
    ///
    /// - Marketplace images
    ///
    /// You can obtain the available image IDs in the following ways:
    ///
    /// - For IDs of `public images`, `custom images`, and `shared images`, log in to the [console](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE) to query the information; for IDs of `marketplace images`, go to [Cloud Marketplace](https://market.cloud.tencent.com/list).
    ///
    /// - Call [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) and look for `ImageId` in the response.
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 服务市场镜像
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`服务镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，取返回信息中的`ImageId`字段。
    pub image_id: Option<String>,
    /// Configuration of the system disk of the instance. For instances with a cloud disk as the system disk, you can expand the system disk by using this parameter to specify the new capacity after reinstallation. If the parameter is not specified, the system disk capacity remains unchanged by default. You can only expand the capacity of the system disk; reducing its capacity is not supported. When reinstalling the system, you can only modify the capacity of the system disk, not the type.
    ///
    /// 实例系统盘配置信息。系统盘为云盘的实例可以通过该参数指定重装后的系统盘大小来实现对系统盘的扩容操作，若不指定则默认系统盘大小保持不变。系统盘大小只支持扩容不支持缩容；重装只支持修改系统盘的大小，不能修改系统盘的类型。
    pub system_disk: Option<SystemDisk>,
    /// Login settings of the instance. You can use this parameter to set the login method, password, and key of the instance or keep the login settings of the original image. By default, a random password will be generated and sent to you via the Message Center.
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。
    pub login_settings: Option<LoginSettings>,
    /// Enhanced services. You can use this parameter to specify whether to enable services such as Cloud Monitor and Cloud Security. If this parameter is not specified, Cloud Monitor and Cloud Security will be enabled by default.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认开启云监控、云安全服务。
    pub enhanced_service: Option<EnhancedService>,
    /// User data provided for the instance, which must be base64-encoded. The maximum supported data size is 16KB. For detailed instructions on obtaining this parameter, see [Windows](https://cloud.tencent.com/document/product/213/17526) and [Linux](https://cloud.tencent.com/document/product/213/17525) documentation on executing commands during startup.
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅[Windows](https://cloud.tencent.com/document/product/213/17526)和[Linux](https://cloud.tencent.com/document/product/213/17525)启动时运行命令。
    pub user_data: Option<String>,
}

impl serde::Serialize for InquiryPriceResetInstanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceResetInstanceRequest",
            1 + usize::from(self.image_id.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.user_data.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("UserData", &self.user_data)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceResetInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceResetInstanceRequest {
    const NAME: &'static str = "InquiryPriceResetInstanceRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "ImageId",
        "SystemDisk",
        "LoginSettings",
        "EnhancedService",
        "UserData",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    image_id: r.or_default(f1),
                    system_disk: r.or_default(f2),
                    login_settings: r.or_default(f3),
                    enhanced_service: r.or_default(f4),
                    user_data: r.or_default(f5),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InquiryPriceResetInstanceRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            image_id: None,
            system_disk: None,
            login_settings: None,
            enhanced_service: None,
            user_data: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceResetInstanceRequest {
    type Action = InquiryPriceResetInstance;
}

/// Queries the price of public network bandwidth for an instance with a new maximum bandwidth (调整实例带宽上限询价): the request of `InquiryPriceResetInstancesInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResetInstancesInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100. When changing the bandwidth of instances with `BANDWIDTH_PREPAID` or `BANDWIDTH_POSTPAID_BY_HOUR` as the network billing method, you can only specify one instance at a time.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。当调整 `BANDWIDTH_PREPAID` 和 `BANDWIDTH_POSTPAID_BY_HOUR` 计费方式的带宽时，只支持一个实例。
    pub instance_ids: Vec<String>,
    /// Configuration of public network egress bandwidth. The maximum bandwidth varies among different models. For more information, see the documentation on bandwidth limits. Currently only the `InternetMaxBandwidthOut` parameter is supported.
    ///
    /// 公网出带宽配置。不同机型带宽上限范围不一致，具体限制详见带宽限制对账表。暂时只支持`InternetMaxBandwidthOut`参数。
    pub internet_accessible: InternetAccessible,
    /// Date from which the new bandwidth takes effect. Format: `YYYY-MM-DD`, such as `2016-10-30`. The starting date cannot be earlier than the current date. If the starting date is the current date, the new bandwidth takes effect immediately. This parameter is only valid for prepaid bandwidth. If you specify the parameter for bandwidth with other network billing methods, an error code will be returned.
    ///
    /// 带宽生效的起始时间。格式：`YYYY-MM-DD`，例如：`2016-10-30`。起始时间不能早于当前时间。如果起始时间是今天则新设置的带宽立即生效。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
    pub start_time: Option<String>,
    /// Date until which the bandwidth takes effect, in the format of `YYYY-MM-DD`, such as `2016-10-30`. The validity period of the new bandwidth covers the end date. The end date should not be later than the expiration date of a monthly subscription instance. You can obtain the expiration date of an instance through the `ExpiredTime` in the return value from the API [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1). This parameter is only valid for monthly subscription bandwidth, and is not supported for bandwidth billed by other modes. Otherwise, the API will return a corresponding error code.
    ///
    /// 带宽生效的终止时间。格式：`YYYY-MM-DD`，例如：`2016-10-30`。新设置的带宽的有效期包含终止时间此日期。终止时间不能晚于包年包月实例的到期时间。实例的到期时间可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`ExpiredTime`获取。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
    pub end_time: Option<String>,
}

impl serde::Serialize for InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceResetInstancesInternetMaxBandwidthRequest",
            2 + usize::from(self.start_time.is_some())
                + usize::from(self.end_time.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InternetAccessible", &self.internet_accessible)?;
        s.optional("StartTime", &self.start_time)?;
        s.optional("EndTime", &self.end_time)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de>
for InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    const NAME: &'static str = "InquiryPriceResetInstancesInternetMaxBandwidthRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InternetAccessible",
        "StartTime",
        "EndTime",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    internet_accessible: f1,
                    start_time: r.or_default(f2),
                    end_time: r.or_default(f3),
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

impl InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    /// The request with its required members (`InstanceIds`, `InternetAccessible`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_accessible: InternetAccessible,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            internet_accessible,
            start_time: None,
            end_time: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceResetInstancesInternetMaxBandwidthRequest {
    type Action = InquiryPriceResetInstancesInternetMaxBandwidth;
}

/// Queries the price of an instance with a new configuration (调整实例配置询价): the request of `InquiryPriceResetInstancesType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResetInstancesType`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResetInstancesTypeRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). The maximum number of instances per request is 1.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。本接口每次请求批量实例的上限为1。
    pub instance_ids: Vec<String>,
    /// Instance model. Resources vary with the instance model. Specific values can be found in the tables of [Instance Types](https://www.tencentcloud.com/document/product/213/11518).
    ///
    /// 实例机型。不同实例机型指定了不同的资源规格，具体取值可参见附表[实例资源规格](https://cloud.tencent.com/document/product/213/11518)对照表，也可以调用查询[实例资源规格列表](https://cloud.tencent.com/document/product/213/15749)接口获得最新的规格表。
    pub instance_type: String,
}

impl serde::Serialize for InquiryPriceResetInstancesTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceResetInstancesTypeRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InstanceType", &self.instance_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceResetInstancesTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceResetInstancesTypeRequest {
    const NAME: &'static str = "InquiryPriceResetInstancesTypeRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "InstanceType"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_type: f1,
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

impl InquiryPriceResetInstancesTypeRequest {
    /// The request with its required members (`InstanceIds`, `InstanceType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_type: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_type: instance_type.into(),
        }
    }
}

impl tencent_action::Request for InquiryPriceResetInstancesTypeRequest {
    type Action = InquiryPriceResetInstancesType;
}

/// Queries the capacity price of an instance after disk expansion (扩容实例磁盘询价): the request of `InquiryPriceResizeInstanceDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResizeInstanceDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceResizeInstanceDisksRequest {
    /// Instance ID. To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// Configuration information of a data disk to be expanded. Only inelastic data disks (with `Portable` being `false` in the return values of [DescribeDisks](https://intl.cloud.tencent.com/document/api/362/16315?from_cn_redirect=1)) can be expanded. The unit of data disk capacity is GB. The minimum expansion step is 10 GB. For more information about data disk types, refer to Disk Product Introduction. The available data disk type is restricted by the instance type `InstanceType`. Additionally, the maximum allowable capacity for expansion varies by data disk type.
    ///
    /// You should specify either DataDisks or SystemDisk, but you cannot specify both at the same time.
    ///
    /// 待扩容的数据盘配置信息。只支持扩容非弹性数据盘[DescribeDisks](https://cloud.tencent.com/document/api/362/16315)接口返回值中的`Portable`为`false`表示非弹性）。数据盘容量单位：GB。最小扩容步长：10G。关于数据盘类型的选择请参考硬盘产品简介。可选数据盘类型受到实例类型`InstanceType`限制。另外允许扩容的最大容量也因数据盘类型的不同而有所差异。
    ///
    /// 您必须指定参数DataDisks与SystemDisk的其中一个，但不能同时指定。
    pub data_disks: Option<Vec<DataDisk>>,
    /// Whether to forcibly shut down a running instance. It is recommended to manually shut down a running instance first and then reset the user password. Valid values:
    ///
    /// - true: Forcibly shut down an instance after a normal shutdown fails.
    ///
    /// - false: Do not forcibly shut down an instance after a normal shutdown fails.
    ///
    /// Default value: false.
    ///
    /// Forced shutdown is equivalent to turning off a physical computer's power switch. Forced shutdown may cause data loss or file system corruption and should only be used when a server cannot be shut down normally.
    ///
    /// 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再重置用户密码。取值范围：
    ///
    /// - true：表示在正常关机失败后进行强制关机
    ///
    /// - false：表示在正常关机失败后不进行强制关机
    ///
    /// 默认取值：false。
    ///
    /// 强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
    pub force_stop: Option<bool>,
    /// Configuration information of the system disk to be expanded. Only cloud disks are supported for expansion. You must specify either DataDisks or SystemDisk, but not both.
    ///
    /// 待扩容的系统盘配置信息。只支持扩容云盘。
    ///
    /// 您必须指定参数DataDisks与SystemDisk的其中一个，但不能同时指定。
    pub system_disk: Option<SystemDisk>,
    /// Whether to perform online resizing.
    ///
    /// 是否在线扩容
    pub resize_online: Option<bool>,
}

impl serde::Serialize for InquiryPriceResizeInstanceDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceResizeInstanceDisksRequest",
            1 + usize::from(self.data_disks.is_some())
                + usize::from(self.force_stop.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.resize_online.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("ResizeOnline", &self.resize_online)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceResizeInstanceDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceResizeInstanceDisksRequest {
    const NAME: &'static str = "InquiryPriceResizeInstanceDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "DataDisks",
        "ForceStop",
        "SystemDisk",
        "ResizeOnline",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    data_disks: r.or_default(f1),
                    force_stop: r.or_default(f2),
                    system_disk: r.or_default(f3),
                    resize_online: r.or_default(f4),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InquiryPriceResizeInstanceDisksRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: None,
            force_stop: None,
            system_disk: None,
            resize_online: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceResizeInstanceDisksRequest {
    type Action = InquiryPriceResizeInstanceDisks;
}

/// Queries the price of creating instances (创建实例询价): the request of `InquiryPriceRunInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRunInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceRunInstancesRequest {
    /// Location of the instance. You can use this parameter to specify the attributes of the instance, such as its availability zone and project.
    ///
    /// Note: `Placement` is required when `LaunchTemplate` is not specified. If both the parameters are passed in, `Placement` prevails.
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。
    ///
    /// 注：如果您不指定LaunchTemplate参数，则Placement为必选参数。若同时传递Placement和LaunchTemplate，则默认覆盖LaunchTemplate中对应的Placement的值。
    pub placement: Placement,
    /// [Image](https://intl.cloud.tencent.com/document/product/213/4940?from_cn_redirect=1) ID in the format of `img-xxx`. There are three types of images:
    ///
    /// - Public images
    ///
    /// - Custom images
    ///
    /// - Shared images
    ///
    /// You can obtain the available image IDs in the following ways:
    ///
    /// - For IDs of `public images`, `custom images`, and `shared images`, log in to the [CVM console](https://console.tencentcloud.com/cvm/image/index?rid=1&tab=PUBLIC_IMAGE&imageType=PUBLIC_IMAGE) to query the information.
    ///
    /// - Call [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) and look for `ImageId` in the response.
    ///
    /// Note: `ImageId` is required when `LaunchTemplate` is not specified. If both the parameters are passed in, `ImageId` prevails.
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 服务市场镜像
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`服务镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，取返回信息中的`ImageId`字段。
    ///
    /// 注：如果您不指定LaunchTemplate参数，则ImageId为必选参数。若同时传递ImageId和LaunchTemplate，则默认覆盖LaunchTemplate中对应的ImageId的值。
    pub image_id: String,
    /// The instance [billing method](https://intl.cloud.tencent.com/document/product/213/2180?from_cn_redirect=1).
    ///
    /// - POSTPAID_BY_HOUR: Pay-as-you-go on an hourly basis
    ///
    /// Default value: POSTPAID_BY_HOUR.
    ///
    /// 实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    ///
    /// - SPOTPAID：竞价付费
    ///
    /// 默认值：POSTPAID_BY_HOUR。
    pub instance_charge_type: Option<String>,
    /// Details of the monthly subscription, including the purchase period, auto-renewal. It is required if the `InstanceChargeType` is `PREPAID`.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Instance model. Different instance models specify different resource specifications.
    ///
    /// - For instances created with the payment modes PREPAID or POSTPAID_BY_HOUR, specifies the specific values obtained BY calling the [DescribeInstanceTypeConfig](https://www.tencentcloud.com/document/product/1119/45686?lang=en) api for the latest specification table or referring to [instance specifications](https://www.tencentcloud.com/document/product/213/11518). if not specified, the system will dynamically assign a default model based on the current resource sales situation in a region.
    ///
    /// - for instances created with the payment mode CDHPAID, indicates this parameter uses the prefix "CDH_" and is generated based on CPU and memory configuration. the specific format is: CDH_XCXG. for example, for creating a CDH instance with 1 CPU core and 1 gb memory, this parameter should be CDH_1C1G.
    ///
    /// .
    ///
    /// 实例机型。不同实例机型指定了不同的资源规格。
    ///
    /// - 对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口[DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/api/213/15749)来获得最新的规格表或参见[实例规格](https://cloud.tencent.com/document/product/213/11518)描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。
    ///
    /// - 对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
    pub instance_type: Option<String>,
    /// System disk configuration of the instance. If this parameter is not specified, the default value will be used.
    ///
    /// 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。
    pub system_disk: Option<SystemDisk>,
    /// Data disk configuration of the instance. If the parameter is not specified, no data disk will be purchased by default. If you want to purchase data disks, you can specify 21 data disks, including up to 1 `LOCAL_BASIC` data disk or `LOCAL_SSD` data disk and up to 20 `CLOUD_BASIC` data disks, `CLOUD_PREMIUM` data disks, or `CLOUD_SSD` data disks.
    ///
    /// 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。
    pub data_disks: Option<Vec<DataDisk>>,
    /// VPC configurations (VPC ID, subnet ID, etc). If It's not specified, the classic network will be used by default. If a VPC IP is specified in this parameter, the `InstanceCount` can only be 1.
    ///
    /// 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若不指定该参数，则默认使用基础网络。若在此参数中指定了私有网络IP，那么InstanceCount参数只能为1。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Configuration of public network bandwidth. If it's not specified, 0 Mbps is used by default.
    ///
    /// 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。
    pub internet_accessible: Option<InternetAccessible>,
    /// Number of instances to purchase. Value range: 1 (default) to 100. It cannot exceed the remaining CVM quota of the user. For more information on quota, see [Restrictions on CVM Instance Purchase](https://intl.cloud.tencent.com/document/product/213/2664).
    ///
    /// 购买实例数量。取值范围：\[1，100\]。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见[CVM实例购买限制](https://cloud.tencent.com/document/product/213/2664)。
    pub instance_count: Option<i64>,
    /// Instance display name.
    ///
    /// - if no instance display name is specified, it will display 'unnamed' by default.
    ///
    /// - when purchasing multiple instances, if the pattern string `{R:x}` is specified, it means generating numbers `[x, x+n-1]`, where `n` represents the number of purchased instances. for example, `server_{R:3}`: when purchasing 1 instance, the instance display name is `server_3`; when purchasing 2 instances, the instance display names are `server_3` and `server_4` respectively. supports specifying multiple pattern strings `{R:x}`.
    ///
    /// - when purchasing multiple instances without specifying a pattern string, suffixes `1, 2...n` will be added to the instance display name, where `n` represents the number of purchased instances. for example, `server_`: when purchasing 2 instances, the instance display names are `server_1` and `server_2` respectively.
    ///
    /// - supports up to 128 characters (including pattern strings).
    ///
    /// .
    ///
    /// 实例显示名称。
    ///
    /// - 不指定实例显示名称则默认显示‘未命名’。
    ///
    /// - 购买多台实例，如果指定模式串`{R:x}`，表示生成数字`[x, x+n-1]`，其中`n`表示购买实例的数量，例如`server_{R:3}`，购买1台时，实例显示名称为`server_3`；购买2台时，实例显示名称分别为`server_3`，`server_4`。支持指定多个模式串`{R:x}`。
    ///
    /// - 购买多台实例，如果不指定模式串，则在实例显示名称添加后缀`1、2...n`，其中`n`表示购买实例的数量，例如`server_`，购买2台时，实例显示名称分别为`server_1`，`server_2`。
    ///
    /// - 最多支持128个字符（包含模式串）。
    pub instance_name: Option<String>,
    /// Login settings of the instance. You can use this parameter to set the login method, password, and key of the instance, or keep the original login settings of the image. By default, a random password will be generated and sent to you via the Message Center.
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。
    pub login_settings: Option<LoginSettings>,
    /// Security group to which an instance belongs. obtain this parameter by calling the `SecurityGroupId` field in the return value of [DescribeSecurityGroups](https://www.tencentcloud.com/document/product/215/15808). if not specified, bind the default security group under the designated project. if the default security group does not exist, automatically create it.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的 `SecurityGroupId` 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
    pub security_group_ids: Option<Vec<String>>,
    /// Enhanced services. You can use this parameter to specify whether to enable services such as Cloud Security and Cloud Monitor. If this parameter is not specified, Cloud Monitor and Cloud Security will be enabled by default.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认开启云监控、云安全服务。
    pub enhanced_service: Option<EnhancedService>,
    /// A unique string supplied by the client to ensure that the request is idempotent. Its maximum length is 64 ASCII characters. If this parameter is not specified, the idempotency of the request cannot be guaranteed.
    ///
    /// For more information, see Ensuring Idempotency.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    pub client_token: Option<String>,
    /// Hostname of Cloud Virtual Machine.
    ///
    /// - Period (.) and hyphen (-) should not be used as the first or last character of the hostname, and should not be used consecutively.
    ///
    /// - Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.
    ///
    /// - Instances of other types (such as Linux instances): The hostname should contain 2 to 30 characters, including multiple periods (.), with each segment between periods considered as one section. Each section can contain letters (case insensitive), digits, and hyphens (-).
    ///
    /// 云服务器的主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：主机名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：主机名字符长度为\[2, 30\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    pub host_name: Option<String>,
    /// The tag description list. This parameter is used to bind a tag to a resource instance. A tag can only be bound to CVM instances.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的资源实例，当前仅支持绑定标签到云服务器实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// The market options of the instance.
    ///
    /// 实例的市场相关选项，如竞价实例相关参数
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// Custom metadata, supports creating key-value pairs of custom metadata when creating a CVM.
    ///
    /// **Note: this field is in beta test.**.
    ///
    /// 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。
    ///
    /// 注：内测中。
    pub metadata: Option<Metadata>,
    /// HPC cluster ID.
    ///
    /// 高性能计算集群ID。
    pub hpc_cluster_id: Option<String>,
    /// Information about the CPU topology of an instance. If not specified, it is determined by system resources.
    ///
    /// 描述了实例CPU拓扑结构的相关信息。若不指定该参数，则按系统资源情况决定。
    pub cpu_topology: Option<CpuTopology>,
    /// Instance launch template.
    ///
    /// 实例启动模板。
    pub launch_template: Option<LaunchTemplate>,
    /// 多网卡参数信息。 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub network_interfaces: Option<Vec<NetworkInterfaces>>,
}

impl serde::Serialize for InquiryPriceRunInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceRunInstancesRequest",
            2 + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.instance_market_options.is_some())
                + usize::from(self.metadata.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.cpu_topology.is_some())
                + usize::from(self.launch_template.is_some())
                + usize::from(self.network_interfaces.is_some()),
        )?;
        s.field("Placement", &self.placement)?;
        s.field("ImageId", &self.image_id)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("InstanceMarketOptions", &self.instance_market_options)?;
        s.optional("Metadata", &self.metadata)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("CpuTopology", &self.cpu_topology)?;
        s.optional("LaunchTemplate", &self.launch_template)?;
        s.optional("NetworkInterfaces", &self.network_interfaces)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceRunInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceRunInstancesRequest {
    const NAME: &'static str = "InquiryPriceRunInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "ImageId",
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "InstanceType",
        "SystemDisk",
        "DataDisks",
        "VirtualPrivateCloud",
        "InternetAccessible",
        "InstanceCount",
        "InstanceName",
        "LoginSettings",
        "SecurityGroupIds",
        "EnhancedService",
        "ClientToken",
        "HostName",
        "TagSpecification",
        "InstanceMarketOptions",
        "Metadata",
        "HpcClusterId",
        "CpuTopology",
        "LaunchTemplate",
        "NetworkInterfaces",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
        let mut f13 = ::core::option::Option::None;
        let mut f14 = ::core::option::Option::None;
        let mut f15 = ::core::option::Option::None;
        let mut f16 = ::core::option::Option::None;
        let mut f17 = ::core::option::Option::None;
        let mut f18 = ::core::option::Option::None;
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.plain(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.plain(&mut f20),
                21 => r.plain(&mut f21),
                22 => r.plain(&mut f22),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    placement: f0,
                    image_id: f1,
                    instance_charge_type: r.or_default(f2),
                    instance_charge_prepaid: r.or_default(f3),
                    instance_type: r.or_default(f4),
                    system_disk: r.or_default(f5),
                    data_disks: r.or_default(f6),
                    virtual_private_cloud: r.or_default(f7),
                    internet_accessible: r.or_default(f8),
                    instance_count: r.or_default(f9),
                    instance_name: r.or_default(f10),
                    login_settings: r.or_default(f11),
                    security_group_ids: r.or_default(f12),
                    enhanced_service: r.or_default(f13),
                    client_token: r.or_default(f14),
                    host_name: r.or_default(f15),
                    tag_specification: r.or_default(f16),
                    instance_market_options: r.or_default(f17),
                    metadata: r.or_default(f18),
                    hpc_cluster_id: r.or_default(f19),
                    cpu_topology: r.or_default(f20),
                    launch_template: r.or_default(f21),
                    network_interfaces: r.or_default(f22),
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

impl InquiryPriceRunInstancesRequest {
    /// The request with its required members (`Placement`, `ImageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(placement: Placement, image_id: impl Into<String>) -> Self {
        Self {
            placement,
            image_id: image_id.into(),
            instance_charge_type: None,
            instance_charge_prepaid: None,
            instance_type: None,
            system_disk: None,
            data_disks: None,
            virtual_private_cloud: None,
            internet_accessible: None,
            instance_count: None,
            instance_name: None,
            login_settings: None,
            security_group_ids: None,
            enhanced_service: None,
            client_token: None,
            host_name: None,
            tag_specification: None,
            instance_market_options: None,
            metadata: None,
            hpc_cluster_id: None,
            cpu_topology: None,
            launch_template: None,
            network_interfaces: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceRunInstancesRequest {
    type Action = InquiryPriceRunInstances;
    const CLIENT_TOKEN: bool = true;
}

/// 退还实例询价: the request of `InquiryPriceTerminateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceTerminateInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct InquiryPriceTerminateInstancesRequest {
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for InquiryPriceTerminateInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InquiryPriceTerminateInstancesRequest",
            1,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for InquiryPriceTerminateInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for InquiryPriceTerminateInstancesRequest {
    const NAME: &'static str = "InquiryPriceTerminateInstancesRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl InquiryPriceTerminateInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for InquiryPriceTerminateInstancesRequest {
    type Action = InquiryPriceTerminateInstances;
}

/// Modifies the CHC host attributes (修改CHC物理服务器的属性): the request of `ModifyChcAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyChcAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyChcAttributeRequest {
    /// CHC host IDs
    ///
    /// CHC物理服务器ID。
    pub chc_ids: Vec<String>,
    /// CHC host name
    ///
    /// CHC物理服务器名称
    pub instance_name: Option<String>,
    /// Server type
    ///
    /// 服务器类型
    pub device_type: Option<String>,
    /// Valid characters: Letters, numbers, hyphens and underscores
    ///
    /// 合法字符为字母,数字, 横线和下划线
    pub bmc_user: Option<String>,
    /// The password can contain 8 to 16 characters, including letters, numbers and special symbols ()\`~!@#$%^&*-+=_|{}\[\]:;'\<\>,.?/
    ///
    /// 密码8-16位字符, 允许数字，字母， 和特殊字符()\`~!@#$%^&*-+=_|{}\[\]:;'\<\>,.?/
    pub password: Option<String>,
    /// BMC network security group list
    ///
    /// bmc网络的安全组列表
    pub bmc_security_group_ids: Option<Vec<String>>,
}

impl serde::Serialize for ModifyChcAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyChcAttributeRequest",
            1 + usize::from(self.instance_name.is_some())
                + usize::from(self.device_type.is_some())
                + usize::from(self.bmc_user.is_some())
                + usize::from(self.password.is_some())
                + usize::from(self.bmc_security_group_ids.is_some()),
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("DeviceType", &self.device_type)?;
        s.optional("BmcUser", &self.bmc_user)?;
        s.optional("Password", &self.password)?;
        s.optional("BmcSecurityGroupIds", &self.bmc_security_group_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyChcAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyChcAttributeRequest {
    const NAME: &'static str = "ModifyChcAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "ChcIds",
        "InstanceName",
        "DeviceType",
        "BmcUser",
        "Password",
        "BmcSecurityGroupIds",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    chc_ids: f0,
                    instance_name: r.or_default(f1),
                    device_type: r.or_default(f2),
                    bmc_user: r.or_default(f3),
                    password: r.or_default(f4),
                    bmc_security_group_ids: r.or_default(f5),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyChcAttributeRequest {
    /// The request with its required members (`ChcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(chc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
            instance_name: None,
            device_type: None,
            bmc_user: None,
            password: None,
            bmc_security_group_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyChcAttributeRequest {
    type Action = ModifyChcAttribute;
}

/// 切换CHC服务器网络模式: the request of `ModifyChcNetworkMode`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyChcNetworkMode`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyChcNetworkModeRequest {
    /// CHC物理服务器id列表，如\["chc-1a2b3c4d"\]
    pub chc_ids: Vec<String>,
    /// 所要切换的网络模式
    ///
    /// 枚举值：
    ///
    /// - DEPLOY： 部署网络模式
    ///
    /// - BUSINESS： 业务网络模式
    pub network_mode: String,
}

impl serde::Serialize for ModifyChcNetworkModeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyChcNetworkModeRequest",
            2,
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.field("NetworkMode", &self.network_mode)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyChcNetworkModeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyChcNetworkModeRequest {
    const NAME: &'static str = "ModifyChcNetworkModeRequest";
    const FIELDS: &'static [&'static str] = &["ChcIds", "NetworkMode"];
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
                ::core::result::Result::Ok(Self {
                    chc_ids: f0,
                    network_mode: f1,
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

impl ModifyChcNetworkModeRequest {
    /// The request with its required members (`ChcIds`, `NetworkMode`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl IntoIterator<Item = impl Into<String>>,
        network_mode: impl Into<String>,
    ) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
            network_mode: network_mode.into(),
        }
    }
}

impl tencent_action::Request for ModifyChcNetworkModeRequest {
    type Action = ModifyChcNetworkMode;
}

/// Modifies spread placement group attributes (修改分散置放群组属性): the request of `ModifyDisasterRecoverGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDisasterRecoverGroupAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyDisasterRecoverGroupAttributeRequest {
    /// Spread placement group ID, which can be obtained by calling the [DescribeDisasterRecoverGroups](https://intl.cloud.tencent.com/document/api/213/17810?from_cn_redirect=1) API.
    ///
    /// 分散置放群组ID，可使用[DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810)接口获取。
    pub disaster_recover_group_id: String,
    /// Name of a spread placement group. The name must be 1-60 characters long and can contain both Chinese characters and English letters.
    ///
    /// 分散置放群组名称，长度1-60个字符，支持中、英文。
    pub name: String,
    /// 分散置放群组的亲和度，在置放群组的实例会按该亲和度分布，亲和度的取值范围是：1-10。
    ///
    /// 取值范围：\[1, 10\]
    ///
    /// 调整只能从小调到大，不能从大调到小
    pub affinity: Option<i64>,
}

impl serde::Serialize for ModifyDisasterRecoverGroupAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyDisasterRecoverGroupAttributeRequest",
            2 + usize::from(self.affinity.is_some()),
        )?;
        s.field("DisasterRecoverGroupId", &self.disaster_recover_group_id)?;
        s.field("Name", &self.name)?;
        s.optional("Affinity", &self.affinity)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyDisasterRecoverGroupAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for ModifyDisasterRecoverGroupAttributeRequest {
    const NAME: &'static str = "ModifyDisasterRecoverGroupAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "DisasterRecoverGroupId",
        "Name",
        "Affinity",
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
                    disaster_recover_group_id: f0,
                    name: f1,
                    affinity: r.or_default(f2),
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

impl ModifyDisasterRecoverGroupAttributeRequest {
    /// The request with its required members (`DisasterRecoverGroupId`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            disaster_recover_group_id: disaster_recover_group_id.into(),
            name: name.into(),
            affinity: None,
        }
    }
}

impl tencent_action::Request for ModifyDisasterRecoverGroupAttributeRequest {
    type Action = ModifyDisasterRecoverGroupAttribute;
}

/// Modifies the attributes of a CDH instance (修改CDH实例的属性): the request of `ModifyHostsAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHostsAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHostsAttributeRequest {
    /// CDH instance ID(s).
    ///
    /// 一个或多个待操作的CDH实例ID。
    pub host_ids: Vec<String>,
    /// CDH instance name to be displayed. You can specify any name you like, but its length cannot exceed 60 characters.
    ///
    /// CDH实例显示名称。可任意命名，但不得超过60个字符。
    pub host_name: Option<String>,
    /// Auto renewal flag. Valid values:
    ///
    /// - NOTIFY_AND_AUTO_RENEW: notify upon expiration and renew automatically
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: notify upon expiration but do not renew automatically
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: neither notify upon expiration nor renew automatically
    ///
    /// If this parameter is specified as NOTIFY_AND_AUTO_RENEW, the instance will be automatically renewed on a monthly basis if the account balance is sufficient.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
    pub renew_flag: Option<String>,
    /// Project ID. You can use the `AddProject` API to create projects, and obtain the `projectId` field in the response of the `DescribeProject` API. When using the [DescribeHosts](https://intl.cloud.tencent.com/document/api/213/16474?from_cn_redirect=1) API to query instances later, you can filter the results by the project ID.
    ///
    /// 项目ID。项目可以使用 [AddProject](https://cloud.tencent.com/document/api/651/81952) 接口创建。可通过 [DescribeProjects](https://cloud.tencent.com/document/api/651/78725) 接口返回值中的`projectId`获取。后续使用 [DescribeHosts](https://cloud.tencent.com/document/api/213/16474) 接口查询实例时，项目ID可用于过滤结果。
    pub project_id: Option<u64>,
}

impl serde::Serialize for ModifyHostsAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyHostsAttributeRequest",
            1 + usize::from(self.host_name.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.project_id.is_some()),
        )?;
        s.field("HostIds", &self.host_ids)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("ProjectId", &self.project_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyHostsAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyHostsAttributeRequest {
    const NAME: &'static str = "ModifyHostsAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "HostIds",
        "HostName",
        "RenewFlag",
        "ProjectId",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    host_ids: f0,
                    host_name: r.or_default(f1),
                    renew_flag: r.or_default(f2),
                    project_id: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyHostsAttributeRequest {
    /// The request with its required members (`HostIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(host_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            host_ids: host_ids.into_iter().map(Into::into).collect(),
            host_name: None,
            renew_flag: None,
            project_id: None,
        }
    }
}

impl tencent_action::Request for ModifyHostsAttributeRequest {
    type Action = ModifyHostsAttribute;
}

/// 修改高性能计算集群属性: the request of `ModifyHpcClusterAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHpcClusterAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyHpcClusterAttributeRequest {
    /// 高性能计算集群ID。集群ID可通过 [查询高性能集群信息](https://cloud.tencent.com/document/api/213/83220) 接口获取。
    pub hpc_cluster_id: String,
    /// 高性能计算集群新名称，长度限制\[1-60\]。
    pub name: Option<String>,
    /// 高性能计算集群新备注，长度\[1-256\]。
    pub remark: Option<String>,
}

impl serde::Serialize for ModifyHpcClusterAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyHpcClusterAttributeRequest",
            1 + usize::from(self.name.is_some()) + usize::from(self.remark.is_some()),
        )?;
        s.field("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("Name", &self.name)?;
        s.optional("Remark", &self.remark)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyHpcClusterAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyHpcClusterAttributeRequest {
    const NAME: &'static str = "ModifyHpcClusterAttributeRequest";
    const FIELDS: &'static [&'static str] = &["HpcClusterId", "Name", "Remark"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    hpc_cluster_id: f0,
                    name: r.or_default(f1),
                    remark: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyHpcClusterAttributeRequest {
    /// The request with its required members (`HpcClusterId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(hpc_cluster_id: impl Into<String>) -> Self {
        Self {
            hpc_cluster_id: hpc_cluster_id.into(),
            name: None,
            remark: None,
        }
    }
}

impl tencent_action::Request for ModifyHpcClusterAttributeRequest {
    type Action = ModifyHpcClusterAttribute;
}

/// Modifies image attributes (修改镜像属性): the request of `ModifyImageAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyImageAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyImageAttributeRequest {
    /// Image ID, such as `img-gvbnzy6f`. You can obtain the image ID in the following ways:
    ///
    /// - Call the [DescribeImages](https://www.tencentcloud.com/document/api/213/33272) API and find the value of `ImageId` in the response.
    ///
    /// - Obtain it in the [Image console](https://console.cloud.tencent.com/cvm/image).
    ///
    /// 镜像ID，形如`img-gvbnzy6f`。镜像ID可以通过如下方式获取：
    ///
    /// - 通过[DescribeImages](https://cloud.tencent.com/document/api/213/15715)接口返回的`ImageId`获取。
    ///
    /// - 通过[镜像控制台](https://console.cloud.tencent.com/cvm/image)获取。
    pub image_id: String,
    /// New image name, which should meet the following requirements:
    ///
    /// - It should not exceed 60 characters.
    ///
    /// - It should be unique.
    ///
    /// 设置新的镜像名称；必须满足下列限制
    ///
    /// -  不得超过60个字符。
    ///
    /// -  镜像名称不能与已有镜像重复。
    pub image_name: Option<String>,
    /// New image description, which should meet the following requirement:
    ///
    /// - It should not exceed 256 characters.
    ///
    /// 设置新的镜像描述；必须满足下列限制：
    ///
    /// -  不得超过 256 个字符。
    pub image_description: Option<String>,
    /// Sets the image family;
    ///
    /// 设置镜像族；
    pub image_family: Option<String>,
    /// Sets whether the image is deprecated;
    ///
    /// 设置镜像是否废弃；
    pub image_deprecated: Option<bool>,
}

impl serde::Serialize for ModifyImageAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyImageAttributeRequest",
            1 + usize::from(self.image_name.is_some())
                + usize::from(self.image_description.is_some())
                + usize::from(self.image_family.is_some())
                + usize::from(self.image_deprecated.is_some()),
        )?;
        s.field("ImageId", &self.image_id)?;
        s.optional("ImageName", &self.image_name)?;
        s.optional("ImageDescription", &self.image_description)?;
        s.optional("ImageFamily", &self.image_family)?;
        s.optional("ImageDeprecated", &self.image_deprecated)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyImageAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyImageAttributeRequest {
    const NAME: &'static str = "ModifyImageAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "ImageName",
        "ImageDescription",
        "ImageFamily",
        "ImageDeprecated",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    image_id: f0,
                    image_name: r.or_default(f1),
                    image_description: r.or_default(f2),
                    image_family: r.or_default(f3),
                    image_deprecated: r.or_default(f4),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyImageAttributeRequest {
    /// The request with its required members (`ImageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(image_id: impl Into<String>) -> Self {
        Self {
            image_id: image_id.into(),
            image_name: None,
            image_description: None,
            image_family: None,
            image_deprecated: None,
        }
    }
}

impl tencent_action::Request for ModifyImageAttributeRequest {
    type Action = ModifyImageAttribute;
}

/// Modifies image sharing information (修改镜像共享信息): the request of `ModifyImageSharePermission`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyImageSharePermission`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyImageSharePermissionRequest {
    /// Image ID, such as `img-gvbnzy6f`. You can obtain the image ID in the following ways:
    ///
    /// - Call the [DescribeImages](https://www.tencentcloud.com/document/api/213/33272) API and find the value of `ImageId` in the response.
    ///
    /// - Obtain it in the [Image console](https://console.cloud.tencent.com/cvm/image).
    ///
    /// The image ID should correspond to an image in the `NORMAL` state. For more information on image status, see [Image Data Table](https://www.tencentcloud.com/document/api/1103/42519#Image).
    ///
    /// 镜像ID，形如`img-gvbnzy6f`。镜像Id可以通过如下方式获取：
    ///
    /// - 通过[DescribeImages](https://cloud.tencent.com/document/api/213/15715)接口返回的`ImageId`获取。
    ///
    /// - 通过[镜像控制台](https://console.cloud.tencent.com/cvm/image)获取。
    ///
    /// 镜像ID必须指定为状态为`NORMAL`的镜像。镜像状态请参考[镜像数据表](https://cloud.tencent.com/document/product/213/15753#Image)。
    pub image_id: String,
    /// ID list of root accounts receiving shared images. An account ID is different from a QQ number. For details on root account IDs, refer to the account ID section in [Account Information](https://console.cloud.tencent.com/developer).
    ///
    /// 接收共享镜像的主账号ID列表，array型参数的格式可以参考[API简介](https://cloud.tencent.com/document/api/213/568)。账号ID不同于QQ号，查询用户主账号ID请查看[账号信息](https://console.cloud.tencent.com/developer)中的账号ID栏。
    pub account_ids: Vec<String>,
    /// Operations. Valid values: `SHARE`, sharing an image; `CANCEL`, cancelling an image sharing.
    ///
    /// 操作，包括 `SHARE`，`CANCEL`。其中`SHARE`代表共享操作，`CANCEL`代表取消共享操作。
    pub permission: String,
}

impl serde::Serialize for ModifyImageSharePermissionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyImageSharePermissionRequest",
            3,
        )?;
        s.field("ImageId", &self.image_id)?;
        s.field("AccountIds", &self.account_ids)?;
        s.field("Permission", &self.permission)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyImageSharePermissionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyImageSharePermissionRequest {
    const NAME: &'static str = "ModifyImageSharePermissionRequest";
    const FIELDS: &'static [&'static str] = &["ImageId", "AccountIds", "Permission"];
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
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    image_id: f0,
                    account_ids: f1,
                    permission: f2,
                })
            }
            (f0, f1, f2) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none()), (2, f2.is_none())]),
                )
            }
        }
    }
}

impl ModifyImageSharePermissionRequest {
    /// The request with its required members (`ImageId`, `AccountIds`, `Permission`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        image_id: impl Into<String>,
        account_ids: impl IntoIterator<Item = impl Into<String>>,
        permission: impl Into<String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            account_ids: account_ids.into_iter().map(Into::into).collect(),
            permission: permission.into(),
        }
    }
}

impl tencent_action::Request for ModifyImageSharePermissionRequest {
    type Action = ModifyImageSharePermission;
}

/// 修改实例的硬盘介质: the request of `ModifyInstanceDiskType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstanceDiskType`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstanceDiskTypeRequest {
    /// 待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// 实例数据盘配置信息，只需要指定要转换的目标云硬盘的介质类型，指定DiskType的值，当前只支持一个数据盘转化。只支持CDHPAID类型实例指定CdcId参数。
    pub data_disks: Option<Vec<DataDisk>>,
    /// 实例系统盘配置信息，只需要指定要转换的目标云硬盘的介质类型，指定DiskType的值。只支持CDHPAID类型实例指定CdcId参数。
    pub system_disk: Option<SystemDisk>,
}

impl serde::Serialize for ModifyInstanceDiskTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstanceDiskTypeRequest",
            1 + usize::from(self.data_disks.is_some())
                + usize::from(self.system_disk.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstanceDiskTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstanceDiskTypeRequest {
    const NAME: &'static str = "ModifyInstanceDiskTypeRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId", "DataDisks", "SystemDisk"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    data_disks: r.or_default(f1),
                    system_disk: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyInstanceDiskTypeRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: None,
            system_disk: None,
        }
    }
}

impl tencent_action::Request for ModifyInstanceDiskTypeRequest {
    type Action = ModifyInstanceDiskType;
}

/// Modifies instance attributes (修改实例的属性): the request of `ModifyInstancesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesAttributeRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。每次请求允许操作的实例数量上限是100。
    pub instance_ids: Vec<String>,
    /// Modified instance name. can be named as required but should not exceed 128 characters.
    ///
    /// 修改后实例名称。可任意命名，但不得超过60个字符。
    pub instance_name: Option<String>,
    /// User data provided to an instance, which needs to be encoded in Base64 format with a maximum size of 16 KB. For details on obtaining this parameter, refer to the startup commands for [Windows](https://intl.cloud.tencent.com/document/product/213/17526?from_cn_redirect=1) and [Linux](https://intl.cloud.tencent.com/document/product/213/17525?from_cn_redirect=1).
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16 KB。关于获取此参数的详细介绍，请参阅 [Windows](https://cloud.tencent.com/document/product/213/17526) 和 [Linux](https://cloud.tencent.com/document/product/213/17525) 启动时运行命令。
    pub user_data: Option<String>,
    /// Specifies the security group Id list of the specified instance after modification. the instance will reassociate with the security groups in the specified list, and the associated security group will be unbound.
    ///
    /// 指定实例的修改后的安全组Id列表，子机将重新关联指定列表的安全组，原本关联的安全组会被解绑。
    pub security_groups: Option<Vec<String>>,
    /// The role bound with the instance. If it is not specified, it indicates to unbind the current role of the CVM.
    ///
    /// 给实例绑定用户角色，传空值为解绑操作
    pub cam_role_name: Option<String>,
    /// Modified hostname of an instance.
    ///
    /// - Period (.) and hyphen (-) should not be used as the first or last character of the hostname, and should not be used consecutively.
    ///
    /// - Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.
    ///
    /// - Instances of other types (such as Linux instances): The hostname should contain 2 to 60 characters, including multiple periods (.), with each segment between periods considered as one section. Each section can contain letters (case insensitive), digits, and hyphens (-).
    ///
    /// Note: After the hostname is modified, the instance will restart immediately, and the new hostname will take effect after the restart.
    ///
    /// 修改后实例的主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：主机名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：主机名字符长度为\[2, 60\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    ///
    /// 注意点：修改主机名后实例会立即重启，重启后新的主机名生效。
    pub host_name: Option<String>,
    /// Instance termination protection flag, indicating whether an instance is allowed to be deleted through an API. Valid values:
    ///
    /// - true: Instance protection is enabled, and the instance is not allowed to be deleted through the API.
    ///
    /// - false: Instance protection is disabled, and the instance is allowed to be deleted through the API.
    ///
    /// Default value: false.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// - true：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// - false：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：false。
    pub disable_api_termination: Option<bool>,
    /// Role type, used in conjunction with CamRoleName. this value can be obtained from the RoleType field in the API response of CAM [DescribeRoleList](https://www.tencentcloud.com/document/product/1219/67889) or [GetRole](https://www.tencentcloud.com/document/product/598/33557?lang=en). currently, only user, system, and service_linked types are accepted.
    ///
    /// For example, when CamRoleName contains "LinkedRoleIn" (such as TKE_QCSLinkedRoleInPrometheusService), DescribeRoleList and GetRole return RoleType as service_linked, this parameter must also transmit service_linked.
    ///
    /// The parameter default value is user. this parameter can be omitted if CameRoleName is not of the service_linked kind.
    ///
    /// 角色类别，与CamRoleName搭配使用，该值可从CAM [DescribeRoleList](https://cloud.tencent.com/document/product/598/36223)或[GetRole](https://cloud.tencent.com/document/product/598/36221)接口返回RoleType字段获取，当前只接受user、system和service_linked三种类别。
    ///
    /// 举例：一般CamRoleName中包含“LinkedRoleIn”（如TKE_QCSLinkedRoleInPrometheusService）时，DescribeRoleList和GetRole返回的RoleType为service_linked，则本参数也需要传递service_linked。
    ///
    /// 该参数默认值为user，若CameRoleName为非service_linked类型，本参数可不传递。
    pub cam_role_type: Option<String>,
    /// Whether to automatically restart an instance when modifying a hostname. If not specified, the instance will automatically restart by default.
    ///
    /// - true: Modify the hostname and automatically restart the instance.
    ///
    /// - false: Modify the hostname without automatically restarting the instance. A manual restart is required for the new hostname to take effect.
    ///
    /// Note: This parameter is valid only when a hostname is modified.
    ///
    /// 修改实例主机名是否自动重启实例，不传默认自动重启。
    ///
    /// - true: 修改主机名，并自动重启实例；
    ///
    /// - false: 修改主机名，不自动重启实例，需要手动重启使新主机名生效。
    ///
    /// 注意点：本参数仅对修改主机名生效。
    pub auto_reboot: Option<bool>,
}

impl serde::Serialize for ModifyInstancesAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesAttributeRequest",
            1 + usize::from(self.instance_name.is_some())
                + usize::from(self.user_data.is_some())
                + usize::from(self.security_groups.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.disable_api_termination.is_some())
                + usize::from(self.cam_role_type.is_some())
                + usize::from(self.auto_reboot.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("UserData", &self.user_data)?;
        s.optional("SecurityGroups", &self.security_groups)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.optional("CamRoleType", &self.cam_role_type)?;
        s.optional("AutoReboot", &self.auto_reboot)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstancesAttributeRequest {
    const NAME: &'static str = "ModifyInstancesAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceName",
        "UserData",
        "SecurityGroups",
        "CamRoleName",
        "HostName",
        "DisableApiTermination",
        "CamRoleType",
        "AutoReboot",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_name: r.or_default(f1),
                    user_data: r.or_default(f2),
                    security_groups: r.or_default(f3),
                    cam_role_name: r.or_default(f4),
                    host_name: r.or_default(f5),
                    disable_api_termination: r.or_default(f6),
                    cam_role_type: r.or_default(f7),
                    auto_reboot: r.or_default(f8),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyInstancesAttributeRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_name: None,
            user_data: None,
            security_groups: None,
            cam_role_name: None,
            host_name: None,
            disable_api_termination: None,
            cam_role_type: None,
            auto_reboot: None,
        }
    }
}

impl tencent_action::Request for ModifyInstancesAttributeRequest {
    type Action = ModifyInstancesAttribute;
}

/// Modify the instance billing mode (修改实例计费模式): the request of `ModifyInstancesChargeType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesChargeType`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesChargeTypeRequest {
    /// One or more instance ids to be operated. you can obtain the instance ID through the `InstanceId` in the return value from the api [DescribeInstances](https://www.tencentcloud.com/document/api/213/15728?from_cn_redirect=1). the maximum number of instances per request is 20.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。每次请求批量实例的上限为20。
    pub instance_ids: Vec<String>,
    /// Modified instance [billing type](https://www.tencentcloud.com/document/product/213/2180?from_cn_redirect=1).
    ///
    /// - `PREPAID`: monthly subscription.
    ///
    /// **Note:** Only supports converting pay-as-you-go instances to annual and monthly subscription instances.
    ///
    /// default value: `PREPAID`
    ///
    /// 修改后实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// -  PREPAID：预付费，即包年包月。
    ///
    /// -  POSTPAID_BY_HOUR：后付费，即按量付费。
    pub instance_charge_type: String,
    /// Modified prepaid mode, parameter settings related to monthly/annual subscription. by specifying this parameter, you can specify the purchase duration of annual and monthly subscription instances, whether to enable auto-renewal, and other attributes.
    ///
    /// 修改后预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。
    ///
    /// 若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Whether to switch the billing mode of elastic data cloud disks simultaneously. valid values:
    ///
    /// -  true: means switching the billing mode of elastic data cloud disks
    ///
    /// -  false: means not switching the billing mode of elastic data cloud disks
    ///
    /// default value: false.
    ///
    /// 是否同时切换弹性数据云盘计费模式。取值范围：
    ///
    /// -  true：表示切换弹性数据云盘计费模式
    ///
    /// -  false：表示不切换弹性数据云盘计费模式
    ///
    /// 默认取值：false。
    pub modify_portable_data_disk: Option<bool>,
}

impl serde::Serialize for ModifyInstancesChargeTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesChargeTypeRequest",
            2 + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.modify_portable_data_disk.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("ModifyPortableDataDisk", &self.modify_portable_data_disk)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesChargeTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstancesChargeTypeRequest {
    const NAME: &'static str = "ModifyInstancesChargeTypeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "ModifyPortableDataDisk",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_charge_type: f1,
                    instance_charge_prepaid: r.or_default(f2),
                    modify_portable_data_disk: r.or_default(f3),
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

impl ModifyInstancesChargeTypeRequest {
    /// The request with its required members (`InstanceIds`, `InstanceChargeType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_charge_type: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_charge_type: instance_charge_type.into(),
            instance_charge_prepaid: None,
            modify_portable_data_disk: None,
        }
    }
}

impl tencent_action::Request for ModifyInstancesChargeTypeRequest {
    type Action = ModifyInstancesChargeType;
}

/// Adjust the distributed placement group of an instance (调整实例分散置放群组): the request of `ModifyInstancesDisasterRecoverGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesDisasterRecoverGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesDisasterRecoverGroupRequest {
    /// One or more instance ids to be operated. you can obtain the instance ID through the `InstanceId` in the return value from the api [DescribeInstances](https://www.tencentcloud.com/zh/document/api/213/33258). the maximum number of instances per request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100
    pub instance_ids: Vec<String>,
    /// Spread placement group ID. obtain through the api [DescribeDisasterRecoverGroups](https://www.tencentcloud.com/zh/document/api/213/33261).
    ///
    /// 分散置放群组ID，可使用[DescribeDisasterRecoverGroups](https://cloud.tencent.com/document/api/213/17810)接口获取
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub disaster_recover_group_id: Option<String>,
    /// Whether to forcibly change instance hosts. value range:
    ///
    /// - true: indicates that the instance is allowed to change hosts, allowing the instance to reboot. local disk machine does not support specifying this parameter.
    ///
    /// - false: does not allow the instance to change hosts. instances can only be added to the placement group on the current host. this may result in a failure to change the placement group.
    ///
    /// default value: false.
    ///
    /// 是否强制更换实例宿主机。取值范围：
    ///
    /// - true：表示允许实例更换宿主机，允许重启实例。本地盘子机不支持指定此参数。
    ///
    /// - false：不允许实例更换宿主机，只在当前宿主机上加入置放群组。这可能导致更换置放群组失败。
    ///
    /// 默认取值：false
    pub force: Option<bool>,
    /// 置放群组id列表(目前仅支持指定一个)
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// 分区置放群组的分区Id，取值范围：1-10，具体取决于所选置放群组的分区数量，如果选中的置放群组是分区置放群组，该值不传默认随机(该功能灰度中)
    pub partition_number: Option<i64>,
}

impl serde::Serialize for ModifyInstancesDisasterRecoverGroupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesDisasterRecoverGroupRequest",
            1 + usize::from(self.disaster_recover_group_id.is_some())
                + usize::from(self.force.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.partition_number.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("DisasterRecoverGroupId", &self.disaster_recover_group_id)?;
        s.optional("Force", &self.force)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("PartitionNumber", &self.partition_number)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesDisasterRecoverGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for ModifyInstancesDisasterRecoverGroupRequest {
    const NAME: &'static str = "ModifyInstancesDisasterRecoverGroupRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "DisasterRecoverGroupId",
        "Force",
        "DisasterRecoverGroupIds",
        "PartitionNumber",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    disaster_recover_group_id: r.or_default(f1),
                    force: r.or_default(f2),
                    disaster_recover_group_ids: r.or_default(f3),
                    partition_number: r.or_default(f4),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyInstancesDisasterRecoverGroupRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            disaster_recover_group_id: None,
            force: None,
            disaster_recover_group_ids: None,
            partition_number: None,
        }
    }
}

impl tencent_action::Request for ModifyInstancesDisasterRecoverGroupRequest {
    type Action = ModifyInstancesDisasterRecoverGroup;
}

/// Modifies the project of an instance (修改实例所属项目): the request of `ModifyInstancesProject`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesProject`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesProjectRequest {
    /// Instance IDs. To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. You can operate up to 100 instances in each request.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。每次请求允许操作的实例数量上限是100。
    pub instance_ids: Vec<String>,
    /// Project ID. You can use the API `AddProject` to create projects, and obtain the `projectId` field in the response of the `DescribeProject` API. When using the [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) API to query instances later, you can filter the results by the project ID.
    ///
    /// 项目ID。项目可以使用[AddProject](https://cloud.tencent.com/document/api/651/81952)接口创建。可通过[DescribeProject](https://cloud.tencent.com/document/api/651/78725) 接口返回值中的`projectId`获取。后续使用[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口查询实例时，项目ID可用于过滤结果。
    pub project_id: i64,
}

impl serde::Serialize for ModifyInstancesProjectRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesProjectRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("ProjectId", &self.project_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesProjectRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstancesProjectRequest {
    const NAME: &'static str = "ModifyInstancesProjectRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "ProjectId"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    project_id: f1,
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

impl ModifyInstancesProjectRequest {
    /// The request with its required members (`InstanceIds`, `ProjectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        project_id: i64,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            project_id,
        }
    }
}

impl tencent_action::Request for ModifyInstancesProjectRequest {
    type Action = ModifyInstancesProject;
}

/// Modifies the renewal flag of an instance (修改实例续费标识): the request of `ModifyInstancesRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesRenewFlag`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesRenewFlagRequest {
    /// For one or more instance IDs to be operated. You can obtain the instance ID through the `instanceid` in the returned value from the API [DescribeInstances](https://cloud.tencent.com/document/api/213/15728). The maximum number of instances that can be operated for each request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。每次请求允许操作的实例数量上限是100。
    pub instance_ids: Vec<String>,
    /// Auto-renewal flag. Valid values:
    ///
    /// - NOTIFY_AND_AUTO_RENEW: Notifies of expiration and performs auto-renewal.
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: Notifies of expiration but does not perform auto-renewal.
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: Not notifies of expiration nor perform auto-renewal.
    ///
    /// If this parameter is specified to NOTIFY_AND_AUTO_RENEW, the instance will be automatically renewed on a monthly basis after it expires when there is sufficient account balance.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
    pub renew_flag: String,
}

impl serde::Serialize for ModifyInstancesRenewFlagRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesRenewFlagRequest",
            2,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("RenewFlag", &self.renew_flag)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesRenewFlagRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstancesRenewFlagRequest {
    const NAME: &'static str = "ModifyInstancesRenewFlagRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "RenewFlag"];
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
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    renew_flag: f1,
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

impl ModifyInstancesRenewFlagRequest {
    /// The request with its required members (`InstanceIds`, `RenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        renew_flag: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            renew_flag: renew_flag.into(),
        }
    }
}

impl tencent_action::Request for ModifyInstancesRenewFlagRequest {
    type Action = ModifyInstancesRenewFlag;
}

/// Modifies instance VPC attributes (修改实例vpc的属性): the request of `ModifyInstancesVpcAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyInstancesVpcAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyInstancesVpcAttributeRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 待操作的实例ID数组。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
    /// VPC configurations. You can use this parameter to specify the VPC ID, subnet ID, VPC IP, etc. If the specified VPC ID and subnet ID (the subnet must be in the same availability zone as the instance) are different from the VPC where the specified instance resides, the instance will be migrated to a subnet of the specified VPC. You can use `PrivateIpAddresses` to specify the VPC subnet IP. If you want to specify the subnet IP, you will need to specify a subnet IP for each of the specified instances, and each `InstanceIds` will match a `PrivateIpAddresses`. If `PrivateIpAddresses` is not specified, the VPC subnet IP will be assigned randomly.
    ///
    /// 私有网络相关信息配置，通过该参数指定私有网络的ID，子网ID，私有网络ip等信息。
    ///
    /// - 当指定私有网络ID和子网ID（子网必须在实例所在的可用区）与指定实例所在私有网络不一致时，会将实例迁移至指定的私有网络的子网下。
    ///
    /// - 可通过`PrivateIpAddresses`指定私有网络子网IP，若需指定则所有已指定的实例均需要指定子网IP，此时`InstanceIds`与`PrivateIpAddresses`一一对应。
    ///
    /// - 不指定`PrivateIpAddresses`时随机分配私有网络子网IP。
    pub virtual_private_cloud: VirtualPrivateCloud,
    /// Whether to force shut down a running instances. Default value: TRUE.
    ///
    /// 是否对运行中的实例选择强制关机。默认为true。
    pub force_stop: Option<bool>,
    /// Whether to keep the host name. Default value: FALSE.
    ///
    /// 是否保留主机名。
    ///
    /// 默认值：true
    pub reserve_host_name: Option<bool>,
}

impl serde::Serialize for ModifyInstancesVpcAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyInstancesVpcAttributeRequest",
            2 + usize::from(self.force_stop.is_some())
                + usize::from(self.reserve_host_name.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.optional("ReserveHostName", &self.reserve_host_name)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyInstancesVpcAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyInstancesVpcAttributeRequest {
    const NAME: &'static str = "ModifyInstancesVpcAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "VirtualPrivateCloud",
        "ForceStop",
        "ReserveHostName",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    virtual_private_cloud: f1,
                    force_stop: r.or_default(f2),
                    reserve_host_name: r.or_default(f3),
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

impl ModifyInstancesVpcAttributeRequest {
    /// The request with its required members (`InstanceIds`, `VirtualPrivateCloud`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        virtual_private_cloud: VirtualPrivateCloud,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            virtual_private_cloud,
            force_stop: None,
            reserve_host_name: None,
        }
    }
}

impl tencent_action::Request for ModifyInstancesVpcAttributeRequest {
    type Action = ModifyInstancesVpcAttribute;
}

/// Modifies key pair attributes (修改密钥对属性): the request of `ModifyKeyPairAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyKeyPairAttribute`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyKeyPairAttributeRequest {
    /// Key pair ID in the format of `skey-xxxxxxxx`.
    ///
    /// You can obtain the available key pair IDs in two ways:
    ///
    /// - Log in to the [console](https://console.cloud.tencent.com/cvm/sshkey) to query the key pair IDs.
    ///
    /// - Call [DescribeKeyPairs](https://intl.cloud.tencent.com/document/api/213/15699?from_cn_redirect=1) and look for `KeyId` in the response.
    ///
    /// 密钥对ID。可以通过以下方式获取可用的密钥 ID：
    ///
    /// - 通过登录[控制台](https://console.cloud.tencent.com/cvm/sshkey)查询密钥 ID。
    ///
    /// - 通过调用接口 [DescribeKeyPairs](https://cloud.tencent.com/document/api/213/9403) ，取返回信息中的 `KeyId` 获取密钥对 ID。
    pub key_id: String,
    /// New key pair name, which can contain numbers, letters, and underscores, with a maximum length of 25 characters.
    ///
    /// 修改后的密钥对名称，可由数字，字母和下划线组成，长度不超过25个字符。
    pub key_name: Option<String>,
    /// New key pair description. You can specify any name you like, but its length cannot exceed 60 characters.
    ///
    /// 修改后的密钥对描述信息。可任意命名，但不得超过60个字符。
    pub description: Option<String>,
}

impl serde::Serialize for ModifyKeyPairAttributeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyKeyPairAttributeRequest",
            1 + usize::from(self.key_name.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.field("KeyId", &self.key_id)?;
        s.optional("KeyName", &self.key_name)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyKeyPairAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ModifyKeyPairAttributeRequest {
    const NAME: &'static str = "ModifyKeyPairAttributeRequest";
    const FIELDS: &'static [&'static str] = &["KeyId", "KeyName", "Description"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    key_id: f0,
                    key_name: r.or_default(f1),
                    description: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ModifyKeyPairAttributeRequest {
    /// The request with its required members (`KeyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(key_id: impl Into<String>) -> Self {
        Self {
            key_id: key_id.into(),
            key_name: None,
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyKeyPairAttributeRequest {
    type Action = ModifyKeyPairAttribute;
}

/// Modifies the default version of the instance launch template (修改实例启动模板默认版本): the request of `ModifyLaunchTemplateDefaultVersion`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyLaunchTemplateDefaultVersion`].
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyLaunchTemplateDefaultVersionRequest {
    /// The launch template ID
    ///
    /// 启动模板ID。可通过 [DescribeLaunchTemplates](https://cloud.tencent.com/document/api/213/66322) 接口返回值中的`LaunchTemplateId `获取。
    pub launch_template_id: String,
    /// The number of the version that you want to set as the default version
    ///
    /// 待设置的默认版本号。可通过 [DescribeLaunchTemplateVersions](https://cloud.tencent.com/document/api/213/66323) 接口返回值中的`LaunchTemplateVersion`获取。
    pub default_version: i64,
}

impl serde::Serialize for ModifyLaunchTemplateDefaultVersionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyLaunchTemplateDefaultVersionRequest",
            2,
        )?;
        s.field("LaunchTemplateId", &self.launch_template_id)?;
        s.field("DefaultVersion", &self.default_version)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ModifyLaunchTemplateDefaultVersionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for ModifyLaunchTemplateDefaultVersionRequest {
    const NAME: &'static str = "ModifyLaunchTemplateDefaultVersionRequest";
    const FIELDS: &'static [&'static str] = &["LaunchTemplateId", "DefaultVersion"];
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
                ::core::result::Result::Ok(Self {
                    launch_template_id: f0,
                    default_version: f1,
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

impl ModifyLaunchTemplateDefaultVersionRequest {
    /// The request with its required members (`LaunchTemplateId`, `DefaultVersion`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl Into<String>, default_version: i64) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            default_version,
        }
    }
}

impl tencent_action::Request for ModifyLaunchTemplateDefaultVersionRequest {
    type Action = ModifyLaunchTemplateDefaultVersion;
}

/// 在线烧录FPGA镜像: the request of `ProgramFpgaImage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ProgramFpgaImage`].
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramFpgaImageRequest {
    /// 实例的ID信息。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// FPGA镜像文件的COS URL地址。
    pub fpga_url: String,
    /// 实例上FPGA卡的DBDF号，不填默认烧录FPGA镜像到实例所拥有的所有FPGA卡。
    pub dbdfs: Option<Vec<String>>,
    /// 试运行，不会执行实际的烧录动作，默认为False。
    pub dry_run: Option<bool>,
}

impl serde::Serialize for ProgramFpgaImageRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ProgramFpgaImageRequest",
            2 + usize::from(self.dbdfs.is_some()) + usize::from(self.dry_run.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("FPGAUrl", &self.fpga_url)?;
        s.optional("DBDFs", &self.dbdfs)?;
        s.optional("DryRun", &self.dry_run)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ProgramFpgaImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ProgramFpgaImageRequest {
    const NAME: &'static str = "ProgramFpgaImageRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "FPGAUrl",
        "DBDFs",
        "DryRun",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    fpga_url: f1,
                    dbdfs: r.or_default(f2),
                    dry_run: r.or_default(f3),
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

impl ProgramFpgaImageRequest {
    /// The request with its required members (`InstanceId`, `FPGAUrl`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>, fpga_url: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            fpga_url: fpga_url.into(),
            dbdfs: None,
            dry_run: None,
        }
    }
}

impl tencent_action::Request for ProgramFpgaImageRequest {
    type Action = ProgramFpgaImage;
}

/// 创建实例资源池预扣包: the request of `PurchaseResourcePoolPacks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`PurchaseResourcePoolPacks`].
#[derive(Debug, Clone, PartialEq)]
pub struct PurchaseResourcePoolPacksRequest {
    /// 实例资源池预扣包所在可用区。形如：ap-guangzhou-6。可通过[DescribeZones](https://cloud.tencent.com/document/product/213/15707)接口获取可用区列表。
    pub zone: String,
    /// 实例资源池预扣包的规格，仅支持半整机/整机规格。形如：SA9.96XLARGE1152（SA9半整机）。
    pub instance_type: String,
    /// 实例资源池预扣包的数量。1个数量代表1个半整机/整机资源池。取值范围：1-100。
    pub instance_count: u64,
    /// 实例资源池预扣包的时长，单位：月。取值范围：1-60。
    pub period: u64,
    /// 实例资源池类型。取值范围：
    ///
    /// - EXCLUSIVE：独享（默认值）
    ///
    /// - SHARED：共享
    ///
    /// 注意：第一期仅支持EXCLUSIVE类型。
    pub resource_pool_pack_type: Option<String>,
    /// 自动放置开关，默认开启（true）。
    ///
    /// - 开启：在不指定实例资源池创建实例时，系统会在开启了该能力的实例资源池里寻找合适的池子创建实例。
    ///
    /// - 关闭：在不指定实例资源池创建实例时，系统不会在该池子里创建实例，只有在指定实例资源池创建实例时，指定了该池子的ID，才允许在池子内创建实例。
    pub auto_placement: Option<bool>,
    /// 实例资源池的名称。长度限制：1-60个字符，支持中文、英文、数字、连接线"-"、下划线"_"。
    pub dedicated_resource_pool_pack_name: Option<String>,
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费（默认值）
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    pub renew_flag: Option<String>,
    /// 试运行，用于校验请求参数是否正确。默认为false。
    ///
    /// - true：发送检查请求，不会创建实例资源池。检查项包括是否填写了必需参数，请求格式，业务限制等。如果检查不通过，则返回对应错误码；如果检查通过，则返回RequestId。
    ///
    /// - false（默认值）：发送正常请求，通过检查后直接创建实例资源池。
    pub dry_run: Option<bool>,
}

impl serde::Serialize for PurchaseResourcePoolPacksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PurchaseResourcePoolPacksRequest",
            4 + usize::from(self.resource_pool_pack_type.is_some())
                + usize::from(self.auto_placement.is_some())
                + usize::from(self.dedicated_resource_pool_pack_name.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.dry_run.is_some()),
        )?;
        s.field("Zone", &self.zone)?;
        s.field("InstanceType", &self.instance_type)?;
        s.field("InstanceCount", &self.instance_count)?;
        s.field("Period", &self.period)?;
        s.optional("ResourcePoolPackType", &self.resource_pool_pack_type)?;
        s.optional("AutoPlacement", &self.auto_placement)?;
        s.optional(
            "DedicatedResourcePoolPackName",
            &self.dedicated_resource_pool_pack_name,
        )?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("DryRun", &self.dry_run)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for PurchaseResourcePoolPacksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for PurchaseResourcePoolPacksRequest {
    const NAME: &'static str = "PurchaseResourcePoolPacksRequest";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "InstanceType",
        "InstanceCount",
        "Period",
        "ResourcePoolPackType",
        "AutoPlacement",
        "DedicatedResourcePoolPackName",
        "RenewFlag",
        "DryRun",
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
        match (f0, f1, f2, f3) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
            ) => {
                ::core::result::Result::Ok(Self {
                    zone: f0,
                    instance_type: f1,
                    instance_count: f2,
                    period: f3,
                    resource_pool_pack_type: r.or_default(f4),
                    auto_placement: r.or_default(f5),
                    dedicated_resource_pool_pack_name: r.or_default(f6),
                    renew_flag: r.or_default(f7),
                    dry_run: r.or_default(f8),
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

impl PurchaseResourcePoolPacksRequest {
    /// The request with its required members (`Zone`, `InstanceType`, `InstanceCount`, `Period`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        zone: impl Into<String>,
        instance_type: impl Into<String>,
        instance_count: u64,
        period: u64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
            resource_pool_pack_type: None,
            auto_placement: None,
            dedicated_resource_pool_pack_name: None,
            renew_flag: None,
            dry_run: None,
        }
    }
}

impl tencent_action::Request for PurchaseResourcePoolPacksRequest {
    type Action = PurchaseResourcePoolPacks;
}

/// Restarts instances (重启实例): the request of `RebootInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RebootInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct RebootInstancesRequest {
    /// Instance IDs. To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. You can operate up to 100 instances in each request.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Whether to forcibly restart an instance after a normal restart fails. Valid values:
    ///
    /// - `TRUE`: yes;
    ///
    /// - `FALSE`: no
    ///
    /// Default value: `FALSE`. This parameter has been disused. We recommend using `StopType` instead. Note that `ForceReboot` and `StopType` parameters cannot be specified at the same time.
    ///
    /// 本参数已弃用，推荐使用StopType，不可以与参数StopType同时使用。表示是否在正常重启失败后选择强制重启实例。取值范围：
    ///
    /// - true：表示在正常重启失败后进行强制重启
    ///
    /// - false：表示在正常重启失败后不进行强制重启
    ///
    /// 默认取值：false。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub force_reboot: Option<bool>,
    /// Shutdown type. Valid values:
    ///
    /// - SOFT: soft shutdown
    ///
    /// - HARD: hard shutdown
    ///
    /// - SOFT_FIRST: perform a soft shutdown first, and perform a hard shutdown if the soft shutdown fails
    ///
    /// Default value: SOFT.
    ///
    /// 关机类型。取值范围：
    ///
    /// - SOFT：表示软关机
    ///
    /// - HARD：表示硬关机
    ///
    /// - SOFT_FIRST：表示优先软关机，失败再执行硬关机
    ///
    /// 默认取值：SOFT。
    pub stop_type: Option<String>,
}

impl serde::Serialize for RebootInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RebootInstancesRequest",
            1 + usize::from(self.force_reboot.is_some())
                + usize::from(self.stop_type.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("ForceReboot", &self.force_reboot)?;
        s.optional("StopType", &self.stop_type)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RebootInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RebootInstancesRequest {
    const NAME: &'static str = "RebootInstancesRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "ForceReboot", "StopType"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    force_reboot: r.or_default(f1),
                    stop_type: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl RebootInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            force_reboot: None,
            stop_type: None,
        }
    }
}

impl tencent_action::Request for RebootInstancesRequest {
    type Action = RebootInstances;
}

/// Removes the out-of-band network and deployment network of a CHC host (清理CHC物理服务器的带外网络和部署网络): the request of `RemoveChcAssistVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveChcAssistVpc`].
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveChcAssistVpcRequest {
    /// CHC ID
    ///
    /// CHC物理服务器Id。
    pub chc_ids: Vec<String>,
}

impl serde::Serialize for RemoveChcAssistVpcRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RemoveChcAssistVpcRequest",
            1,
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RemoveChcAssistVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RemoveChcAssistVpcRequest {
    const NAME: &'static str = "RemoveChcAssistVpcRequest";
    const FIELDS: &'static [&'static str] = &["ChcIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { chc_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl RemoveChcAssistVpcRequest {
    /// The request with its required members (`ChcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(chc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for RemoveChcAssistVpcRequest {
    type Action = RemoveChcAssistVpc;
}

/// Removes the deployment network of a CHC (清理CHC物理服务器的部署网络): the request of `RemoveChcDeployVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveChcDeployVpc`].
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveChcDeployVpcRequest {
    /// CHC ID
    ///
    /// CHC物理服务器Id。
    pub chc_ids: Vec<String>,
}

impl serde::Serialize for RemoveChcDeployVpcRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RemoveChcDeployVpcRequest",
            1,
        )?;
        s.field("ChcIds", &self.chc_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RemoveChcDeployVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RemoveChcDeployVpcRequest {
    const NAME: &'static str = "RemoveChcDeployVpcRequest";
    const FIELDS: &'static [&'static str] = &["ChcIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { chc_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl RemoveChcDeployVpcRequest {
    /// The request with its required members (`ChcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(chc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            chc_ids: chc_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for RemoveChcDeployVpcRequest {
    type Action = RemoveChcDeployVpc;
}

/// 续费CDH实例: the request of `RenewHosts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewHosts`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenewHostsRequest {
    /// 一个或多个待操作的CDH实例ID。每次请求的CDH实例的上限为100。
    pub host_ids: Vec<String>,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub host_charge_prepaid: ChargePrepaid,
}

impl serde::Serialize for RenewHostsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RenewHostsRequest",
            2,
        )?;
        s.field("HostIds", &self.host_ids)?;
        s.field("HostChargePrepaid", &self.host_charge_prepaid)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RenewHostsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RenewHostsRequest {
    const NAME: &'static str = "RenewHostsRequest";
    const FIELDS: &'static [&'static str] = &["HostIds", "HostChargePrepaid"];
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
                ::core::result::Result::Ok(Self {
                    host_ids: f0,
                    host_charge_prepaid: f1,
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

impl RenewHostsRequest {
    /// The request with its required members (`HostIds`, `HostChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        host_ids: impl IntoIterator<Item = impl Into<String>>,
        host_charge_prepaid: ChargePrepaid,
    ) -> Self {
        Self {
            host_ids: host_ids.into_iter().map(Into::into).collect(),
            host_charge_prepaid,
        }
    }
}

impl tencent_action::Request for RenewHostsRequest {
    type Action = RenewHosts;
}

/// Renew an instance (续费实例): the request of `RenewInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct RenewInstancesRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). The maximum number of instances per request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Settings for prepaid (monthly/yearly subscription) instances, including renewal duration and auto-renewal options. This parameter is required for prepaid instances.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的续费时长、是否设置自动续费等属性。
    ///
    /// 包年包月实例该参数为必传参数。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Whether to renew the elastic data disk. valid values:
    ///
    /// - true: indicates renewing the annual and monthly subscription instance and its mounted elastic data disk simultaneously
    ///
    /// - false: indicates renewing the annual and monthly subscription instance while no longer renewing its mounted elastic data disk
    ///
    /// default value: true.
    ///
    /// 是否续费弹性数据盘。取值范围：
    ///
    /// - true：表示续费包年包月实例同时续费其挂载的弹性数据盘
    ///
    /// - false：表示续费包年包月实例同时不再续费其挂载的弹性数据盘
    ///
    /// 默认取值：true。
    pub renew_portable_data_disk: Option<bool>,
}

impl serde::Serialize for RenewInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RenewInstancesRequest",
            1 + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.renew_portable_data_disk.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("RenewPortableDataDisk", &self.renew_portable_data_disk)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RenewInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RenewInstancesRequest {
    const NAME: &'static str = "RenewInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceChargePrepaid",
        "RenewPortableDataDisk",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    instance_charge_prepaid: r.or_default(f1),
                    renew_portable_data_disk: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl RenewInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_charge_prepaid: None,
            renew_portable_data_disk: None,
        }
    }
}

impl tencent_action::Request for RenewInstancesRequest {
    type Action = RenewInstances;
}

/// 管理维修任务: the request of `RepairTaskControl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RepairTaskControl`].
#[derive(Debug, Clone, PartialEq)]
pub struct RepairTaskControlRequest {
    /// 待授权任务实例对应的产品类型，支持取值：
    ///
    /// - `CVM`：云服务器
    ///
    /// - `CDH`：专用宿主机
    ///
    /// - `CPM2.0`：裸金属云服务器
    pub product: String,
    /// 指定待操作的实例ID列表，仅允许对列表中的实例ID相关的维修任务发起授权，可通过 [DescribeTaskInfo](https://cloud.tencent.com/document/api/213/87933) 接口返回值中的`InstanceId`获取。
    pub instance_ids: Vec<String>,
    /// 指定待操作的维修任务ID，可通过 [DescribeTaskInfo](https://cloud.tencent.com/document/api/213/87933) 接口返回值中的`TaskId`获取。
    pub task_id: String,
    /// 操作类型，当前只支持传入`AuthorizeRepair`。
    pub operate: String,
    /// 预约授权时间，形如`2023-01-01 12:00:00`。预约时间需晚于当前时间至少5分钟，且在48小时之内。
    pub order_auth_time: Option<String>,
    /// 附加的授权处理策略，不传或为空时，按默认授权方式进行处理。对于支持弃盘迁移授权的维修任务，当且仅当传入`LossyLocal`时，代表本次授权可允许发起弃盘迁移。
    ///
    /// 注意：
    ///
    /// 1. 指定`TaskSubMethod`为`LossyLocal`调用接口发起**弃盘迁移授权**时，本地盘实例的**所有本地盘数据都会清空**，相当于**重新部署本地盘实例**。
    ///
    /// 2. 对于非本地盘实例，或不支持弃盘迁移选项的任务，指定`TaskSubMethod`为`LossyLocal`时接口不会报错，不过后端会自动忽略该参数。
    ///
    /// 3. 特别的：如果本地盘实例系统盘是CBS云盘，并且`/etc/fstab`里之前配置了本地盘的自动挂载项，建议可根据业务侧的实际需求，评估是否在对应挂载项追加上`nofail`参数（代表对应挂载点挂载失败不阻塞开机流程）或注释对应的挂载路径。否则授权弃盘迁移后，对应本地盘数据已清空，自动挂载失败会导致实例开机流程失败进入救援模式。具体可参考 [Linux 实例：/etc/fstab 配置错误导致无法登录](https://cloud.tencent.com/document/product/213/72039)。
    pub task_sub_method: Option<String>,
}

impl serde::Serialize for RepairTaskControlRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RepairTaskControlRequest",
            4 + usize::from(self.order_auth_time.is_some())
                + usize::from(self.task_sub_method.is_some()),
        )?;
        s.field("Product", &self.product)?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("TaskId", &self.task_id)?;
        s.field("Operate", &self.operate)?;
        s.optional("OrderAuthTime", &self.order_auth_time)?;
        s.optional("TaskSubMethod", &self.task_sub_method)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RepairTaskControlRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RepairTaskControlRequest {
    const NAME: &'static str = "RepairTaskControlRequest";
    const FIELDS: &'static [&'static str] = &[
        "Product",
        "InstanceIds",
        "TaskId",
        "Operate",
        "OrderAuthTime",
        "TaskSubMethod",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
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
                    product: f0,
                    instance_ids: f1,
                    task_id: f2,
                    operate: f3,
                    order_auth_time: r.or_default(f4),
                    task_sub_method: r.or_default(f5),
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

impl RepairTaskControlRequest {
    /// The request with its required members (`Product`, `InstanceIds`, `TaskId`, `Operate`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        product: impl Into<String>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        task_id: impl Into<String>,
        operate: impl Into<String>,
    ) -> Self {
        Self {
            product: product.into(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            task_id: task_id.into(),
            operate: operate.into(),
            order_auth_time: None,
            task_sub_method: None,
        }
    }
}

impl tencent_action::Request for RepairTaskControlRequest {
    type Action = RepairTaskControl;
}

/// Reinstalls the OS of an instance (重装实例): the request of `ResetInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetInstance`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstanceRequest {
    /// Instance ID. To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response.
    ///
    /// 实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// Specified effective [image](https://intl.cloud.tencent.com/document/product/213/4940?from_cn_redirect=1) ID in the format of `img-xxx`. There are four types of images:
    ///
    /// - Public images
    ///
    /// - Custom images
    ///
    /// - Shared images
    ///
    /// - Marketplace images
    ///
    /// You can obtain the available image IDs in the following ways:
    ///
    /// - for IDs of `public images`, `custom images`, and `shared images`, log in to the [CVM console](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE); for IDs of `marketplace images`, go to [Cloud Marketplace](https://market.cloud.tencent.com/list).
    ///
    /// - Call the API [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) and look for `ImageId` in the response.
    ///
    /// Default value: current image.
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 服务市场镜像
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`服务镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，取返回信息中的`ImageId`字段。
    ///
    /// 默认取值：默认使用当前镜像。
    pub image_id: Option<String>,
    /// Configurations of the system disk. For an instance whose system disk is a cloud disk, this parameter can be used to expand the system disk by specifying a new capacity after reinstallation. The system disk capacity can only be expanded but not shrunk. Reinstalling the system can only resize rather than changing the type of the system disk.
    ///
    /// 实例系统盘配置信息。系统盘为云盘的实例可以通过该参数指定重装后的系统盘大小来实现对系统盘的扩容操作。系统盘大小只支持扩容不支持缩容；重装只支持修改系统盘的大小，不能修改系统盘的类型。
    pub system_disk: Option<SystemDisk>,
    /// Login settings of the instance. You can use this parameter to set the login method, password, and key of the instance or keep the login settings of the original image. By default, a random password will be generated and sent to you via the Message Center.
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。
    pub login_settings: Option<LoginSettings>,
    /// Enhanced services. You can specify whether to enable services such as Cloud Security and Cloud Monitor through this parameter. If this parameter is not specified, Cloud Monitor and Cloud Security are enabled for public images by default, but not enabled for custom images and marketplace images by default. Instead, they use services retained in the images.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。
    pub enhanced_service: Option<EnhancedService>,
    /// When reinstalling a system, you can modify an instance's hostname.
    ///
    /// - Period (.) and hyphen (-) should not be used as the first or last character of the hostname, and should not be used consecutively.
    ///
    /// - Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.
    ///
    /// - Instances of other types (such as Linux instances): The hostname should contain 2 to 60 characters, including multiple periods (.), with each segment between periods considered as one section. Each section can contain letters (case insensitive), digits, and hyphens (-).
    ///
    /// 重装系统时，可以指定修改实例的主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：主机名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：主机名字符长度为\[2, 60\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    pub host_name: Option<String>,
    /// User data provided to the instance. This parameter needs to be encoded in base64 format with the maximum size of 16 KB. For more information on how to get the value of this parameter, see the commands you need to execute on startup for [Windows](https://intl.cloud.tencent.com/document/product/213/17526) or [Linux](https://intl.cloud.tencent.com/document/product/213/17525).
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅[Windows](https://cloud.tencent.com/document/product/213/17526)和[Linux](https://cloud.tencent.com/document/product/213/17525)启动时运行命令。
    pub user_data: Option<String>,
}

impl serde::Serialize for ResetInstanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResetInstanceRequest",
            1 + usize::from(self.image_id.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.user_data.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("UserData", &self.user_data)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResetInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ResetInstanceRequest {
    const NAME: &'static str = "ResetInstanceRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "ImageId",
        "SystemDisk",
        "LoginSettings",
        "EnhancedService",
        "HostName",
        "UserData",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    image_id: r.or_default(f1),
                    system_disk: r.or_default(f2),
                    login_settings: r.or_default(f3),
                    enhanced_service: r.or_default(f4),
                    host_name: r.or_default(f5),
                    user_data: r.or_default(f6),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ResetInstanceRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            image_id: None,
            system_disk: None,
            login_settings: None,
            enhanced_service: None,
            host_name: None,
            user_data: None,
        }
    }
}

impl tencent_action::Request for ResetInstanceRequest {
    type Action = ResetInstance;
}

/// Changes the maximum public network bandwidth of an instance (调整实例带宽上限): the request of `ResetInstancesInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetInstancesInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesInternetMaxBandwidthRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100. When changing the bandwidth of instances with `BANDWIDTH_PREPAID` or `BANDWIDTH_POSTPAID_BY_HOUR` as the network billing method, you can only specify one instance at a time.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/9388)接口返回值中的 `InstanceId` 获取。 每次请求批量实例的上限为100。当调整 `BANDWIDTH_PREPAID` 和 `BANDWIDTH_POSTPAID_BY_HOUR` 计费方式的带宽时，只支持一个实例。
    pub instance_ids: Vec<String>,
    /// Configuration of public network egress bandwidth. The maximum bandwidth varies among different models. For more information, see the documentation on bandwidth limits. Currently only the `InternetMaxBandwidthOut` parameter is supported.
    ///
    /// 公网出带宽配置。不同机型带宽上限范围不一致，具体限制详见带宽限制对账表。暂时只支持 `InternetMaxBandwidthOut` 参数。
    pub internet_accessible: InternetAccessible,
    /// Date from which the new bandwidth takes effect. Format: `YYYY-MM-DD`, such as `2016-10-30`. The starting date cannot be earlier than the current date. If the starting date is the current date, the new bandwidth takes effect immediately. This parameter is only valid for prepaid bandwidth. If you specify the parameter for bandwidth with other network billing methods, an error code will be returned.
    ///
    /// 带宽生效的起始时间。格式：`YYYY-MM-DD`，例如：`2016-10-30`。起始时间不能早于当前时间。如果起始时间是今天则新设置的带宽立即生效。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
    pub start_time: Option<String>,
    /// Date until which the bandwidth takes effect, in the format of `YYYY-MM-DD`, such as `2016-10-30`. The validity period of the new bandwidth covers the end date. The end date should not be later than the expiration date of a monthly subscription instance. You can obtain the expiration date of an instance through the `ExpiredTime` in the return value from the API [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258). This parameter is only valid for monthly subscription bandwidth, and is not supported for bandwidth billed by other modes. Otherwise, the API will return a corresponding error code.
    ///
    /// 带宽生效的终止时间。格式： `YYYY-MM-DD` ，例如：`2016-10-30` 。新设置的带宽的有效期包含终止时间此日期。终止时间不能晚于包年包月实例的到期时间。实例的到期时间可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/9388)接口返回值中的`ExpiredTime`获取。该参数只对包年包月带宽有效，其他模式带宽不支持该参数，否则接口会以相应错误码返回。
    pub end_time: Option<String>,
}

impl serde::Serialize for ResetInstancesInternetMaxBandwidthRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResetInstancesInternetMaxBandwidthRequest",
            2 + usize::from(self.start_time.is_some())
                + usize::from(self.end_time.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InternetAccessible", &self.internet_accessible)?;
        s.optional("StartTime", &self.start_time)?;
        s.optional("EndTime", &self.end_time)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResetInstancesInternetMaxBandwidthRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct
for ResetInstancesInternetMaxBandwidthRequest {
    const NAME: &'static str = "ResetInstancesInternetMaxBandwidthRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InternetAccessible",
        "StartTime",
        "EndTime",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    internet_accessible: f1,
                    start_time: r.or_default(f2),
                    end_time: r.or_default(f3),
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

impl ResetInstancesInternetMaxBandwidthRequest {
    /// The request with its required members (`InstanceIds`, `InternetAccessible`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_accessible: InternetAccessible,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            internet_accessible,
            start_time: None,
            end_time: None,
        }
    }
}

impl tencent_action::Request for ResetInstancesInternetMaxBandwidthRequest {
    type Action = ResetInstancesInternetMaxBandwidth;
}

/// Resets instance passwords (重置实例密码): the request of `ResetInstancesPassword`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetInstancesPassword`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesPasswordRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728) API返回值中的`InstanceId`获取。每次请求允许操作的实例数量上限是100。
    pub instance_ids: Vec<String>,
    /// Login password of the instance. The password requirements vary among different operating systems:
    ///
    /// For a Linux instance, the password must be 8 to 30 characters in length; password with more than 12 characters is recommended. It cannot begin with "/", and must contain at least one character from three of the following categories:
    ///
    /// - Lowercase letters: \[a-z\]
    ///
    /// - Uppercase letters: \[A-Z\]
    ///
    /// - Numbers: 0-9
    ///
    /// - Special characters: ()\`\~!@#$%^&\*-+=\_|{}\[\]:;'\<\>,.?/
    ///
    /// For a Windows CVM, the password must be 12 to 30 characters in length. It cannot begin with "/" or contain a username. It must contain at least one character from three of the following categories:
    ///
    /// - Lowercase letters: \[a-z\]
    ///
    /// - Uppercase letters: \[A-Z\]
    ///
    /// - Numbers: 0-9
    ///
    /// - Special characters: ()\`\~!@#$%^&\*-+=\_|{}\[\]:;' \<\>,.?/\<br\>\<li\>If the specified instances include both `Linux` and `Windows` instances, you will need to follow the password requirements for `Windows` instances.
    ///
    /// 重置后的实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：Linux 实例密码必须8-30位，推荐使用12位以上密码，不能以“/”开头，至少包含以下字符中的三种不同字符，字符种类：
    ///
    /// - 小写字母：\[a-z\]
    ///
    /// - 大写字母：\[A-Z\]
    ///
    /// - 数字：0-9
    ///
    /// - 特殊字符： ()\`\~!@#$%^&\*-+=\_|{}\[\]:;'\<\>,.?/Windows 实例密码必须12\~30位，不能以“/”开头且不包括用户名，至少包含以下字符中的三种不同字符\</li\>\<li\>小写字母：\[a-z\]\</li\>\<li\>大写字母：\[A-Z\]\</li\>\<li\>数字： 0-9\</li\>\<li\>特殊字符：()\`\~!@#$%^&\*-+=\_|{}\[\]:;' \<\>,.?/
    ///
    /// - 如果实例即包含 `Linux` 实例又包含 `Windows` 实例，则密码复杂度限制按照 `Windows` 实例的限制。
    pub password: String,
    /// Username of the instance operating system for which the password needs to be reset. This parameter is limited to 64 characters.
    ///
    /// 待重置密码的实例操作系统的用户名。不得超过64个字符。
    pub user_name: Option<String>,
    /// Whether to force shut down a running instances. It is recommended to manually shut down a running instance before resetting the user password. Valid values:
    ///
    /// - TRUE: force shut down an instance after a normal shutdown fails.
    ///
    /// - FALSE: do not force shut down an instance after a normal shutdown fails.
    ///
    /// Default value: FALSE.
    ///
    /// A forced shutdown is similar to switching off the power of a physical computer. It may cause data loss or file system corruption. Be sure to only force shut down a CVM when it cannot be shut down normally.
    ///
    /// 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再重置用户密码。取值范围：
    ///
    /// - true：表示在正常关机失败后进行强制关机
    ///
    /// - false：表示在正常关机失败后不进行强制关机
    ///
    /// 默认取值：false。
    ///
    /// 强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
    pub force_stop: Option<bool>,
}

impl serde::Serialize for ResetInstancesPasswordRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResetInstancesPasswordRequest",
            2 + usize::from(self.user_name.is_some())
                + usize::from(self.force_stop.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("Password", &self.password)?;
        s.optional("UserName", &self.user_name)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResetInstancesPasswordRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ResetInstancesPasswordRequest {
    const NAME: &'static str = "ResetInstancesPasswordRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "Password",
        "UserName",
        "ForceStop",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    password: f1,
                    user_name: r.or_default(f2),
                    force_stop: r.or_default(f3),
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

impl ResetInstancesPasswordRequest {
    /// The request with its required members (`InstanceIds`, `Password`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        password: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            password: password.into(),
            user_name: None,
            force_stop: None,
        }
    }
}

impl tencent_action::Request for ResetInstancesPasswordRequest {
    type Action = ResetInstancesPassword;
}

/// Changes the model of an instance (调整实例配置): the request of `ResetInstancesType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetInstancesType`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResetInstancesTypeRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call the [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) API and find the value `InstanceId` in the response. The maximum number of instances in each request is 1.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。本接口目前仅支持每次操作1个实例。
    pub instance_ids: Vec<String>,
    /// Instance model. Different resource specifications are specified for different models. For specific values, call DescribeInstanceTypeConfigs to get the latest specification list or refer to [Instance Types](https://intl.cloud.tencent.com/document/product/213/11518?from_cn_redirect=1).
    ///
    /// 调整后的实例机型。不同实例机型指定了不同的资源规格，具体取值可通过调用接口[DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/api/213/15749)来获得最新的规格表或参见[实例类型](https://cloud.tencent.com/document/product/213/11518)描述。
    pub instance_type: String,
    /// Forced shutdown of a running instances. We recommend you firstly try to shut down a running instance manually. Valid values:
    ///
    /// - TRUE: forced shutdown of an instance after a normal shutdown fails.
    ///
    /// - FALSE: no forced shutdown of an instance after a normal shutdown fails.
    ///
    /// Default value: FALSE.
    ///
    /// A forced shutdown is similar to switching off the power of a physical computer. It may cause data loss or file system corruption. Be sure to only force a CVM to shut off if the normal shutdown fails.
    ///
    /// 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机。取值范围：
    ///
    /// - true：表示在正常关机失败后进行强制关机
    ///
    /// - false：表示在正常关机失败后不进行强制关机
    ///
    /// 默认取值：false。
    ///
    /// 强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
    pub force_stop: Option<bool>,
}

impl serde::Serialize for ResetInstancesTypeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResetInstancesTypeRequest",
            2 + usize::from(self.force_stop.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.field("InstanceType", &self.instance_type)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResetInstancesTypeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ResetInstancesTypeRequest {
    const NAME: &'static str = "ResetInstancesTypeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "InstanceType",
        "ForceStop",
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
                    instance_ids: f0,
                    instance_type: f1,
                    force_stop: r.or_default(f2),
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

impl ResetInstancesTypeRequest {
    /// The request with its required members (`InstanceIds`, `InstanceType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
        instance_type: impl Into<String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            instance_type: instance_type.into(),
            force_stop: None,
        }
    }
}

impl tencent_action::Request for ResetInstancesTypeRequest {
    type Action = ResetInstancesType;
}

/// Expands the disk capacity of an instance (扩容实例磁盘): the request of `ResizeInstanceDisks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResizeInstanceDisks`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResizeInstanceDisksRequest {
    /// Instance ID to be operated. can be obtained from the `InstanceId` in the return value from the [DescribeInstances API](https://www.tencentcloud.com/document/api/213/33258) .
    ///
    /// 待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。
    pub instance_id: String,
    /// Specifies the configuration information of the data disk to be expanded, only supporting specifying the target capacity of the disk to be expanded. only non-elastic data disks (with `Portable` being `false` in the return values of [DescribeDisks](https://www.tencentcloud.com/document/api/362/16315)) can be expanded. the unit of data disk capacity is GiB. the minimum expansion step is 10 GiB. for data disk type selection, refer to [disk product introduction](https://www.tencentcloud.com/document/product/362/31636). the available data disk type is restricted by the instance type `InstanceType`. additionally, the maximum allowable capacity for expansion varies by data disk type. You can specify either DataDisks or SystemDisk, but not both at the same time.
    ///
    /// 待扩容的数据盘配置信息，仅支持指定待扩容盘的目的容量。只支持扩容非弹性数据盘（[DescribeDisks](https://cloud.tencent.com/document/api/362/16315)接口返回值中的`Portable`为`false`表示非弹性）。数据盘容量单位：GiB。最小扩容步长：10GiB。关于数据盘类型的选择请参考[硬盘产品简介](https://cloud.tencent.com/document/product/362/2353)。可选数据盘类型受到实例类型`InstanceType`限制。另外允许扩容的最大容量也因数据盘类型的不同而有所差异。
    ///
    /// 您必须指定参数DataDisks与SystemDisk的其中一个，但不能同时指定。
    pub data_disks: Option<Vec<DataDisk>>,
    /// Specifies whether to forcibly shut down a running instance. it is recommended to manually shut down a running instance first and then expand the instance disk. valid values:
    ///
    /// - true: forcibly shut down an instance after a normal shutdown fails.
    ///
    /// - false: do not forcibly shut down an instance after a normal shutdown fails.
    ///
    /// default value: false.
    ///
    /// forced shutdown is equivalent to turning off a physical computer's power switch. forced shutdown may cause data loss or file system corruption and should only be used when a server cannot be shut down normally.
    ///
    /// 是否对运行中的实例选择强制关机。建议对运行中的实例先手动关机，然后再扩容实例磁盘。取值范围：
    ///
    /// - true：表示在正常关机失败后进行强制关机
    ///
    /// - false：表示在正常关机失败后不进行强制关机
    ///
    /// 默认取值：false。
    ///
    /// 强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
    pub force_stop: Option<bool>,
    /// System disk configuration information to be expanded. only supports specifying the purpose capacity of the disk to be expanded. only supports cloud disk expansion. You can specify either DataDisks or SystemDisk, but not both at the same time.
    ///
    /// 待扩容的系统盘配置信息，仅支持指定待扩容盘的目的容量。只支持扩容云盘。
    ///
    /// 您必须指定参数DataDisks与SystemDisk的其中一个，但不能同时指定。
    pub system_disk: Option<SystemDisk>,
    /// Whether the cloud disk is expanded online.
    ///
    /// 扩容云盘的方式是否为在线扩容。
    pub resize_online: Option<bool>,
}

impl serde::Serialize for ResizeInstanceDisksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResizeInstanceDisksRequest",
            1 + usize::from(self.data_disks.is_some())
                + usize::from(self.force_stop.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.resize_online.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("ResizeOnline", &self.resize_online)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for ResizeInstanceDisksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for ResizeInstanceDisksRequest {
    const NAME: &'static str = "ResizeInstanceDisksRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "DataDisks",
        "ForceStop",
        "SystemDisk",
        "ResizeOnline",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    data_disks: r.or_default(f1),
                    force_stop: r.or_default(f2),
                    system_disk: r.or_default(f3),
                    resize_online: r.or_default(f4),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl ResizeInstanceDisksRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: None,
            force_stop: None,
            system_disk: None,
            resize_online: None,
        }
    }
}

impl tencent_action::Request for ResizeInstanceDisksRequest {
    type Action = ResizeInstanceDisks;
}

/// Creates instances (创建实例): the request of `RunInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RunInstances`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunInstancesRequest {
    /// Instance [billing type](https://www.tencentcloud.com/document/product/213/2180).
    ///
    /// - `PREPAID`: Monthly Subscription, used for at least one month
    ///
    /// - `POSTPAID_BY_HOUR`: Hourly-based pay-as-you-go
    ///
    /// - `CDHPAID`: [Dedicated CVM](https://www.tencentcloud.com/document/product/416/5068?lang=en&pg=) (associated with a dedicated host. Resource usage of the dedicated host is free of charge.)
    ///
    /// - `SPOTPAID`: [Spot instance](https://intl.cloud.tencent.com/document/product/213/17817)
    ///
    /// Default value: `POSTPAID_BY_HOUR`.
    ///
    /// 实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：按小时后付费
    ///
    /// - CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收费）
    ///
    /// - SPOTPAID：竞价付费
    ///
    /// - CDCPAID：专用集群付费
    ///
    /// 默认值：POSTPAID_BY_HOUR。
    pub instance_charge_type: Option<String>,
    /// Details of the monthly subscription, including the purchase period, auto-renewal. It is required if the `InstanceChargeType` is `PREPAID`.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// Location of the instance. You can use this parameter to specify the availability zone, project, and CDH (for dedicated CVMs).
    ///
    /// Note: `Placement` is required when `LaunchTemplate` is not specified. If both the parameters are passed in, `Placement` prevails.
    ///
    /// 实例所在的位置。通过该参数可以指定实例所属可用区，所属项目，所属宿主机（在专用宿主机上创建子机时指定）等属性。
    ///
    /// 注：如果您不指定LaunchTemplate参数，则Placement为必选参数。若同时传递Placement和LaunchTemplate，则默认覆盖LaunchTemplate中对应的Placement的值。
    pub placement: Option<Placement>,
    /// The instance model.
    ///
    /// - To view specific values for `POSTPAID_BY_HOUR` instances, you can call DescribeInstanceTypeConfigs or refer to [Instance Types](https://www.tencentcloud.com/document/product/213/11518).
    ///
    /// - For `CDHPAID` instances, the value of this parameter is in the format of `CDH_XCXG` based on the number of CPU cores and memory capacity. For example, if you want to create a CDH instance with a single-core CPU and 1 GB memory, specify this parameter as `CDH_1C1G`.
    ///
    /// 实例机型。不同实例机型指定了不同的资源规格。
    ///
    /// - 对于付费模式为PREPAID或POSTPAID_BY_HOUR的实例创建，具体取值可通过调用接口[DescribeInstanceTypeConfigs](https://cloud.tencent.com/document/api/213/15749)来获得最新的规格表或参见[实例规格](https://cloud.tencent.com/document/product/213/11518)描述。若不指定该参数，则系统将根据当前地域的资源售卖情况动态指定默认机型。
    ///
    /// - 对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为前缀，根据CPU和内存配置生成，具体形式为：CDH_XCXG，例如对于创建CPU为1核，内存为1G大小的专用宿主机的实例，该参数应该为CDH_1C1G。
    pub instance_type: Option<String>,
    /// The [image](https://www.tencentcloud.com/document/product/213/4940) ID in the format of `img-xxx`. There are three types of images:
    ///
    /// - Public images
    ///
    /// - Custom images
    ///
    /// - Shared images
    ///
    /// To check the image ID:
    ///
    /// - For public images, custom images, and shared images, go to the [CVM console](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE).
    ///
    /// - Call [DescribeImages](https://www.tencentcloud.com/document/api/213/33272), pass in `InstanceType` to retrieve the list of images supported by the current model, and then find the `ImageId` in the response.
    ///
    /// Note: `ImageId` is required when `LaunchTemplate` is not specified. If both the parameters are passed in, `ImageId` prevails.
    ///
    /// 指定有效的[镜像](https://cloud.tencent.com/document/product/213/4940)ID，格式形如`img-xxx`。镜像类型分为四种：
    ///
    /// - 公共镜像
    ///
    /// - 自定义镜像
    ///
    /// - 共享镜像
    ///
    /// - 服务市场镜像
    ///
    /// 可通过以下方式获取可用的镜像ID：
    ///
    /// - `公共镜像`、`自定义镜像`、`共享镜像`的镜像ID可通过登录[控制台](https://console.cloud.tencent.com/cvm/image?rid=1&imageType=PUBLIC_IMAGE)查询；`服务镜像市场`的镜像ID可通过[云市场](https://market.cloud.tencent.com/list)查询。
    ///
    /// - 通过调用接口 [DescribeImages](https://cloud.tencent.com/document/api/213/15715) ，传入InstanceType获取当前机型支持的镜像列表，取返回信息中的`ImageId`字段。
    ///
    /// 注：如果您不指定LaunchTemplate参数，则ImageId为必选参数。若同时传递ImageId和LaunchTemplate，则默认覆盖LaunchTemplate中对应的ImageId的值。
    pub image_id: Option<String>,
    /// System disk configuration of the instance. If this parameter is not specified, the default value will be used.
    ///
    /// 实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配。
    pub system_disk: Option<SystemDisk>,
    /// The configuration information of instance data disks. If this parameter is not specified, no data disk will be purchased by default. When purchasing, you can specify 21 data disks, which can contain at most 1 LOCAL_BASIC or LOCAL_SSD data disk, and at most 20 CLOUD_BASIC, CLOUD_PREMIUM, or CLOUD_SSD data disks.
    ///
    /// 实例数据盘配置信息。若不指定该参数，则默认不购买数据盘。支持购买的时候指定21块数据盘，其中最多包含1块LOCAL_BASIC数据盘或者LOCAL_SSD数据盘，最多包含20块CLOUD_BASIC数据盘、CLOUD_PREMIUM数据盘或者CLOUD_SSD数据盘。
    pub data_disks: Option<Vec<DataDisk>>,
    /// Configuration information of VPC. This parameter is used to specify VPC ID and subnet ID, etc. If a VPC IP is specified in this parameter, it indicates the primary ENI IP of each instance. The value of parameter InstanceCount must be the same as the number of VPC IPs, which cannot be greater than 20.
    ///
    /// 私有网络相关信息配置。通过该参数可以指定私有网络的ID，子网ID等信息。若在此参数中指定了私有网络IP，即表示每个实例的主网卡IP；同时，InstanceCount参数必须与私有网络IP的个数一致且不能大于20。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Configuration of public network bandwidth. If this parameter is not specified, 0 Mbps will be used by default.
    ///
    /// 公网带宽相关信息设置。若不指定该参数，则默认公网带宽为0Mbps。
    pub internet_accessible: Option<InternetAccessible>,
    /// The number of instances to be purchased. Value range for pay-as-you-go instances: \[1, 100\]. Default value: `1`. The specified number of instances to be purchased cannot exceed the remaining quota allowed for the user. For more information on the quota, see [Quota for CVM Instances](https://www.tencentcloud.com/document/product/213/2664).
    ///
    /// 购买实例数量。包年包月实例取值范围：\[1，500\]，按量计费实例取值范围：\[1，500\]。默认取值：1。指定购买实例的数量不能超过用户所能购买的剩余配额数量，具体配额相关限制详见[CVM实例购买限制](https://cloud.tencent.com/document/product/213/2664)。
    pub instance_count: Option<i64>,
    /// Specifies the minimum number of instances to create. value range: positive integer not greater than InstanceCount.
    ///
    /// Specifies the minimum purchasable quantity, guarantees to create at least MinCount instances, and creates InstanceCount instances as much as possible.
    ///
    /// Insufficient inventory to meet the minimum purchasable quantity will trigger an error info indicating insufficient stock.
    ///
    /// Only applicable to accounts, regions, and billing modes (annual/monthly subscription, pay-as-you-go, spot instance, exclusive sales) with partial support.
    ///
    /// 指定创建实例的最小数量，取值范围为不大于InstanceCount的正整数。
    ///
    /// 指定最小数量时，承诺最少创建MinCount台实例，并尽量创建InstanceCount台实例。
    ///
    /// 库存不足以满足最小数量时，API 会返回库存不足最小数量的错误信息。
    ///
    /// 仅对支持部分发货的账号、区域和计费模式（包年包月、按量计费、竞价实例、按量包销）生效。
    pub min_count: Option<i64>,
    /// Instance display name.
    ///
    /// - If no instance display name is specified, it will display 'unnamed' by default.
    ///
    /// - Supports up to 128 characters (including pattern strings).
    ///
    /// - When purchasing multiple instances:.
    ///
    /// - Specify a pattern string {R:x}: Generates a numeric sequence \[x, x+n-1\], where n represents the number of purchased instances. For example: Input server_{R:3}. When purchasing 1 instance, the display name is server_3; when purchasing 2 instances, the display names are server_3 and server_4.
    ///
    /// - Specify a pattern string {R:x,F:y}: y indicates fixed digit (optional), value range \[0,8\], default value 0 means no fixed digit (equivalent to {R:x}). Automatically pads with zeros when digits are insufficient, for example: input server_{R:3,F:3}, when purchasing 2 instances, the instance display name is server_003, server_004. If digit count exceeds y (such as {R:99,F:2}), the actual number is used, for example: app_{R:99,F:2}, when purchasing 2 instances, the instance display name is app_99, app_100.
    ///
    /// - Pattern strings must strictly follow the format {R:x,F:y} or {R:x}. Invalid formats (such as {}) are treated as plain text. Multiple pattern strings are supported.
    ///
    /// - No pattern string specified: The display name is appended with suffix 1, 2...n, where n indicates the number of instances purchased. For example server_. When purchasing 2 instances, generates server_1 and server_2.
    ///
    /// 实例显示名称。
    ///
    /// - 不指定实例显示名称则默认显示‘未命名’。
    ///
    /// - 最多支持128个字符（含模式串）。
    ///
    /// - 购买多台实例时：
    ///
    /// - 指定模式串  {R:x}：表示生成数字序列 \[x, x+n-1\]，其中 n为购买实例的数量。例如：输入 server_{R:3}，购买1台时，实例显示名称为 server_3；购买2台时，实例显示名称分别为 server_3、server_4。
    ///
    /// - 指定模式串  {R:x,F:y}：y表示固定位数（可选），取值范围为 \[0,8\]，默认值 0表示不固定位数（等效于 {R:x}）。不足位时自动补零，例如：输入server_{R:3,F:3}，购买2台时，实例显示名称为 server_003、server_004。；若数字位数超过 y（如 {R:99,F:2}），以实际位数为准，例如：app_{R:99,F:2}，购买2台时，实例显示名称为 app_99、app_100。
    ///
    /// - 模式串需严格遵循 {R:x,F:y}或 {R:x}格式，无效格式（如 {}）视为普通文本。支持多个模式串。
    ///
    /// - 未指定模式串：实例显示名称添加后缀 1、2...n，其中n表示购买实例的数量，例如 server_购买2台时生成 server_1、server_2。
    pub instance_name: Option<String>,
    /// Instance login settings. You can use this parameter to set the login method, password and key of the instance, or keep the original login settings of the image. If it's not specified, the user needs to set the login password using the "Reset password" option in the CVM console or calling the API `ResetInstancesPassword` to complete the creation of the CVM instance(s).
    ///
    /// 实例登录设置。通过该参数可以设置实例的登录方式密码、密钥或保持镜像的原始登录设置。默认情况下会随机生成密码，并以站内信方式知会到用户。
    pub login_settings: Option<LoginSettings>,
    /// Security group to which an instance belongs. obtain this parameter by calling the `SecurityGroupId` field in the return value of [DescribeSecurityGroups](https://www.tencentcloud.com/document/product/215/15808?from_search=1). if not specified, bind the default security group under the designated project. if the default security group does not exist, automatically create it.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的 `SecurityGroupId` 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
    pub security_group_ids: Option<Vec<String>>,
    /// Enhanced service. You can use this parameter to specify whether to enable services such as Anti-DDoS and Cloud Monitor. If this parameter is not specified, Cloud Monitor and Anti-DDoS are enabled for public images by default. However, for custom images and images from the marketplace, Anti-DDoS and Cloud Monitor are not enabled by default. The original services in the image will be retained.
    ///
    /// 增强服务。通过该参数可以指定是否开启云安全、云监控等服务。若不指定该参数，则默认公共镜像开启云监控、云安全服务；自定义镜像与镜像市场镜像默认不开启云监控，云安全服务，而使用镜像里保留的服务。
    pub enhanced_service: Option<EnhancedService>,
    /// A unique string supplied by the client to ensure that the request is idempotent. Its maximum length is 64 ASCII characters. If this parameter is not specified, the idem-potency of the request cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    pub client_token: Option<String>,
    /// Instance HostName.
    ///
    /// - Period (.) and hyphen (-) should not be used as the first or last character of the hostname, and should not be used consecutively.
    ///
    /// - Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.
    ///
    /// - Instances of other types (such as Linux instances): The hostname should contain 2 to 60 characters, including multiple periods (.), with each segment between periods considered as one section. Each section can contain letters (case insensitive), digits, and hyphens (-).
    ///
    /// - When purchasing multiple instances:
    ///
    /// - Specify a pattern string {R:x}: Generates a numeric sequence \[x, x+n-1\], where n represents the number of purchased instances. For example: Input server_{R:3}. When purchasing 1 instance, the hostname is server_3; when purchasing 2 instances, the hostnames are server_3 and server_4.
    ///
    /// - Specify a pattern string {R:x,F:y}: y indicates fixed digit width (optional), valid range \[0,8\]. Default value 0 means no fixed width (equivalent to {R:x}). Insufficient digits are automatically padded with zeros. For example: Input server{R:3,F:3}. When purchasing 2 instances, the hostnames are server_003 and server_004. If the number of digits exceeds y (e.g., {R:99,F:2}), the actual digit count is used. For example: app{R:99,F:2}. When purchasing 2 instances, the hostnames are app_99 and app_100.
    ///
    /// - Specify a pattern string {IP}: Automatically replace with the private IP address of the instance. For example: input node-{IP}, the instance hostname is node-10.0.12.8. Supports mixed use with serial number pattern strings, such as: input web-{IP}-{R:1}, when purchasing 2 instances, the instance hostnames are web-10.0.12.8-1 and web-10.0.12.9-2 respectively.
    ///
    /// - Pattern strings must strictly follow the format {R:x,F:y}, {R:x}, or {IP}. Invalid formats (such as {}) are treated as plain text. Multiple pattern strings are supported.
    ///
    /// - No specified pattern string: add suffix 1, 2...n to instance hostname, where n means the number of purchased instances, such as server_1, server_2 when purchasing 2 instances.
    ///
    /// 实例主机名。
    ///
    /// - 点号（.）和短横线（-）不能作为 HostName 的首尾字符，不能连续使用。
    ///
    /// - Windows 实例：主机名名字符长度为\[2, 15\]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。
    ///
    /// - 其他类型（Linux 等）实例：主机名字符长度为\[2, 60\]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。
    ///
    /// - 购买多台实例时：
    ///
    /// - 指定模式串  {R:x}：表示生成数字序列 \[x, x+n-1\]，其中 n为购买实例的数量。例如：输入 server_{R:3}，购买1台时，实例主机名为 server_3；购买2台时，实例主机名分别为 server_3、server_4。
    ///
    /// - 指定模式串  {R:x,F:y}：y表示固定位数（可选），取值范围为 \[0,8\]，默认值 0表示不固定位数（等效于 {R:x}）。不足位时自动补零，例如：输入server_{R:3,F:3}，购买2台时，实例主机名为 server_003、server_004。若数字位数超过 y（如 {R:99,F:2}），以实际位数为准，例如：app_{R:99,F:2}，购买2台时，实例主机名为 app_99、app_100。
    ///
    /// - 指定模式串 {IP}：自动替换为实例的内网IP地址。例如：输入 node-{IP}，实例主机名为 node-10.0.12.8；支持与序号模式串混合使用，例如：输入 web-{IP}-{R:1}，购买2台时，实例主机名分别为 web-10.0.12.8-1、web-10.0.12.9-2。
    ///
    /// - 模式串需严格遵循 {R:x,F:y}、{R:x} 或 {IP} 格式，无效格式（如 {}）视为普通文本。支持多个模式串。
    ///
    /// - 未指定模式串：实例主机名添加后缀 1、2...n，其中n表示购买实例的数量，例如 server_购买2台时生成 server_1、server_2。
    pub host_name: Option<String>,
    /// Scheduled tasks. You can use this parameter to specify scheduled tasks for the instance. Only scheduled termination is supported.
    ///
    /// 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。
    pub action_timer: Option<ActionTimer>,
    /// Placement group ID. You can only specify one.
    ///
    /// 置放群组id，仅支持指定一个。
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// List of tag description. By specifying this parameter, the tag can be bound to the corresponding CVM and CBS instances at the same time.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的云服务器、云硬盘实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// The market options of the instance.
    ///
    /// 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费但没有传递该参数时，默认按当前固定折扣价格出价。
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// User data provided to the instance. This parameter needs to be encoded in base64 format with the maximum size of 16 KB. For more information on how to get the value of this parameter, see the commands you need to execute on startup for [Windows](https://intl.cloud.tencent.com/document/product/213/17526) or [Linux](https://intl.cloud.tencent.com/document/product/213/17525).
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。关于获取此参数的详细介绍，请参阅[Windows](https://cloud.tencent.com/document/product/213/17526)和[Linux](https://cloud.tencent.com/document/product/213/17525)启动时运行命令。
    pub user_data: Option<String>,
    /// Custom metadata. specifies the support for creating custom metadata key-value pairs when creating a CVM.
    ///
    /// **Note: this field is in beta test.**.
    ///
    /// 自定义metadata，支持创建 CVM 时添加自定义元数据键值对。
    ///
    /// 注：内测中。
    pub metadata: Option<Metadata>,
    /// Whether the request is a dry run only.
    ///
    /// `true`: dry run only. The request will not create instance(s). A dry run can check whether all the required parameters are specified, whether the request format is right, whether the request exceeds service limits, and whether the specified CVMs are available.
    ///
    /// If the dry run fails, the corresponding error code will be returned.
    ///
    /// If the dry run succeeds, the RequestId will be returned.
    ///
    /// `false` (default value): Send a normal request and create instance(s) if all the requirements are met.
    ///
    /// 是否只预检此次请求。
    ///
    /// true：发送检查请求，不会创建实例。检查项包括是否填写了必需参数，请求格式，业务限制和云服务器库存。
    ///
    /// 如果检查不通过，则返回对应错误码；
    ///
    /// 如果检查通过，则返回RequestId.
    ///
    /// false（默认）：发送正常请求，通过检查后直接创建实例
    pub dry_run: Option<bool>,
    /// Information about the CPU topology of an instance. If not specified, it is determined by system resources.
    ///
    /// 描述了实例CPU拓扑结构的相关信息。若不指定该参数，则按系统资源情况决定。
    pub cpu_topology: Option<CpuTopology>,
    /// CAM role name, which can be obtained from the `roleName` field in the response of the [`DescribeRoleList`](https://www.tencentcloud.com/document/product/598/33559) API.
    ///
    /// CAM角色名称。可通过[DescribeRoleList](https://cloud.tencent.com/document/product/598/36223)接口返回值中的`RoleName`获取。
    pub cam_role_name: Option<String>,
    /// HPC cluster ID. The HPC cluster must and can only be specified for a high-performance computing instance.
    ///
    /// 高性能计算集群ID。若创建的实例为高性能计算实例，需指定实例放置的集群，否则不可指定。
    pub hpc_cluster_id: Option<String>,
    /// Instance launch template.
    ///
    /// 实例启动模板。
    pub launch_template: Option<LaunchTemplate>,
    /// Specify the ID of the dedicated cluster where the CVM is created.
    ///
    /// 指定专用集群创建。
    pub dedicated_cluster_id: Option<String>,
    /// Specify the CHC physical server that used to create the CHC CVM.
    ///
    /// 指定CHC物理服务器来创建CHC云主机。
    pub chc_ids: Option<Vec<String>>,
    /// 分区置放群组的分区序号，具体取决于所选置放群组的分区数量，如果选中的置放群组是分区置放群组，该值不传默认随机。(功能灰度中)
    pub partition_number: Option<i64>,
    /// Instance termination protection flag, indicating whether an instance is allowed to be deleted through an API. Valid values:
    ///
    /// - true: Instance protection is enabled, and the instance is not allowed to be deleted through the API.
    ///
    /// - false: Instance protection is disabled, and the instance is allowed to be deleted through the API.
    ///
    /// Default value: false.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// - true：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// - false：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：false。
    pub disable_api_termination: Option<bool>,
    /// Whether the instance enables jumbo frames. valid values:
    ///
    /// -  true: means the instance enables jumbo frames. only models supporting jumbo frames can be set to true.
    ///
    /// -  false: means the instance disables jumbo frames. only models supporting jumbo frames can be set to false.
    ///
    /// instance specifications supporting jumbo frames: [instance specifications](https://www.tencentcloud.com/document/product/213/11518?lang=en&pg=).
    ///
    /// 实例是否开启巨型帧，取值范围：
    ///
    /// \<li/\> true：表示实例开启巨型帧，只有支持巨型帧的机型可设置为true。
    ///
    /// \<li/\>false：表示实例关闭巨型帧，只有支持巨型帧的机型可设置为false。
    ///
    /// 支持巨型帧的实例规格： [实例规格](https://cloud.tencent.com/document/product/213/11518)
    pub enable_jumbo_frame: Option<bool>,
    /// 多网卡参数信息。 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub network_interfaces: Option<Vec<NetworkInterfaces>>,
}

impl serde::Serialize for RunInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RunInstancesRequest",
            usize::from(self.instance_charge_type.is_some())
                + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.placement.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.image_id.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.min_count.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.action_timer.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.instance_market_options.is_some())
                + usize::from(self.user_data.is_some())
                + usize::from(self.metadata.is_some())
                + usize::from(self.dry_run.is_some())
                + usize::from(self.cpu_topology.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.launch_template.is_some())
                + usize::from(self.dedicated_cluster_id.is_some())
                + usize::from(self.chc_ids.is_some())
                + usize::from(self.partition_number.is_some())
                + usize::from(self.disable_api_termination.is_some())
                + usize::from(self.enable_jumbo_frame.is_some())
                + usize::from(self.network_interfaces.is_some()),
        )?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("Placement", &self.placement)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("MinCount", &self.min_count)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("ActionTimer", &self.action_timer)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("InstanceMarketOptions", &self.instance_market_options)?;
        s.optional("UserData", &self.user_data)?;
        s.optional("Metadata", &self.metadata)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("CpuTopology", &self.cpu_topology)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("LaunchTemplate", &self.launch_template)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.optional("ChcIds", &self.chc_ids)?;
        s.optional("PartitionNumber", &self.partition_number)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.optional("EnableJumboFrame", &self.enable_jumbo_frame)?;
        s.optional("NetworkInterfaces", &self.network_interfaces)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for RunInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for RunInstancesRequest {
    const NAME: &'static str = "RunInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceChargeType",
        "InstanceChargePrepaid",
        "Placement",
        "InstanceType",
        "ImageId",
        "SystemDisk",
        "DataDisks",
        "VirtualPrivateCloud",
        "InternetAccessible",
        "InstanceCount",
        "MinCount",
        "InstanceName",
        "LoginSettings",
        "SecurityGroupIds",
        "EnhancedService",
        "ClientToken",
        "HostName",
        "ActionTimer",
        "DisasterRecoverGroupIds",
        "TagSpecification",
        "InstanceMarketOptions",
        "UserData",
        "Metadata",
        "DryRun",
        "CpuTopology",
        "CamRoleName",
        "HpcClusterId",
        "LaunchTemplate",
        "DedicatedClusterId",
        "ChcIds",
        "PartitionNumber",
        "DisableApiTermination",
        "EnableJumboFrame",
        "NetworkInterfaces",
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
        let mut f9 = ::core::option::Option::None;
        let mut f10 = ::core::option::Option::None;
        let mut f11 = ::core::option::Option::None;
        let mut f12 = ::core::option::Option::None;
        let mut f13 = ::core::option::Option::None;
        let mut f14 = ::core::option::Option::None;
        let mut f15 = ::core::option::Option::None;
        let mut f16 = ::core::option::Option::None;
        let mut f17 = ::core::option::Option::None;
        let mut f18 = ::core::option::Option::None;
        let mut f19 = ::core::option::Option::None;
        let mut f20 = ::core::option::Option::None;
        let mut f21 = ::core::option::Option::None;
        let mut f22 = ::core::option::Option::None;
        let mut f23 = ::core::option::Option::None;
        let mut f24 = ::core::option::Option::None;
        let mut f25 = ::core::option::Option::None;
        let mut f26 = ::core::option::Option::None;
        let mut f27 = ::core::option::Option::None;
        let mut f28 = ::core::option::Option::None;
        let mut f29 = ::core::option::Option::None;
        let mut f30 = ::core::option::Option::None;
        let mut f31 = ::core::option::Option::None;
        let mut f32 = ::core::option::Option::None;
        let mut f33 = ::core::option::Option::None;
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
                9 => r.plain(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.plain(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.plain(&mut f19),
                20 => r.plain(&mut f20),
                21 => r.plain(&mut f21),
                22 => r.plain(&mut f22),
                23 => r.plain(&mut f23),
                24 => r.plain(&mut f24),
                25 => r.plain(&mut f25),
                26 => r.plain(&mut f26),
                27 => r.plain(&mut f27),
                28 => r.plain(&mut f28),
                29 => r.plain(&mut f29),
                30 => r.plain(&mut f30),
                31 => r.plain(&mut f31),
                32 => r.plain(&mut f32),
                33 => r.plain(&mut f33),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_charge_type: r.or_default(f0),
            instance_charge_prepaid: r.or_default(f1),
            placement: r.or_default(f2),
            instance_type: r.or_default(f3),
            image_id: r.or_default(f4),
            system_disk: r.or_default(f5),
            data_disks: r.or_default(f6),
            virtual_private_cloud: r.or_default(f7),
            internet_accessible: r.or_default(f8),
            instance_count: r.or_default(f9),
            min_count: r.or_default(f10),
            instance_name: r.or_default(f11),
            login_settings: r.or_default(f12),
            security_group_ids: r.or_default(f13),
            enhanced_service: r.or_default(f14),
            client_token: r.or_default(f15),
            host_name: r.or_default(f16),
            action_timer: r.or_default(f17),
            disaster_recover_group_ids: r.or_default(f18),
            tag_specification: r.or_default(f19),
            instance_market_options: r.or_default(f20),
            user_data: r.or_default(f21),
            metadata: r.or_default(f22),
            dry_run: r.or_default(f23),
            cpu_topology: r.or_default(f24),
            cam_role_name: r.or_default(f25),
            hpc_cluster_id: r.or_default(f26),
            launch_template: r.or_default(f27),
            dedicated_cluster_id: r.or_default(f28),
            chc_ids: r.or_default(f29),
            partition_number: r.or_default(f30),
            disable_api_termination: r.or_default(f31),
            enable_jumbo_frame: r.or_default(f32),
            network_interfaces: r.or_default(f33),
        })
    }
}

impl tencent_action::Request for RunInstancesRequest {
    type Action = RunInstances;
    const CLIENT_TOKEN: bool = true;
}

/// Starts instances (启动实例): the request of `StartInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StartInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct StartInstancesRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
}

impl serde::Serialize for StartInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "StartInstancesRequest",
            1,
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for StartInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for StartInstancesRequest {
    const NAME: &'static str = "StartInstancesRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self { instance_ids: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl StartInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for StartInstancesRequest {
    type Action = StartInstances;
}

/// Shuts down instances (关闭实例): the request of `StopInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StopInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct StopInstancesRequest {
    /// Instance ID(s). To obtain the instance IDs, you can call [`DescribeInstances`](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) and look for `InstanceId` in the response. The maximum number of instances in each request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// (Disused. Please use `StopType` instead.) Whether to forcibly shut down an instance after a normal shutdown fails. Valid values:
    ///
    /// - `TRUE`: yes;
    ///
    /// - `FALSE`: no
    ///
    /// Default value: `FALSE`.
    ///
    /// 本参数已弃用，推荐使用StopType，不可以与参数StopType同时使用。表示是否在正常关闭失败后选择强制关闭实例。取值范围：
    ///
    /// - true：表示在正常关闭失败后进行强制关闭
    ///
    /// - false：表示在正常关闭失败后不进行强制关闭
    ///
    /// 默认取值：false。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub force_stop: Option<bool>,
    /// Instance shutdown mode. Valid values:
    ///
    /// - SOFT_FIRST: perform a soft shutdown first, and force shut down the instance if the soft shutdown fails
    ///
    /// - HARD: force shut down the instance directly
    ///
    /// - SOFT: soft shutdown only
    ///
    /// Default value: SOFT.
    ///
    /// 实例的关闭模式。取值范围：
    ///
    /// - SOFT_FIRST：表示在正常关闭失败后进行强制关闭
    ///
    /// - HARD：直接强制关闭
    ///
    /// - SOFT：仅软关机
    ///
    /// 默认取值：SOFT。
    pub stop_type: Option<String>,
    /// Billing method of a pay-as-you-go instance after shutdown.
    ///
    /// Valid values:
    ///
    /// - KEEP_CHARGING: billing continues after shutdown
    ///
    /// - STOP_CHARGING: billing stops after shutdown
    ///
    /// Default value: KEEP_CHARGING.
    ///
    /// This parameter is only valid for some pay-as-you-go instances using cloud disks. For more information, see [No charges when shut down for pay-as-you-go instances](https://intl.cloud.tencent.com/document/product/213/19918).
    ///
    /// 按量计费实例关机收费模式。
    ///
    /// 取值范围：
    ///
    /// - KEEP_CHARGING：关机继续收费
    ///
    /// - STOP_CHARGING：关机停止收费
    ///
    /// 默认取值：KEEP_CHARGING。
    ///
    /// 该参数只针对部分按量计费实例生效，详情参考[按量计费实例关机不收费说明](https://cloud.tencent.com/document/product/213/19918)
    pub stopped_mode: Option<String>,
}

impl serde::Serialize for StopInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "StopInstancesRequest",
            1 + usize::from(self.force_stop.is_some())
                + usize::from(self.stop_type.is_some())
                + usize::from(self.stopped_mode.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("ForceStop", &self.force_stop)?;
        s.optional("StopType", &self.stop_type)?;
        s.optional("StoppedMode", &self.stopped_mode)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for StopInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for StopInstancesRequest {
    const NAME: &'static str = "StopInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "ForceStop",
        "StopType",
        "StoppedMode",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        let mut f3 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    force_stop: r.or_default(f1),
                    stop_type: r.or_default(f2),
                    stopped_mode: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl StopInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            force_stop: None,
            stop_type: None,
            stopped_mode: None,
        }
    }
}

impl tencent_action::Request for StopInstancesRequest {
    type Action = StopInstances;
}

/// Syncs an image (同步镜像): the request of `SyncImages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SyncImages`].
#[derive(Debug, Clone, PartialEq)]
pub struct SyncImagesRequest {
    /// Image ID list. You can obtain the image IDs in the following ways:
    ///
    /// - Call the [DescribeImages](https://intl.cloud.tencent.com/document/api/213/15715?from_cn_redirect=1) API and find the value of `ImageId` in the response.
    ///
    /// - Obtain the image IDs in the [Image console](https://console.cloud.tencent.com/cvm/image).
    ///
    /// The image IDs should meet the following requirement:
    ///
    /// - The image ID should correspond to an image in the `NORMAL` state.
    ///
    /// For more information on image status, see [Image Data Table](https://intl.cloud.tencent.com/document/product/213/15753?from_cn_redirect=1#Image).
    ///
    /// 镜像ID列表 ，镜像ID可以通过如下方式获取：
    ///
    /// - 通过[DescribeImages](https://cloud.tencent.com/document/api/213/15715)接口返回的`ImageId`获取，镜像ID对应的镜像状态必须为`NORMAL`。
    ///
    /// - 通过[镜像控制台](https://console.cloud.tencent.com/cvm/image)获取。
    pub image_ids: Vec<String>,
    /// List of target synchronization regions, which should meet the following requirements:
    ///
    /// - It should be a valid region.
    ///
    /// - If it is a custom image, the target synchronization region cannot be the source region.
    ///
    /// - If it is a shared image, the target synchronization region only supports the source region, meaning the shared image will be copied as a custom image in the source region.
    ///
    /// - Partial region synchronization is not supported currently. For details, see [Copying Images](https://www.tencentcloud.com/document/product/213/4943).
    ///
    /// For specific regional parameters, refer to [Region](https://intl.cloud.tencent.com/document/product/213/6091?from_cn_redirect=1).
    ///
    /// 目的同步地域列表，必须满足如下限制：
    ///
    /// - 必须是一个合法的Region。
    ///
    /// - 如果是自定义镜像，则目标同步地域不能为源地域。
    ///
    /// - 如果是共享镜像，则目的同步地域仅支持源地域，表示将共享镜像复制为源地域的自定义镜像。
    ///
    /// - 如果是自定义镜像复制为加密自定义镜像，则目的同步地域仅支持源地域，表示将自定义镜像复制为源地域的加密自定义镜像。
    ///
    /// - 暂不支持部分地域同步，请参考[复制镜像](https://cloud.tencent.com/document/product/213/4943#.E5.A4.8D.E5.88.B6.E8.AF.B4.E6.98.8E)。
    ///
    /// 具体地域参数请参考[Region](https://cloud.tencent.com/document/product/213/6091)。
    pub destination_regions: Vec<String>,
    /// Checks whether image synchronization can be initiated.
    ///
    /// Default value: false.
    ///
    /// 检测是否支持发起同步镜像。
    ///
    /// 默认值: false
    pub dry_run: Option<bool>,
    /// Target image name. By default, the source image name is used.
    ///
    /// 目标镜像名称。默认使用源镜像名称。
    ///
    /// 最多支持 60 个字符。
    pub image_name: Option<String>,
    /// Whether to return the ID of the image created in the target region.
    ///
    /// Default value: false.
    ///
    /// 是否需要返回目的地域的镜像ID。
    ///
    /// 默认值: false
    pub image_set_required: Option<bool>,
    /// Whether to synchronize as an encrypted custom image.
    ///
    /// Default value is `false`.
    ///
    /// Synchronization to an encrypted custom image is only supported within the same region.
    ///
    /// 是否复制为加密自定义镜像。
    ///
    /// 默认值为 false。
    ///
    /// 复制加密自定义镜像仅支持同地域， 即 DestinationRegions 仅支持填写指定镜像所在地域。
    pub encrypt: Option<bool>,
    /// KMS key ID used when synchronizing to an encrypted custom image.
    ///
    /// This parameter is valid only synchronizing to an encrypted image.
    ///
    /// If KmsKeyId is not specified, the default CBS cloud product KMS key is used.
    ///
    /// 加密自定义镜像使用的 KMS 密钥 ID。
    ///
    /// 仅当复制加密镜像时，即 Encrypt 为 true 时，此参数有效；
    ///
    /// 不指定 KmsKeyId，默认使用 CBS 云产品 KMS 密钥。
    ///
    /// KMS 密钥 ID 通过[KMS 控制台](https://console.cloud.tencent.com/kms2)获取。
    pub kms_key_id: Option<String>,
}

impl serde::Serialize for SyncImagesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SyncImagesRequest",
            2 + usize::from(self.dry_run.is_some())
                + usize::from(self.image_name.is_some())
                + usize::from(self.image_set_required.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.kms_key_id.is_some()),
        )?;
        s.field("ImageIds", &self.image_ids)?;
        s.field("DestinationRegions", &self.destination_regions)?;
        s.optional("DryRun", &self.dry_run)?;
        s.optional("ImageName", &self.image_name)?;
        s.optional("ImageSetRequired", &self.image_set_required)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("KmsKeyId", &self.kms_key_id)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for SyncImagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for SyncImagesRequest {
    const NAME: &'static str = "SyncImagesRequest";
    const FIELDS: &'static [&'static str] = &[
        "ImageIds",
        "DestinationRegions",
        "DryRun",
        "ImageName",
        "ImageSetRequired",
        "Encrypt",
        "KmsKeyId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1) {
            (::core::option::Option::Some(f0), ::core::option::Option::Some(f1)) => {
                ::core::result::Result::Ok(Self {
                    image_ids: f0,
                    destination_regions: f1,
                    dry_run: r.or_default(f2),
                    image_name: r.or_default(f3),
                    image_set_required: r.or_default(f4),
                    encrypt: r.or_default(f5),
                    kms_key_id: r.or_default(f6),
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

impl SyncImagesRequest {
    /// The request with its required members (`ImageIds`, `DestinationRegions`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        image_ids: impl IntoIterator<Item = impl Into<String>>,
        destination_regions: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            image_ids: image_ids.into_iter().map(Into::into).collect(),
            destination_regions: destination_regions
                .into_iter()
                .map(Into::into)
                .collect(),
            dry_run: None,
            image_name: None,
            image_set_required: None,
            encrypt: None,
            kms_key_id: None,
        }
    }
}

impl tencent_action::Request for SyncImagesRequest {
    type Action = SyncImages;
}

/// Returns instances (退还实例): the request of `TerminateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TerminateInstances`].
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateInstancesRequest {
    /// One or more instance IDs to be operated. You can obtain the instance ID through the `InstanceId` in the return value from the API [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1). The maximum number of instances per request is 100.
    ///
    /// 一个或多个待操作的实例ID。可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。每次请求批量实例的上限为100。
    pub instance_ids: Vec<String>,
    /// Release an Elastic IP. Under EIP 2.0, only the first EIP on the primary network interface can be released, and currently supported release types are limited to HighQualityEIP, AntiDDoSEIP, EIPv6, and HighQualityEIPv6.
    ///
    /// Default value:  `false`.
    ///
    /// This feature is currently in gradually released phase. To access it, please contact us.
    ///
    /// 释放弹性IP。EIP2.0下，仅提供主网卡下首个EIP，EIP类型限定在HighQualityEIP、AntiDDoSEIP、EIPv6、HighQualityEIPv6这几种类型。默认行为不释放。
    ///
    /// 默认值：false
    pub release_address: Option<bool>,
    /// Whether to release a monthly subscription data disk mounted on an instance. true: Release the data disk along with termination of the instance. false: Only terminate the instance.
    ///
    /// Default value: `false`.
    ///
    /// 释放实例挂载的包年包月数据盘。true表示销毁实例同时释放包年包月数据盘，false表示只销毁实例。
    ///
    /// 默认值：false
    pub release_prepaid_data_disks: Option<bool>,
}

impl serde::Serialize for TerminateInstancesRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TerminateInstancesRequest",
            1 + usize::from(self.release_address.is_some())
                + usize::from(self.release_prepaid_data_disks.is_some()),
        )?;
        s.field("InstanceIds", &self.instance_ids)?;
        s.optional("ReleaseAddress", &self.release_address)?;
        s.optional("ReleasePrepaidDataDisks", &self.release_prepaid_data_disks)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for TerminateInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for TerminateInstancesRequest {
    const NAME: &'static str = "TerminateInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIds",
        "ReleaseAddress",
        "ReleasePrepaidDataDisks",
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    instance_ids: f0,
                    release_address: r.or_default(f1),
                    release_prepaid_data_disks: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl TerminateInstancesRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
            release_address: None,
            release_prepaid_data_disks: None,
        }
    }
}

impl tencent_action::Request for TerminateInstancesRequest {
    type Action = TerminateInstances;
}

/// 销毁实例资源池预扣包: the request of `TerminateResourcePoolPacks`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TerminateResourcePoolPacks`].
#[derive(Debug, Clone, PartialEq)]
pub struct TerminateResourcePoolPacksRequest {
    /// 实例资源池ID列表，支持批量销毁。形如：rpp-6rk3550n。每次请求的实例的上限为100。
    pub dedicated_resource_pack_ids: Vec<String>,
}

impl serde::Serialize for TerminateResourcePoolPacksRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TerminateResourcePoolPacksRequest",
            1,
        )?;
        s.field("DedicatedResourcePackIds", &self.dedicated_resource_pack_ids)?;
        s.end()
    }
}

#[cfg(feature = "round-trip")]
impl<'de> serde::Deserialize<'de> for TerminateResourcePoolPacksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

#[cfg(feature = "round-trip")]
impl tencent_action::__private::lean::Struct for TerminateResourcePoolPacksRequest {
    const NAME: &'static str = "TerminateResourcePoolPacksRequest";
    const FIELDS: &'static [&'static str] = &["DedicatedResourcePackIds"];
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
        match (f0,) {
            (::core::option::Option::Some(f0),) => {
                ::core::result::Result::Ok(Self {
                    dedicated_resource_pack_ids: f0,
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

impl TerminateResourcePoolPacksRequest {
    /// The request with its required members (`DedicatedResourcePackIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        dedicated_resource_pack_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            dedicated_resource_pack_ids: dedicated_resource_pack_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for TerminateResourcePoolPacksRequest {
    type Action = TerminateResourcePoolPacks;
}
