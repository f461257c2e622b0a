//! Each action's request.

use super::actions::*;

use super::model::*;

/// Accepts instance association to a CCN (云联网接受关联实例): the request of `AcceptAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AcceptAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AcceptAttachCcnInstancesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// List of associated instances.
    ///
    /// 接受关联实例列表。
    pub instances: Vec<CcnInstance>,
}

impl AcceptAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AcceptAttachCcnInstancesRequest {
    type Action = AcceptAttachCcnInstances;
}

/// 接受对等连接: the request of `AcceptVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AcceptVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AcceptVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl AcceptVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for AcceptVpcPeeringConnectionRequest {
    type Action = AcceptVpcPeeringConnection;
}

/// Adds one or more resources to a bandwidth package (添加带宽包资源): the request of `AddBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddBandwidthPackageResourcesRequest {
    /// The unique ID of the source, such as 'eip-xxxx' and 'lb-xxxx'. EIP and LB resources are currently supported.
    ///
    /// 资源唯一ID，当前支持EIP资源和LB资源，形如'eip-xxxx', 'lb-xxxx'。EIP资源列表可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取，LB资源列表可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/api/214/30685)接口获取。
    pub resource_ids: Vec<String>,
    /// The unique ID of the bandwidth package, such as 'bwp-xxxx'.
    ///
    /// 带宽包唯一标识ID，形如'bwp-xxxx'，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// The network type of the bandwidth package. Valid value: `BGP`, indicating that the internal resource is a BGP IP.
    ///
    /// 带宽包类型，可选值：
    ///
    /// - BGP: 普通BGP共享带宽包
    ///
    /// - HIGH_QUALITY_BGP: 精品BGP共享带宽包
    ///
    /// - ANYCAST：公网加速带宽包
    ///
    /// - SINGLEISP_CMCC: 中国移动共享带宽包
    ///
    /// - SINGLEISP_CTCC: 中国电信共享带宽包
    ///
    /// - SINGLEISP_CUCC: 中国联通共享带宽包
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_type: Option<String>,
    /// The resource type, including `Address` and `LoadBalance`.
    ///
    /// 资源类型，可选值：
    ///
    /// - Address：弹性公网IP
    ///
    /// - LoadBalance：负载均衡
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The protocol type of the bandwidth package. Valid values: `ipv4` and `ipv6`.
    ///
    /// 带宽包协议类型。当前支持'ipv4'和'ipv6'协议类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// 用于带宽包内添加IP资源时指定IP带宽值。
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
}

impl AddBandwidthPackageResourcesRequest {
    /// The request with its required members (`ResourceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(resource_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
            bandwidth_package_id: None,
            network_type: None,
            resource_type: None,
            protocol: None,
            internet_max_bandwidth_out: None,
        }
    }
}

impl tencent_action::Request for AddBandwidthPackageResourcesRequest {
    type Action = AddBandwidthPackageResources;
}

/// 添加IPV6转换规则: the request of `AddIp6Rules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddIp6Rules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddIp6RulesRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换规则信息
    pub ip6_rule_infos: Vec<Ip6RuleInfo>,
    /// IPV6转换规则名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_rule_name: Option<String>,
}

impl AddIp6RulesRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleInfos`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_infos: impl IntoIterator<Item = Ip6RuleInfo>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_infos: ip6_rule_infos.into_iter().collect(),
            ip6_rule_name: None,
        }
    }
}

impl tencent_action::Request for AddIp6RulesRequest {
    type Action = AddIp6Rules;
}

/// Adds a parameter template (增加模板对象成员): the request of `AddTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AddTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddTemplateMemberRequest {
    /// Parameter template instance ID, which can be the instance ID of a parameter template of the following four types: IP address, protocol port, IP address group, and protocol port group.
    ///
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// Information on the parameter template to be added. The template can be of the following four types: IP address, protocol port, IP address group, and protocol port group. The type should be consistent with that of the template specified by the TemplateId parameter.
    ///
    /// 需要添加的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致。
    pub template_member: Vec<MemberInfo>,
}

impl AddTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AddTemplateMemberRequest {
    type Action = AddTemplateMember;
}

/// Changes public IPs (更换公网IP): the request of `AdjustPublicAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AdjustPublicAddress`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdjustPublicAddressRequest {
    /// The unique ID of the CVM instance, such as `ins-11112222`.
    ///
    /// 标识CVM实例的唯一 ID。CVM 唯一 ID 形如：`ins-11112222`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The unique ID of the EIP, such as `eip-11112222`.
    ///
    /// 标识EIP实例的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_id: Option<String>,
}

impl tencent_action::Request for AdjustPublicAddressRequest {
    type Action = AdjustPublicAddress;
}

/// Creates an EIP (创建弹性公网IP): the request of `AllocateAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateAddressesRequest {
    /// The number of EIPs. Default: 1.
    ///
    /// EIP数量。可申请的数量限制参考：[EIP 配额限制](https://cloud.tencent.com/document/product/1199/41648)。默认值：1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<i64>,
    /// The EIP line type. Default: BGP.
    ///
    /// - For a user who has activated the static single-line IP allowlist, possible values are:
    ///
    /// - CMCC: China Mobile
    ///
    /// - CTCC: China Telecom
    ///
    /// - CUCC: China Unicom
    ///
    /// Note: Only certain regions support static single-line IP addresses.
    ///
    /// EIP线路类型。各种线路类型详情可参考：[EIP 的 IP 地址类型](https://cloud.tencent.com/document/product/1199/41646)。默认值：BGP。
    ///
    /// - BGP：常规 BGP 线路
    ///
    /// - 已开通静态单线IP白名单的用户，可选值：
    ///
    /// - CMCC：中国移动
    ///
    /// - CTCC：中国电信
    ///
    /// - CUCC：中国联通
    ///
    /// 注意：仅部分地域支持静态单线IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_service_provider: Option<String>,
    /// The EIP billing method.
    ///
    /// - For bill-by-IP account beta users, valid values:
    ///
    /// - BANDWIDTH_PACKAGE: paid by the [bandwidth package](https://intl.cloud.tencent.com/document/product/684/15255?from_cn_redirect=1)(who must also be bandwidth package beta users)
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR: billed by hourly bandwidth on a pay-as-you-go basis
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH: monthly bandwidth subscription
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR: billed by hourly traffic on a pay-as-you-go basis
    ///
    /// Default value: TRAFFIC_POSTPAID_BY_HOUR
    ///
    /// - If you are not a bill-by-IP account beta user, the EIP billing is the same as that for the instance bound to the EIP. Therefore, you do not need to pass in this parameter.
    ///
    /// EIP计费方式。
    ///
    /// - 标准账户类型，可选值：
    ///
    /// - BANDWIDTH_PACKAGE：[共享带宽包](https://cloud.tencent.com/document/product/684/15255)付费
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR。
    ///
    /// - 传统账户类型，无需传递此参数，EIP计费方式与其绑定的实例的计费方式一致，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// IP 资源计费模式，当前仅支持原生 IP。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - IP_POSTPAID_BY_HOUR：IP资源按小时后付费
    ///
    /// - IP_PREPAID_BY_MONTH：IP资源包月预付费
    #[serde(rename = "IPChargeType", default, skip_serializing_if = "Option::is_none")]
    pub ip_charge_type: Option<String>,
    /// The EIP outbound bandwidth cap, in Mbps.
    ///
    /// - For bill-by-IP account beta users, the bandwidth cap range is determined by the EIP billing mode.
    ///
    /// - `BANDWIDTH_PACKAGE`: 1 Mbps to 2000 Mbps
    ///
    /// - `BANDWIDTH_POSTPAID_BY_HOUR`: 1 Mbps to 100 Mbps
    ///
    /// - `BANDWIDTH_PREPAID_BY_MONTH`: 1 Mbps to 200 Mbps
    ///
    /// - `TRAFFIC_POSTPAID_BY_HOUR`: 1 Mbps to 100 Mbps
    ///
    /// Default value: 1 Mbps
    ///
    /// - If you are not a bill-by-IP account beta user, the EIP outbound bandwidth cap is subject to the bandwidth cap of the instance bound to the EIP. Therefore, you do not need to pass in this parameter.
    ///
    /// EIP出带宽上限，单位：Mbps。
    ///
    /// - 标准账户类型EIP出带宽上限，可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_PACKAGE：1 Mbps 至 2000 Mbps
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：1 Mbps 至 200 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1 Mbps。
    ///
    /// - 传统账户类型无需传递此参数，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// A required billing parameter for an EIP billed by monthly bandwidth subscription. For EIPs using other billing modes, it can be ignored.
    ///
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，其余场景不需传递
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
    /// EIP type. Default value: EIP.
    ///
    /// - For beta users of AIA, the value can be:
    ///
    /// `AnycastEIP`: an AIA IP address. For more information, see [Anycast Internet Acceleration](https://intl.cloud.tencent.com/document/product/644?from_cn_redirect=1).
    ///
    /// Note: Anycast EIPs are supported only in partial regions.
    ///
    /// - For beta users of dedicated IP, the value can be:
    ///
    /// - `HighQualityEIP`: Dedicated IP
    ///
    /// Note that dedicated IPs are only available in partial regions.
    ///
    /// - For beta users of Anti-DDoS IP, the value can be:
    ///
    /// - `AntiDDoSEIP`: Anti-DDoS EIP
    ///
    /// Note that Anti-DDoS IPs are only available in partial regions.
    ///
    /// EIP类型。各种EIP类型详情可参考：[EIP 的 IP 地址类型](https://cloud.tencent.com/document/product/1199/41646)。默认值：EIP。
    ///
    /// - EIP：弹性公网 IP。
    ///
    /// - AnycastEIP：加速 IP，已开通 [Anycast 公网加速](https://cloud.tencent.com/document/product/644)白名单的用户可选。仅部分地域支持加速IP，详情可见Anycast公网加速[购买指南](https://cloud.tencent.com/document/product/644/12617)。
    ///
    /// - HighQualityEIP：精品 IP。仅新加坡和中国香港支持精品IP。
    ///
    /// - AntiDDoSEIP：高防 IP。仅部分地域支持高防IP。
    ///
    /// - ResidentialEIP：原生 IP。仅部分地域支持原生IP。
    ///
    /// 关于弹性公网 IP 支持的 IP 类型，请见[产品概述](https://cloud.tencent.com/document/product/1199/41646)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// Anycast publishing region
    ///
    /// - Valid for users who have activated AIA. Values:
    ///
    /// - ANYCAST_ZONE_GLOBAL: global publishing region
    ///
    /// - ANYCAST_ZONE_OVERSEAS: overseas publishing region
    ///
    /// - **\[Disused\]** ANYCAST_ZONE_A: publishing region A (updated to ANYCAST_ZONE_GLOBAL)
    ///
    /// - **\[Disused\]** ANYCAST_ZONE_B: publishing region B (updated to ANYCAST_ZONE_GLOBAL)
    ///
    /// Default: ANYCAST_ZONE_OVERSEAS.
    ///
    /// Anycast发布域。
    ///
    /// - 已开通Anycast公网加速白名单的用户，可选值：
    ///
    /// - ANYCAST_ZONE_GLOBAL：全球发布域（需要额外开通Anycast全球加速白名单）
    ///
    /// - ANYCAST_ZONE_OVERSEAS：境外发布域
    ///
    /// 默认值：ANYCAST_ZONE_OVERSEAS。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anycast_zone: Option<String>,
    /// Specify IP address to apply for an EIP; each account has a quota of three times per month.
    ///
    /// 指定IP地址申请EIP，每个账户每个月只有三次配额
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip_cluster: Option<Vec<String>>,
    /// **\[Disused\]**
    ///
    /// Whether the Anycast EIP can be bound to CLB instances.
    ///
    /// - Valid for users who have activated the AIA. Values:
    ///
    /// - TRUE: the Anycast EIP can be bound to CLB instances.
    ///
    /// - FALSE: the Anycast EIP can be bound to CVMs, NAT gateways, and HAVIPs.
    ///
    /// Default: FALSE.
    ///
    /// \[已废弃\] AnycastEIP不再区分是否负载均衡。原参数说明如下：
    ///
    /// AnycastEIP是否用于绑定负载均衡。
    ///
    /// - 已开通Anycast公网加速白名单的用户，可选值：
    ///
    /// - TRUE：AnycastEIP可绑定对象为负载均衡
    ///
    /// - FALSE：AnycastEIP可绑定对象为云服务器、NAT网关、高可用虚拟IP等
    ///
    /// 默认值：FALSE。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        rename = "ApplicableForCLB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_for_clb: Option<bool>,
    /// List of tags to be bound.
    ///
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The unique ID of a BGP bandwidth package. If you configure this parameter and set InternetChargeType as BANDWIDTH_PACKAGE, the new EIP is added to this package and billed by the bandwidth package mode.
    ///
    /// BGP带宽包唯一ID参数。设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// EIP name, which is the custom EIP name given by the user when applying for the EIP. Default: not named
    ///
    /// EIP名称，用于申请EIP时用户自定义该EIP的个性化名称，默认值：未命名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// CDC unique ID
    ///
    /// CDC唯一ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedicated_cluster_id: Option<String>,
    /// Whether to use a dedicated resource pool. Default value: True
    ///
    /// - True: indicates the use of a dedicated resource pool
    ///
    /// - False: indicates the use of a shared resource pool
    ///
    /// Note: To use a dedicated resource pool, submit a ticket (<https://console.cloud.tencent.com/workorder/category>) for consultation. Contact your business manager for specific pricing details.
    ///
    /// 是否使用独占资源池，默认值：True
    ///
    /// - True：表示使用独占资源池
    ///
    /// - False：表示使用共享资源池
    ///
    /// 说明：如需使用独占资源池，请 提交工单(<https://console.cloud.tencent.com/workorder/category>) 咨询，具体费用请咨询商务经理。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_dedicated_address_pool: Option<bool>,
    /// Network egress. It defaults to `center_egress1`.
    ///
    /// 网络出口，当前仅支持精品BGP、静态单线，这2种IP 地址类型的指定出口传入，默认值：center_egress1，其它可选值：center_egress2、center_egress3
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
    /// Anti-DDoS service package ID. This is required when you want to request an Anti-DDoS IP.
    ///
    /// 高防包ID， 申请高防IP时，该字段必传。
    #[serde(
        rename = "AntiDDoSPackageId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub anti_ddo_s_package_id: Option<String>,
    /// A string used to ensure the idempotency of the request. Generate a value based on your client. This can ensure that the value is unique for different requests. It only supports ASCII characters and can contain up to 64 characters.
    ///
    /// 保证请求幂等性。从您的客户端生成一个参数值，确保不同请求间该参数值唯一。ClientToken只支持ASCII字符，且不能超过64个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl tencent_action::Request for AllocateAddressesRequest {
    type Action = AllocateAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// Creates an EIPv6 (创建弹性公网IPv6): the request of `AllocateIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateIPv6AddressesRequest {
    /// EIPv6 name, which is the custom EIPv6 name given by the user when the user applies for the EIPv6. Default: not named.
    ///
    /// EIP名称，用于申请EIP时用户自定义该EIP的个性化名称。长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"_"，不能包含空格。
    ///
    /// 默认值：未命名
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// Indicates the type of EIPv6. Valid values:
    ///
    /// - EIPv6: common IPv6
    ///
    /// - HighQualityEIPv6: dedicated IPv6
    ///
    /// Note: Contact the product team to enable the dedicated IPv6 allowlist. The dedicated IPv6 is only supported in some regions.
    ///
    /// Default: EIPv6.
    ///
    /// 弹性公网IPv6类型，可选值：
    ///
    /// - EIPv6：弹性公网IPv6
    ///
    /// - HighQualityEIPv6：精品BGP线路弹性公网IPv6
    ///
    /// 注意：弹性公网IPv6产品需开白才能使用，其中精品BGP线路仅在中国香港支持。
    ///
    /// 默认值：EIPv6
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// Number of applied EIPv6 addresses. Default: 1.
    ///
    /// 申请的弹性公网IPv6数量。单次最多可以申请20个弹性公网IPv6实例，总配额请参见[弹性公网 IPv6 配额说明](https://cloud.tencent.com/document/product/1142/38369)。
    ///
    /// 默认值：1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<i64>,
    /// Indicates the billing method of EIPv6. Valid values:
    ///
    /// - BANDWIDTH_PACKAGE: billed by [Bandwidth Package](https://intl.cloud.tencent.com/document/product/684/15255?from_cn_redirect=1)
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR: postpaid by traffic on an hourly basis
    ///
    /// Default: TRAFFIC_POSTPAID_BY_HOUR.
    ///
    /// 弹性公网IPv6计费方式，可选值：
    ///
    /// - BANDWIDTH_PACKAGE：[共享带宽包](https://cloud.tencent.com/document/product/684/15255)付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// Indicates the type of EIPv6 line. Default: BGP.
    ///
    /// For a user who has enabled the static single-line IP allowlist, valid values include:
    ///
    /// - CMCC: China Mobile
    ///
    /// - CTCC: China Telecom
    ///
    /// - CUCC: China Unicom
    ///
    /// Note: The static single-line IP is only supported in some regions.
    ///
    /// 弹性公网IPv6线路类型，默认值：BGP。
    ///
    /// 已开通静态单线IP白名单的用户，可选值：
    ///
    /// - CMCC：中国移动
    ///
    /// - CTCC：中国电信
    ///
    /// - CUCC：中国联通
    ///
    /// 注意：仅部分地域支持静态单线IP。具体请以控制台购买页展示为准。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_service_provider: Option<String>,
    /// EIPv6 bandwidth cap, in Mbps.
    ///
    /// Valid values depend on the EIP billing method:
    ///
    /// - BANDWIDTH_PACKAGE: 1 Mbps to 2000 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR: 1 Mbps to 100 Mbps
    ///
    /// Default: 1 Mbps.
    ///
    /// 弹性公网IPv6带宽上限，单位：Mbps。
    ///
    /// 可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_PACKAGE（共享带宽包付费）：1 Mbps 至 2000 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR（流量按小时后付费）：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// Unique ID of the bandwidth package.
    ///
    /// Setting this parameter and having InternetChargeType as BANDWIDTH_PACKAGE indicate that the created EIP will join this BGP bandwidth package and the billing method of bandwidth package will be adopted.
    ///
    /// 带宽包唯一ID参数。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    ///
    /// 设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的EIP加入该BGP带宽包并采用带宽包计费。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// List of tags to be associated.
    ///
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// EIPv6 network egress. Valid values:
    ///
    /// - CENTER_EGRESS_1: Central egress point 1
    ///
    /// - CENTER_EGRESS_2: Central egress point 2
    ///
    /// - CENTER_EGRESS_3: Central egress point 3
    ///
    /// Note: The network egress for different Internet Service Providers (ISPs) or resource types requires contacting the product team for enablement.
    ///
    /// Default: CENTER_EGRESS_1.
    ///
    /// 弹性公网IPv6网络出口，可选值：
    ///
    /// - CENTER_EGRESS_1：中心出口一
    ///
    /// - CENTER_EGRESS_2：中心出口二
    ///
    /// 注意：不同地域支持的线路类型、网络出口略有差异，请以控制台展示为准。
    ///
    /// 默认值：CENTER_EGRESS_1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
}

impl tencent_action::Request for AllocateIPv6AddressesRequest {
    type Action = AllocateIPv6Addresses;
}

/// Allocates the IPv6 public network bandwidth (开通IPv6公网带宽): the request of `AllocateIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AllocateIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllocateIp6AddressesBandwidthRequest {
    /// IPv6 addresses that require the public network access capability.
    ///
    /// 需要开通公网访问能力的IPv6地址，可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。
    pub ip6_addresses: Vec<String>,
    /// Bandwidth, in Mbps. The default value is 1 Mbps.
    ///
    /// 带宽上限，单位Mbps。可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    ///
    /// 默认值：1Mbps
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// Network billing mode. IPv6 addresses currently support "TRAFFIC_POSTPAID_BY_HOUR" and "BANDWIDTH_PACKAGE". The default network billing mode is "TRAFFIC_POSTPAID_BY_HOUR".
    ///
    /// 网络计费模式。IPv6当前支持：
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// - BANDWIDTH_PACKAGE：共享带宽包付费
    ///
    /// 默认值：TRAFFIC_POSTPAID_BY_HOUR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
    /// Bandwidth package ID. This ID is required for standard accounts to add the IPv6 addresses to the bandwidth package, thus using the billing mode.
    ///
    /// 带宽包id，设定该参数且InternetChargeType为BANDWIDTH_PACKAGE，则表示创建的IPv6加入该带宽包并采用带宽包计费。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// List of tags to be associated.
    ///
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl AllocateIp6AddressesBandwidthRequest {
    /// The request with its required members (`Ip6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_addresses: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ip6_addresses: ip6_addresses.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out: None,
            internet_charge_type: None,
            bandwidth_package_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for AllocateIp6AddressesBandwidthRequest {
    type Action = AllocateIp6AddressesBandwidth;
}

/// Assigns an IPv6 address (分配IPv6地址): the request of `AssignIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6AddressesRequest {
    /// The `ID` of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// A list of `IPv6` addresses. You can specify a maximum of 10 at one time. The quota is calculated together with that of `Ipv6AddressCount`, a required input parameter alternative to this one.
    ///
    /// 指定的`IPv6`地址列表，单次最多指定10个。与入参`Ipv6AddressCount`合并计算配额。与Ipv6AddressCount必填一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_addresses: Option<Vec<Ipv6Address>>,
    /// The number of automatically assigned `IPv6` addresses. The total number of private IP addresses cannot exceed the quota. The quota is calculated together with that of `Ipv6Addresses`, a required input parameter alternative to this one.
    ///
    /// 自动分配`IPv6`地址个数，内网IP地址个数总和不能超过配额数。与入参`Ipv6Addresses`合并计算配额。与Ipv6Addresses必填一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_count: Option<u64>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignIpv6AddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: None,
            ipv6_address_count: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6AddressesRequest {
    type Action = AssignIpv6Addresses;
    const CLIENT_TOKEN: bool = true;
}

/// Assigns an IPv6 IP range (分配IPv6网段): the request of `AssignIpv6CidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6CidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6CidrBlockRequest {
    /// The `ID` of the `VPC`, such as `vpc-f49l6u0z`.
    ///
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// 申请IPv6 Cidr 的类型，`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl AssignIpv6CidrBlockRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6CidrBlockRequest {
    type Action = AssignIpv6CidrBlock;
}

/// Assigns an IPv6 subnet IP range (分配IPv6子网段): the request of `AssignIpv6SubnetCidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignIpv6SubnetCidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignIpv6SubnetCidrBlockRequest {
    /// The `ID` of the VPC where the subnet is located, such as `vpc-f49l6u0z`.
    ///
    /// 子网所在私有网络`ID`。形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// The assigned `IPv6` subnet IP range list.
    ///
    /// 分配 `IPv6` 子网段列表。
    pub ipv6_subnet_cidr_blocks: Vec<Ipv6SubnetCidrBlock>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignIpv6SubnetCidrBlockRequest {
    /// The request with its required members (`VpcId`, `Ipv6SubnetCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        ipv6_subnet_cidr_blocks: impl IntoIterator<Item = Ipv6SubnetCidrBlock>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_subnet_cidr_blocks: ipv6_subnet_cidr_blocks.into_iter().collect(),
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignIpv6SubnetCidrBlockRequest {
    type Action = AssignIpv6SubnetCidrBlock;
    const CLIENT_TOKEN: bool = true;
}

/// Applies for private IPs for an ENI (弹性网卡申请内网 IP): the request of `AssignPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssignPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssignPrivateIpAddressesRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The information on private IP addresses, of which you can specify a maximum of 10 at a time. You should provide either this parameter or SecondaryPrivateIpAddressCount, or both.
    ///
    /// 指定的内网IP信息，单次最多指定10个。与SecondaryPrivateIpAddressCount至少提供一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// The number of newly-applied private IP addresses. You should provide either this parameter or PrivateIpAddresses, or both. The total number of private IP addresses cannot exceed the quota. For more information, see[ENI Use Limits](https://cloud.tencent.com/document/product/576/18527).
    ///
    /// 新申请的内网IP地址个数，与PrivateIpAddresses至少提供一个。内网IP地址个数总和不能超过配额数，详见[弹性网卡使用限制](https://cloud.tencent.com/document/product/576/18527)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP service level. It is used together with `SecondaryPrivateIpAddressCount`. Values: PT` (Gold), `AU` (Silver), `AG \`(Bronze) and DEFAULT (Default).
    ///
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// Idempotency token used to ensure request idempotency. This string is generated by the client and must be unique across different requests, with a maximum length of 64 ASCII characters. If this parameter is not specified, request idempotency cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AssignPrivateIpAddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AssignPrivateIpAddressesRequest {
    type Action = AssignPrivateIpAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// Binds an Elastic IP (绑定弹性公网IP): the request of `AssociateAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateAddressRequest {
    /// The unique ID of the EIP, such as `eip-11112222`.
    ///
    /// 标识 EIP 的唯一 ID。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。EIP 唯一 ID 形如：`eip-11112222`。
    pub address_id: String,
    /// The ID of the instance to be bound, such as `ins-11112222`, `lb-11112222`. You can query the instance ID by logging into the [Console](https://console.cloud.tencent.com/cvm). You can also obtain the parameter value from the `InstanceId` field in the returned result of [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) API.
    ///
    /// 要绑定的实例 ID。实例 ID 形如：`ins-11112222`、`lb-11112222`。可通过登录[控制台](https://console.cloud.tencent.com/cvm)查询，也可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/15728) 接口返回值中的`InstanceId`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The ID of the ENI to be bonud, such as `eni-11112222`. `NetworkInterfaceId` and `InstanceId` cannot be specified at the same time. You can query the ENI ID by logging into the [Console](https://console.cloud.tencent.com/vpc/eni). You can also obtain the parameter value from the `networkInterfaceId` field in the returned result of [DescribeNetworkInterfaces](https://intl.cloud.tencent.com/document/api/215/15817?from_cn_redirect=1) API.
    ///
    /// 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：`eni-11112222`。`NetworkInterfaceId` 与 `InstanceId` 不可同时指定。弹性网卡 ID 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的`networkInterfaceId`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// The private IP to be bound. If you specify `NetworkInterfaceId`, then you must also specify `PrivateIpAddress`, indicating the EIP is bound to the specified private IP of the specified ENI. At the same time, you must ensure the specified `PrivateIpAddress` is a private IP on the `NetworkInterfaceId`. You can query the private IP of the specified ENI by logging into the [Console](https://console.cloud.tencent.com/vpc/eni). You can also obtain the parameter value from the `privateIpAddress` field in the returned result of [DescribeNetworkInterfaces](https://intl.cloud.tencent.com/document/api/215/15817?from_cn_redirect=1) API.
    ///
    /// 要绑定的内网 IP。如果指定了 `NetworkInterfaceId` 则也必须指定 `PrivateIpAddress` ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 `PrivateIpAddress` 是指定的 `NetworkInterfaceId` 上的一个内网 IP。指定弹性网卡的内网 IP 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的`privateIpAddress`获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
    /// Specify whether to configure direct access when binding EIPs. For details, see [EIP Direct Access](https://intl.cloud.tencent.com/document/product/213/12540). Valid values: `True` and `False` (default). This parameter can be set to `True` when binding EIPs to a CVM instance or EKS cluster. It is in a beta test. To try it out, please [submit a ticket](https://console.cloud.tencent.com/workorder/category?level1_id=6&level2_id=163&source=0&data_title=%E8%B4%9F%E8%BD%BD%E5%9D%87%E8%A1%A1%20CLB&level3_id=1071&queue=96&scene_code=34639&step=2).
    ///
    /// 指定绑定时是否设置直通。弹性公网 IP 直通请参见 [EIP 直通](https://cloud.tencent.com/document/product/1199/41709)。取值：true、false，默认值为 false。当绑定 CVM 实例、EKS 弹性集群时，可设定此参数为 true。此参数目前处于内测中，如需使用，请提交 [工单申请](https://console.cloud.tencent.com/workorder/category?level1_id=6&level2_id=163&source=0&data_title=%E8%B4%9F%E8%BD%BD%E5%9D%87%E8%A1%A1%20CLB&level3_id=1071&queue=96&scene_code=34639&step=2)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_direct_connection: Option<bool>,
    /// 要绑定的实例所在地域。默认无需填写，仅限GAAP特殊场景需指定实例所在地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_region: Option<String>,
}

impl AssociateAddressRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            instance_id: None,
            network_interface_id: None,
            private_ip_address: None,
            eip_direct_connection: None,
            instance_region: None,
        }
    }
}

impl tencent_action::Request for AssociateAddressRequest {
    type Action = AssociateAddress;
}

/// DhcpIp绑定EIP: the request of `AssociateDhcpIpWithAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateDhcpIpWithAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateDhcpIpWithAddressIpRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。必须是没有绑定`EIP`的`DhcpIp`
    pub dhcp_ip_id: String,
    /// 弹性公网`IP`。必须是没有绑定`DhcpIp`的`EIP`
    pub address_ip: String,
}

impl AssociateDhcpIpWithAddressIpRequest {
    /// The request with its required members (`DhcpIpId`, `AddressIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>, address_ip: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
            address_ip: address_ip.into(),
        }
    }
}

impl tencent_action::Request for AssociateDhcpIpWithAddressIpRequest {
    type Action = AssociateDhcpIpWithAddressIp;
}

/// Binds a direct connect gateway to a NAT Gateway (专线网关绑定NAT网关): the request of `AssociateDirectConnectGatewayNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateDirectConnectGatewayNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateDirectConnectGatewayNatGatewayRequest {
    /// VPC instance ID. VPC instance ID, which can be obtained from the `VpcId` field in the response of the `DescribeVpcs` API.
    ///
    /// VPC实例ID。形如：vpc-xxx。
    pub vpc_id: String,
    /// The NAT Gateway ID.
    ///
    /// NAT网关ID。形如：nat-xxx
    pub nat_gateway_id: String,
    /// The direct connect gateway ID.
    ///
    /// 专线网关ID。形如：dcg-xxx
    pub direct_connect_gateway_id: String,
}

impl AssociateDirectConnectGatewayNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        direct_connect_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for AssociateDirectConnectGatewayNatGatewayRequest {
    type Action = AssociateDirectConnectGatewayNatGateway;
}

/// HAVIP绑定子机或网卡: the request of `AssociateHaVipInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateHaVipInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateHaVipInstanceRequest {
    /// HaVip绑定的子机或网卡。最多支持10个实例。
    pub ha_vip_association_set: Vec<HaVipAssociation>,
}

impl AssociateHaVipInstanceRequest {
    /// The request with its required members (`HaVipAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ha_vip_association_set: impl IntoIterator<Item = HaVipAssociation>,
    ) -> Self {
        Self {
            ha_vip_association_set: ha_vip_association_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AssociateHaVipInstanceRequest {
    type Action = AssociateHaVipInstance;
}

/// Binds an EIPv6 (绑定弹性公网IPv6): the request of `AssociateIPv6Address`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateIPv6Address`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateIPv6AddressRequest {
    /// Unique ID of the EIPv6, such as eipv6-11112222.
    ///
    /// 弹性公网IPv6唯一ID，EIPv6 唯一 ID 形如：eipv6-11112222。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressId")]
    pub ipv6_address_id: String,
    /// 要绑定的实例 ID。实例 ID 形如：ins-djflxkvi。可通过登录控制台查询，也可通过 DescribeInstances 接口返回值中的InstanceId获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// ID of the ENI to be bound, such as eni-11112222. NetworkInterfaceId and InstanceId cannot be specified at the same time. The ENI ID can be queried by logging in to the console or obtained from the networkInterfaceId field in the returned value of the DescribeNetworkInterfaces API.
    ///
    /// 要绑定的弹性网卡 ID。 弹性网卡 ID 形如：eni-11112222。NetworkInterfaceId 与 InstanceId 不可同时指定。弹性网卡 ID 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni?rid=1)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的networkInterfaceId获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// Private IPv6 to be bound. If NetworkInterfaceId is specified, PrivateIPv6Address must also be specified, which indicates that the EIP will be bound to the specified private IPv6 of the specified ENI. At the same time, it shall be ensured that the specified PrivateIPv6Address is a private IPv6 on the specified NetworkInterfaceId. The specified ENI's private IPv6 can be queried by logging in to the console or obtained from the Ipv6AddressSet.Address field in the returned value of the DescribeNetworkInterfaces API.
    ///
    /// 要绑定的内网 IPv6。如果指定了 NetworkInterfaceId 则也必须指定 PrivateIPv6Address ，表示将 EIP 绑定到指定弹性网卡的指定内网 IP 上。同时要确保指定的 PrivateIPv6Address 是指定的 NetworkInterfaceId 上的一个内网 IPv6。指定弹性网卡的内网 IPv6 可通过登录[控制台](https://console.cloud.tencent.com/vpc/eni?rid=1)查询，也可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/api/215/15817)接口返回值中的Ipv6AddressSet.Address获取。
    #[serde(
        rename = "PrivateIPv6Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ipv6_address: Option<String>,
}

impl AssociateIPv6AddressRequest {
    /// The request with its required members (`IPv6AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_id: impl Into<String>) -> Self {
        Self {
            ipv6_address_id: ipv6_address_id.into(),
            instance_id: None,
            network_interface_id: None,
            private_ipv6_address: None,
        }
    }
}

impl tencent_action::Request for AssociateIPv6AddressRequest {
    type Action = AssociateIPv6Address;
}

/// 关联云联网实例到指定的云联网路由表: the request of `AssociateInstancesToCcnRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateInstancesToCcnRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateInstancesToCcnRouteTableRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 路由表ID。
    pub route_table_id: String,
    /// 实例列表。
    pub instances: Vec<CcnInstanceWithoutRegion>,
}

impl AssociateInstancesToCcnRouteTableRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstanceWithoutRegion>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AssociateInstancesToCcnRouteTableRequest {
    type Action = AssociateInstancesToCcnRouteTable;
}

/// Binds an EIP to a NAT gateway (NAT网关绑定弹性IP): the request of `AssociateNatGatewayAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNatGatewayAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNatGatewayAddressRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The number of EIPs you want to apply for. Either `AddressCount` or `PublicAddresses` must be passed in.
    ///
    /// 需要申请的弹性IP个数，系统会按您的要求生产N个弹性IP, 其中AddressCount和PublicAddresses至少传递一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<u64>,
    /// Array of the EIPs bound to the NAT gateway. Either `AddressCount` or `PublicAddresses` must be passed in.
    ///
    /// 绑定NAT网关的弹性IP数组，其中AddressCount和PublicAddresses至少传递一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses: Option<Vec<String>>,
    /// The availability zone of the EIP, which is passed in when the EIP is automatically assigned.
    ///
    /// 弹性IP可用区，自动分配弹性IP时传递。
    ///
    /// 其中产品可用区查询接口为[查询产品可用区列表](https://cloud.tencent.com/document/product/1596/77929)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The bandwidth size (in Mbps) of the EIP bound to the NAT gateway, which defaults to the maximum value applicable for the current user type.
    ///
    /// 绑定NAT网关的弹性IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_public_ip_addresses_bandwidth_out: Option<u64>,
    /// The size of the public network IP bandwidth to be applied for (in Mbps), which defaults to the maximum value applicable for the current user type.
    ///
    /// 需要申请公网IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses_bandwidth_out: Option<u64>,
    /// Whether the public IP and the NAT gateway must be in the same availability zone. Valid values: `true` and `false`. This parameter is valid only when `Zone` is specified.
    ///
    /// 公网IP是否强制与NAT网关来自同可用区，true表示需要与NAT网关同可用区；false表示可与NAT网关不是同一个可用区。此参数只有当参数Zone存在时才能生效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_from_same_zone: Option<bool>,
    /// 启用或者禁用NAT网关绑定的EIP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_enable_mode: Option<bool>,
}

impl AssociateNatGatewayAddressRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            address_count: None,
            public_ip_addresses: None,
            zone: None,
            stock_public_ip_addresses_bandwidth_out: None,
            public_ip_addresses_bandwidth_out: None,
            public_ip_from_same_zone: None,
            ip_address_enable_mode: None,
        }
    }
}

impl tencent_action::Request for AssociateNatGatewayAddressRequest {
    type Action = AssociateNatGatewayAddress;
}

/// Associates a network ACL with subnets (网络ACL关联子网): the request of `AssociateNetworkAclSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNetworkAclSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNetworkAclSubnetsRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Array of subnet instance IDs, such as \[subnet-12345678\]
    ///
    /// 子网实例ID数组。例如：\[subnet-12345678\]。
    pub subnet_ids: Vec<String>,
}

impl AssociateNetworkAclSubnetsRequest {
    /// The request with its required members (`NetworkAclId`, `SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        subnet_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AssociateNetworkAclSubnetsRequest {
    type Action = AssociateNetworkAclSubnets;
}

/// Attaches a security group to an ENI. (弹性网卡绑定安全组): the request of `AssociateNetworkInterfaceSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AssociateNetworkInterfaceSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssociateNetworkInterfaceSecurityGroupsRequest {
    /// ENI instance ID, e.g. eni-pxir56ns. You can enter up to 100 instances for each request.
    ///
    /// 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。本接口不支持主网卡绑定安全组。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// The security group instance ID, such as `sg-33ocnj9n`. It can be obtained through DescribeSecurityGroups. You can enter up to 100 instances for each request.
    ///
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过DescribeSecurityGroups获取。每次请求的实例的上限为100。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    pub security_group_ids: Vec<String>,
}

impl AssociateNetworkInterfaceSecurityGroupsRequest {
    /// The request with its required members (`NetworkInterfaceIds`, `SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AssociateNetworkInterfaceSecurityGroupsRequest {
    type Action = AssociateNetworkInterfaceSecurityGroups;
}

/// Associates an instance with a CCN (云联网关联实例): the request of `AttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachCcnInstancesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// List of associated network instances
    ///
    /// 关联网络实例列表
    pub instances: Vec<CcnInstance>,
    /// The UIN (root account) of the CCN. By default, the current account belongs to the UIN
    ///
    /// CCN所属UIN（根账号），默认当前账号所属UIN
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_uin: Option<String>,
}

impl AttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
            ccn_uin: None,
        }
    }
}

impl tencent_action::Request for AttachCcnInstancesRequest {
    type Action = AttachCcnInstances;
}

/// Creates a Classiclink (创建基础网络互通): the request of `AttachClassicLinkVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachClassicLinkVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachClassicLinkVpcRequest {
    /// VPC instance ID
    ///
    /// VPC实例ID
    pub vpc_id: String,
    /// CVM Instance ID
    ///
    /// CVM实例ID
    pub instance_ids: Vec<String>,
}

impl AttachClassicLinkVpcRequest {
    /// The request with its required members (`VpcId`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for AttachClassicLinkVpcRequest {
    type Action = AttachClassicLinkVpc;
}

/// Binds an ENI to a CVM (弹性网卡绑定云服务器): the request of `AttachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachNetworkInterfaceRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The ID of the CVM instance, such as `ins-r8hr2upy`.
    ///
    /// CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// ENI mounting type. Valid values: `0` (standard); `1` (extension); default value: `0`
    ///
    /// 网卡的挂载类型：0 标准型，1扩展型，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl AttachNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            attach_type: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for AttachNetworkInterfaceRequest {
    type Action = AttachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// Associates a snapshot policy with specified instances (快照策略关联实例): the request of `AttachSnapshotInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AttachSnapshotInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachSnapshotInstancesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Information of associated instances
    ///
    /// 关联实例信息。
    pub instances: Vec<SnapshotInstance>,
}

impl AttachSnapshotInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        instances: impl IntoIterator<Item = SnapshotInstance>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for AttachSnapshotInstancesRequest {
    type Action = AttachSnapshotInstances;
}

/// Performs a compliance audit (合规化审批): the request of `AuditCrossBorderCompliance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`AuditCrossBorderCompliance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuditCrossBorderComplianceRequest {
    /// Service provider. Valid values: `UNICOM`.
    ///
    /// 服务商, 可选值：`UNICOM`。
    pub service_provider: String,
    /// Unique ID of compliance review request.
    ///
    /// 表单唯一`ID`。可通过[DescribeCrossBorderCompliance](https://cloud.tencent.com/document/product/215/47838)接口查询ComplianceId信息
    pub compliance_id: u64,
    /// Audit behavior. Valid values: `APPROVED` and `DENY`.
    ///
    /// 通过：`APPROVED `，拒绝：`DENY`。
    pub audit_behavior: String,
}

impl AuditCrossBorderComplianceRequest {
    /// The request with its required members (`ServiceProvider`, `ComplianceId`, `AuditBehavior`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        service_provider: impl Into<String>,
        compliance_id: u64,
        audit_behavior: impl Into<String>,
    ) -> Self {
        Self {
            service_provider: service_provider.into(),
            compliance_id,
            audit_behavior: audit_behavior.into(),
        }
    }
}

impl tencent_action::Request for AuditCrossBorderComplianceRequest {
    type Action = AuditCrossBorderCompliance;
}

/// Checks secondary CIDR block overlaps (检查辅助CIDR冲突): the request of `CheckAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckAssistantCidrRequest {
    /// `VPC` instance `ID`, e.g. `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    pub vpc_id: String,
    /// Load CIDR blocks to add. CIDR block set; format: e.g. \["10.0.0.0/16", "172.16.0.0/16"\]
    ///
    /// 待添加的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_cidr_blocks: Option<Vec<String>>,
    /// Load CIDR blocks to delete. CIDR block set; Format: e.g. \["10.0.0.0/16", "172.16.0.0/16"\]
    ///
    /// 待删除的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_cidr_blocks: Option<Vec<String>>,
}

impl CheckAssistantCidrRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            new_cidr_blocks: None,
            old_cidr_blocks: None,
        }
    }
}

impl tencent_action::Request for CheckAssistantCidrRequest {
    type Action = CheckAssistantCidr;
}

/// 预判是否可建默认子网: the request of `CheckDefaultSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckDefaultSubnet`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckDefaultSubnetRequest {
    /// 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

impl tencent_action::Request for CheckDefaultSubnetRequest {
    type Action = CheckDefaultSubnet;
}

/// 查询网关是否启用流量监控: the request of `CheckGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckGatewayFlowMonitorRequest {
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl CheckGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for CheckGatewayFlowMonitorRequest {
    type Action = CheckGatewayFlowMonitor;
}

/// CheckNetDetectState (验证网络探测): the request of `CheckNetDetectState`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckNetDetectState`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckNetDetectStateRequest {
    /// The array of detection destination IPv4 addresses, which contains at most two IP addresses.
    ///
    /// 探测目的IPv4地址数组，最多两个。
    pub detect_destination_ip: Vec<String>,
    /// ID of a network inspector instance, e.g. netd-12345678. Enter at least one of this parameter, VpcId, SubnetId, and NetDetectName. Use NetDetectId if it is present.
    ///
    /// 网络探测实例ID。形如：netd-12345678。该参数与（VpcId，SubnetId，NetDetectName），至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_id: Option<String>,
    /// ID of a `VPC` instance, e.g. `vpc-12345678`, which is used together with SubnetId and NetDetectName. You should enter either this parameter or NetDetectId, or both. Use NetDetectId if it is present.
    ///
    /// `VPC`实例`ID`。形如：`vpc-12345678`。该参数与（SubnetId，NetDetectName）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// ID of a subnet instance, e.g. `subnet-12345678`, which is used together with VpcId and NetDetectName. You should enter either this parameter or NetDetectId, or both. Use NetDetectId if it is present.
    ///
    /// 子网实例ID。形如：subnet-12345678。该参数与（VpcId，NetDetectName）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// The name of a network inspector, up to 60 bytes in length. It is used together with VpcId and NetDetectName. You should enter either this parameter or NetDetectId, or both. Use NetDetectId if it is present.
    ///
    /// 网络探测名称，最大长度不能超过60个字节。该参数与（VpcId，SubnetId）配合使用，与NetDetectId至少要有一个。当NetDetectId存在时，使用NetDetectId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_name: Option<String>,
    /// The type of the next hop. Currently supported types are:
    ///
    /// VPN: VPN gateway;
    ///
    /// DIRECTCONNECT: direct connect gateway;
    ///
    /// PEERCONNECTION: peering connection;
    ///
    /// NAT: NAT gateway;
    ///
    /// NORMAL_CVM: normal CVM.
    ///
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// The next-hop destination gateway. The value is related to NextHopType.
    ///
    /// If NextHopType is set to VPN, the value of this parameter is the VPN gateway ID, such as vpngw-12345678.
    ///
    /// If NextHopType is set to DIRECTCONNECT, the value of this parameter is the direct connect gateway ID, such as dcg-12345678.
    ///
    /// If NextHopType is set to PEERCONNECTION, the value of this parameter is the peering connection ID, such as pcx-12345678.
    ///
    /// If NextHopType is set to NAT, the value of this parameter is the NAT gateway ID, such as nat-12345678.
    ///
    /// If NextHopType is set to NORMAL_CVM, the value of this parameter is the IPv4 address of the CVM, such as 10.0.0.12.
    ///
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
}

impl CheckNetDetectStateRequest {
    /// The request with its required members (`DetectDestinationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        detect_destination_ip: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            detect_destination_ip: detect_destination_ip
                .into_iter()
                .map(Into::into)
                .collect(),
            net_detect_id: None,
            vpc_id: None,
            subnet_id: None,
            net_detect_name: None,
            next_hop_type: None,
            next_hop_destination: None,
        }
    }
}

impl tencent_action::Request for CheckNetDetectStateRequest {
    type Action = CheckNetDetectState;
}

/// Checks the collector and receiver for traffic mirroring (检查流量镜像的采集端接收端): the request of `CheckTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CheckTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckTrafficMirrorRequest {
    /// Traffic mirroring VPC.
    ///
    /// 流量镜像所属的vpc
    pub vpc_id: String,
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像的实例id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_id: Option<String>,
    /// Collector IP address list for traffic mirroring.
    ///
    /// 流量镜像的采集端IP列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_sources: Option<Vec<String>>,
    /// Receiver subnet for traffic mirroring.
    ///
    /// 流量镜像的接收端的子网
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Traffic mirroring collector.
    ///
    /// 流量镜像采集端的
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_target: Option<Vec<TrafficMirrorTarget>>,
}

impl CheckTrafficMirrorRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            traffic_mirror_id: None,
            collector_sources: None,
            subnet_id: None,
            collector_target: None,
        }
    }
}

impl tencent_action::Request for CheckTrafficMirrorRequest {
    type Action = CheckTrafficMirror;
}

/// 清空云联网路由表选择策略: the request of `ClearRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ClearRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClearRouteTableSelectionPoliciesRequest {
    /// 云联网ID。
    pub ccn_id: String,
}

impl ClearRouteTableSelectionPoliciesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for ClearRouteTableSelectionPoliciesRequest {
    type Action = ClearRouteTableSelectionPolicies;
}

/// Clones an security group (克隆安全组): the request of `CloneSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CloneSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CloneSecurityGroupRequest {
    /// Security group instance ID, such as `esg-33ocnj9n`, which can be obtained through the [DescribeSecurityGroups](https://intl.cloud.tencent.com/document/product/215/15808?from_cn_redirect=1) API.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// The name of security group clone. You can enter any name within 60 characters. If this parameter is left empty, the security group clone will use the name of the source security group.
    ///
    /// 安全组名称，可任意命名，但不得超过60个字符。未提供参数时，克隆后的安全组名称和SecurityGroupId对应的安全组名称相同。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// Description of the security group clone. You can enter up to 100 characters. If this parameter is left empty, the security group clone will use the description of the source security group.
    ///
    /// 安全组备注，最多100个字符。未提供参数时，克隆后的安全组备注和SecurityGroupId对应的安全组备注相同。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_description: Option<String>,
    /// Project ID. Default value: 0. You can query it on the [project management page](https://console.cloud.tencent.com/project) of the Tencent Cloud console.
    ///
    /// 项目ID，默认0。可在[qcloud控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The region of the source security group for a cross-region clone. For example, to clone the security group in Guangzhou to Shanghai, set it to `ap-guangzhou`.
    ///
    /// 源Region,跨地域克隆安全组时，需要传入源安全组所属地域信息，例如：克隆广州的安全组到上海，则这里需要传入广州安全的地域信息：ap-guangzhou。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_region: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    ///
    /// 若指定Tags入参且指定IsCloneTags为true，会合并源安全组的标签和新增的标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 是否克隆标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_clone_tags: Option<bool>,
}

impl CloneSecurityGroupRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            group_name: None,
            group_description: None,
            project_id: None,
            remote_region: None,
            tags: None,
            is_clone_tags: None,
        }
    }
}

impl tencent_action::Request for CloneSecurityGroupRequest {
    type Action = CloneSecurityGroup;
}

/// Creates an IP address template (创建IP地址模板): the request of `CreateAddressTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAddressTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAddressTemplateRequest {
    /// IP address template name.
    ///
    /// IP地址模板名称。
    pub address_template_name: String,
    /// The address information can be presented by the IP, CIDR block or IP address range. Either Addresses or AddressesExtra is required.
    ///
    /// 地址信息，支持 IP、CIDR、IP 范围。Addresses与AddressesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
    /// The address information can contain remarks and be presented by the IP, CIDR block or IP address range. Either Addresses or AddressesExtra is required.
    ///
    /// 地址信息，支持携带备注，支持 IP、CIDR、IP 范围。Addresses与AddressesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses_extra: Option<Vec<AddressInfo>>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateAddressTemplateRequest {
    /// The request with its required members (`AddressTemplateName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_name: impl Into<String>) -> Self {
        Self {
            address_template_name: address_template_name.into(),
            addresses: None,
            addresses_extra: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateAddressTemplateRequest {
    type Action = CreateAddressTemplate;
}

/// Creates an IP address template group (创建IP地址模板集合): the request of `CreateAddressTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAddressTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAddressTemplateGroupRequest {
    /// Name of the IP address template group
    ///
    /// IP地址模板集合名称。
    pub address_template_group_name: String,
    /// IP address template instance ID, such as `ipm-mdunqeb6`.
    ///
    /// IP地址模板实例ID，例如：ipm-mdunqeb6。
    pub address_template_ids: Vec<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateAddressTemplateGroupRequest {
    /// The request with its required members (`AddressTemplateGroupName`, `AddressTemplateIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_template_group_name: impl Into<String>,
        address_template_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            address_template_group_name: address_template_group_name.into(),
            address_template_ids: address_template_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateAddressTemplateGroupRequest {
    type Action = CreateAddressTemplateGroup;
}

/// Creates an ENI and binds it to a CVM (创建弹性网卡并绑定云服务器): the request of `CreateAndAttachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAndAttachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAndAttachNetworkInterfaceRequest {
    /// The ID of the VPC instance. You can obtain the parameter value from the `VpcId` field in the returned result of the `DescribeVpcs` API.
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: String,
    /// The name of the ENI. The maximum length is 60 bytes.
    ///
    /// 弹性网卡名称，最大长度不能超过60个字符。
    pub network_interface_name: String,
    /// The subnet instance ID of the ENI, such as 'subnet-0ap8nwca'.
    ///
    /// 弹性网卡所在的子网实例ID，例如：subnet-0ap8nwca。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// CVM instance ID.
    ///
    /// 云服务器实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// The information of the specified private IPs. You can specify a maximum of 10 IPs each time.
    ///
    /// 指定的内网IP信息，单次最多指定10个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// The number of private IP addresses you apply for. The total number of private IP addresses cannot exceed the quota.
    ///
    /// 新申请的内网IP地址个数，内网IP地址个数总和不能超过配额数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP service level. It is used together with `SecondaryPrivateIpAddressCount`. Values: `PT` (Gold), `AU` (Silver), `AG` (Bronze) and `DEFAULT` (Default).
    ///
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// The security group to be bound with, such as \['sg-1dd51d'\].
    ///
    /// 指定绑定的安全组，例如：\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// The ENI description. You can enter any information within 60 characters.
    ///
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// ENI mounting type. Valid values: `0` (standard); `1` (extension); default value: `0`
    ///
    /// 绑定类型：0 标准型 1 扩展型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
    /// 是否创建RDMA弹性网卡，true:创建rdma弹性网卡，false:普通弹性网卡。不填默认为false。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_rdma: Option<bool>,
    /// Idempotency token used to ensure request idempotency. This string is generated by the client and must be unique across different requests, with a maximum length of 64 ASCII characters. If this parameter is not specified, request idempotency cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateAndAttachNetworkInterfaceRequest {
    /// The request with its required members (`VpcId`, `NetworkInterfaceName`, `SubnetId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        network_interface_name: impl Into<String>,
        subnet_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_interface_name: network_interface_name.into(),
            subnet_id: subnet_id.into(),
            instance_id: instance_id.into(),
            private_ip_addresses: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            security_group_ids: None,
            network_interface_description: None,
            tags: None,
            attach_type: None,
            is_rdma: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateAndAttachNetworkInterfaceRequest {
    type Action = CreateAndAttachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// Creates a secondary CIDR block (创建辅助CIDR): the request of `CreateAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAssistantCidrRequest {
    /// `VPC` instance `ID`, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    pub vpc_id: String,
    /// Array of CIDR blocks, such as \["10.0.0.0/16", "172.16.0.0/16"\]
    ///
    /// CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]
    pub cidr_blocks: Vec<String>,
}

impl CreateAssistantCidrRequest {
    /// The request with its required members (`VpcId`, `CidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            cidr_blocks: cidr_blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for CreateAssistantCidrRequest {
    type Action = CreateAssistantCidr;
}

/// Creates a bandwidth package (创建共享带宽包): the request of `CreateBandwidthPackage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateBandwidthPackage`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateBandwidthPackageRequest {
    /// The network type of the bandwidth package. Default value: `BGP`. Valid values:
    ///
    /// `BGP`
    ///
    /// `HIGH_QUALITY_BGP`
    ///
    /// 带宽包类型, 默认值: BGP, 可选值:
    ///
    /// - BGP: 普通BGP共享带宽包
    ///
    /// - HIGH_QUALITY_BGP: 精品BGP共享带宽包
    ///
    /// - SINGLEISP_CMCC: 中国移动共享带宽包
    ///
    /// - SINGLEISP_CTCC: 中国电信共享带宽包
    ///
    /// - SINGLEISP_CUCC: 中国联通共享带宽包
    ///
    /// 注意：仅部分地域支持三网带宽包和精品BGP带宽包。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_type: Option<String>,
    /// The billing mode of the bandwidth package. Default value: `ENHANCED95_POSTPAID_BY_MONTH`. Valid values:
    ///
    /// - `ENHANCED95_POSTPAID_BY_MONTH`: Pay-as-you-go - Enhanced 95th percentile
    ///
    /// - `PRIMARY_TRAFFIC_POSTPAID_BY_HOUR`: Postpaid - Main Traffic Billing
    ///
    /// - `BANDWIDTH_POSTPAID_BY_DAY`: General BGP, Pay-as-you-go - Bandwidth-based
    ///
    /// - `PEAK_BANDWIDTH_POSTPAID_BY_DAY`: Static single-line, Pay-as-you-go - Daily billed
    ///
    /// - `TOP5_POSTPAID_BY_MONTH`: Pay-as-you-go - Monthly top 5th, If you need to use this Bglling mode, please submit a ticket.
    ///
    /// 带宽包计费类型, 默认为: ENHANCED95_POSTPAID_BY_MONTH, 可选值:
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 后付费-增强型95计费
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 后付费-按主流量计费
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 常规BGP-后付费-按带宽计费
    ///
    /// - FIXED_PREPAID_BY_MONTH: 常规BGP-预付费
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 静态单线-后付费-按日结算
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 后付费-TOP5计费，如需使用，请提交工单申请
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// The name of the bandwidth package.
    ///
    /// 带宽包名称。名称长度小于60，只包含数字、字母和下划线。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_name: Option<String>,
    /// The number of bandwidth packages to create. Valid range: 1-20. It can only be "1" for bill-by-CVM accounts.
    ///
    /// 带宽包数量(传统账户类型只能填1), 标准账户类型取值范围为1~20。默认为1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_count: Option<u64>,
    /// The limit of the bandwidth package in Mbps. The value '-1' indicates there is no limit. This feature is currently in beta.
    ///
    /// 带宽包限速大小。单位：Mbps，-1表示不限速。带宽包计费类型对应的带宽上下限可参考：[BandwidthRange](https://cloud.tencent.com/document/api/215/15824#BandwidthRange)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth: Option<i64>,
    /// The list of tags to be bound.
    ///
    /// 需要关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The protocol type of the bandwidth package. Valid values: 'ipv4' and 'ipv6'. Default value: 'ipv4'.
    ///
    /// 带宽包协议类型。当前支持'ipv4'和'ipv6'协议带宽包，默认值是'ipv4'。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Purchase duration of the prepaid monthly bandwidth package, unit: month, value range: 1~60. Must be passed for prepaid billing type.
    ///
    /// 预付费包月带宽包的购买时长，单位: 月，取值范围: 1~60。预付费计费类型必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_span: Option<u64>,
    /// Network egress. It defaults to `center_egress1`. Valid values:
    ///
    /// center_egress1,center_egress2,center_egress3
    ///
    /// 网络出口，默认值：center_egress1，其它可选值：center_egress2、center_egress3。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<String>,
    /// 仅用于申请特殊可用区带宽包，如：TEZ/EZ边缘可用区，CDZ专属可用区。具体可选可用区信息，请参考[DescribeDesignatedZones](https://cloud.tencent.com/document/product/215/128830)接口查询结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated_zone: Option<String>,
}

impl tencent_action::Request for CreateBandwidthPackageRequest {
    type Action = CreateBandwidthPackage;
}

/// Creates a CCN (创建CCN): the request of `CreateCcn`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcn`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnRequest {
    /// The name of the CCN. The maximum length is 60 characters.
    ///
    /// CCN名称，最大长度不能超过60个字节。
    pub ccn_name: String,
    /// The description of the CCN. The maximum length is 100 characters.
    ///
    /// CCN描述信息，最大长度不能超过100个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_description: Option<String>,
    /// CCN service quality, 'PT': Platinum, 'AU': Gold, 'AG': Silver. The default is 'AU'.
    ///
    /// CCN服务质量，`PT`：白金，`AU`：金，`AG`：银，默认为`AU`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// The billing method. POSTPAID: postpaid by traffic. Default: POSTPAID.
    ///
    /// 计费模式，`PREPAID`：表示预付费，即包年包月，`POSTPAID`：表示后付费，即按量计费。默认：`POSTPAID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// 计量模式,`BANDWIDTH`：表示带宽,即带宽计量模式，`TRAFFIC`：表示流量,即流量计量模式。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_metering_type: Option<String>,
    /// The bandwidth limit type. Valid values: OUTER_REGION_LIMIT: region outbound bandwidth limit; INTER_REGION_LIMIT: inter-region bandwidth limit. Default value: OUTER_REGION_LIMIT. Monthly-subscribed CCN instances only support inter-region bandwidth limit, while pay-as-you-go CCN instances support the both bandwidth limit types.
    ///
    /// 限速类型，`OUTER_REGION_LIMIT`表示地域出口限速，`INTER_REGION_LIMIT`为地域间限速，默认为`OUTER_REGION_LIMIT`。预付费模式仅支持地域间限速，后付费模式支持地域间限速和地域出口限速。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_limit_type: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateCcnRequest {
    /// The request with its required members (`CcnName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_name: impl Into<String>) -> Self {
        Self {
            ccn_name: ccn_name.into(),
            ccn_description: None,
            qos_level: None,
            instance_charge_type: None,
            instance_metering_type: None,
            bandwidth_limit_type: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateCcnRequest {
    type Action = CreateCcn;
}

/// 创建云联网策略路由下一跳: the request of `CreateCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 下一跳地域
    pub next_hop_region: String,
    /// 关联实例ID
    pub instance_id: String,
    /// 名称
    pub name: String,
    /// 关联实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    pub instance_type: String,
    /// 状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 下一跳资源类型\[HAVIP, GWLB_ENDPOINT\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_id: Option<String>,
}

impl CreateCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`, `NextHopRegion`, `InstanceId`, `Name`, `InstanceType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        next_hop_region: impl Into<String>,
        instance_id: impl Into<String>,
        name: impl Into<String>,
        instance_type: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            next_hop_region: next_hop_region.into(),
            instance_id: instance_id.into(),
            name: name.into(),
            instance_type: instance_type.into(),
            state: None,
            description: None,
            next_hop_resource_type: None,
            next_hop_resource_id: None,
        }
    }
}

impl tencent_action::Request for CreateCcnPolicyBasedRoutingNextHopRequest {
    type Action = CreateCcnPolicyBasedRoutingNextHop;
}

/// 批量创建云联网策略路由匹配规则: the request of `CreateCcnPolicyBasedRoutingRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnPolicyBasedRoutingRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnPolicyBasedRoutingRulesRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网策略路由匹配规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_policy_based_routing_rule_set: Option<Vec<CcnPolicyBasedRoutingRule>>,
}

impl CreateCcnPolicyBasedRoutingRulesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_policy_based_routing_rule_set: None,
        }
    }
}

impl tencent_action::Request for CreateCcnPolicyBasedRoutingRulesRequest {
    type Action = CreateCcnPolicyBasedRoutingRules;
}

/// 新建云联网路由表: the request of `CreateCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCcnRouteTablesRequest {
    /// 需要创建的路由表列表。
    pub route_table: Vec<CcnBatchRouteTable>,
}

impl CreateCcnRouteTablesRequest {
    /// The request with its required members (`RouteTable`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table: impl IntoIterator<Item = CcnBatchRouteTable>) -> Self {
        Self {
            route_table: route_table.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateCcnRouteTablesRequest {
    type Action = CreateCcnRouteTables;
}

/// 创建 IDC 通道: the request of `CreateCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdcLDCXListRequest {}

impl tencent_action::Request for CreateCdcLDCXListRequest {
    type Action = CreateCdcLDCXList;
}

/// 创建虚拟连接: the request of `CreateCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCdcNetPlanesRequest {}

impl tencent_action::Request for CreateCdcNetPlanesRequest {
    type Action = CreateCdcNetPlanes;
}

/// Creates a customer gateway (创建对端网关): the request of `CreateCustomerGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateCustomerGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCustomerGatewayRequest {
    /// Customer gateway can be named freely, but the maximum length is 60 characters.
    ///
    /// 对端网关名称，可任意命名，但不得超过60个字符。
    pub customer_gateway_name: String,
    /// Customer gateway public IP.
    ///
    /// 对端网关公网IP。
    pub ip_address: String,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// BGP ASN。ASN取值范围为1- 4294967295，其中139341、45090和58835不可用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<i64>,
}

impl CreateCustomerGatewayRequest {
    /// The request with its required members (`CustomerGatewayName`, `IpAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        customer_gateway_name: impl Into<String>,
        ip_address: impl Into<String>,
    ) -> Self {
        Self {
            customer_gateway_name: customer_gateway_name.into(),
            ip_address: ip_address.into(),
            tags: None,
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for CreateCustomerGatewayRequest {
    type Action = CreateCustomerGateway;
}

/// 创建默认安全组: the request of `CreateDefaultSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDefaultSecurityGroup`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDefaultSecurityGroupRequest {
    /// 项目ID，默认0。可在[qcloud控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}

impl tencent_action::Request for CreateDefaultSecurityGroupRequest {
    type Action = CreateDefaultSecurityGroup;
}

/// Creates a default VPC and subnets (创建默认VPC和默认子网): the request of `CreateDefaultVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDefaultVpc`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDefaultVpcRequest {
    /// The ID of the availability zone in which the subnet resides. This parameter can be obtained through the [`DescribeZones`](https://intl.cloud.tencent.com/document/product/213/15707?from_cn_redirect=1) API, such as `ap-guangzhou-1`. If it’s not specified, a random availability zone will be used.
    ///
    /// 子网所在的可用区，该参数可通过[DescribeZones](https://cloud.tencent.com/document/product/213/15707)接口获取，例如ap-guangzhou-1，不指定时将随机选择可用区。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Whether to forcibly return a default VPC
    ///
    /// 是否强制返回默认VPC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl tencent_action::Request for CreateDefaultVpcRequest {
    type Action = CreateDefaultVpc;
}

/// 创建DhcpIp: the request of `CreateDhcpIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDhcpIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDhcpIpRequest {
    /// 私有网络`ID`。
    pub vpc_id: String,
    /// 子网`ID`。
    pub subnet_id: String,
    /// `DhcpIp`名称。
    pub dhcp_ip_name: String,
    /// 新申请的内网IP地址个数。总数不能超过64个，为了兼容性，当前参数必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateDhcpIpRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `DhcpIpName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        dhcp_ip_name: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            dhcp_ip_name: dhcp_ip_name.into(),
            secondary_private_ip_address_count: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateDhcpIpRequest {
    type Action = CreateDhcpIp;
}

/// Creates a direct connect gateway (创建专线网关): the request of `CreateDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDirectConnectGatewayRequest {
    /// The name of the direct connect gateway.
    ///
    /// 专线网关名称
    pub direct_connect_gateway_name: String,
    /// The type of the associated network. Valid values:
    ///
    /// - VPC
    ///
    /// - CCN
    ///
    /// 关联网络类型，可选值：
    ///
    /// - VPC - 私有网络
    ///
    /// - CCN - 云联网
    pub network_type: String,
    /// - When the NetworkType is VPC, this value is the VPC instance ID
    ///
    /// - When the NetworkType is CCN, this value is the CCN instance ID
    ///
    /// - NetworkType 为 VPC 时，这里传值为私有网络实例ID
    ///
    /// - NetworkType 为 CCN 时，这里传值为云联网实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_instance_id: Option<String>,
    /// The type of the gateway. Valid values:
    ///
    /// - NORMAL - (Default) Standard type. Note: CCN only supports the standard type
    ///
    /// - NAT - NAT type
    ///
    /// NAT gateway supports network address translation. The specified type cannot be modified. A VPC can create one NAT direct connect gateway and one non-NAT direct connect gateway
    ///
    /// 网关类型，可选值：
    ///
    /// - NORMAL - （默认）标准型，注：云联网只支持标准型
    ///
    /// - NAT - NAT型
    ///
    /// NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_type: Option<String>,
    /// CCN route publishing method. Valid values: `standard` and `exquisite`. This parameter is only valid for the CCN direct connect gateway.
    ///
    /// 云联网路由发布模式，可选值：`standard`（标准模式）、`exquisite`（精细模式）。只有云联网类型专线网关才支持`ModeType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_type: Option<String>,
    /// 专线网关自定义ASN，范围：45090，64512-65534 和4200000000-4294967294
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_asn: Option<u64>,
    /// Availability zone where the direct connect gateway resides.
    ///
    /// 专线网关可用区
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// ID of DC highly available placement group
    ///
    /// 专线网关高可用区容灾组ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_zone_group_id: Option<String>,
    /// 标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateDirectConnectGatewayRequest {
    /// The request with its required members (`DirectConnectGatewayName`, `NetworkType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_name: impl Into<String>,
        network_type: impl Into<String>,
    ) -> Self {
        Self {
            direct_connect_gateway_name: direct_connect_gateway_name.into(),
            network_type: network_type.into(),
            network_instance_id: None,
            gateway_type: None,
            mode_type: None,
            gateway_asn: None,
            zone: None,
            ha_zone_group_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateDirectConnectGatewayRequest {
    type Action = CreateDirectConnectGateway;
}

/// Creates the CCN route of a Direct Connect gateway (创建专线网关云联网路由): the request of `CreateDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateDirectConnectGatewayCcnRoutesRequest {
    /// The ID of the Direct Connect gateway, such as `dcg-prpqlmg1`
    ///
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// The list of IDC IP range that must be connected
    ///
    /// 需要连通的IDC网段列表
    pub routes: Vec<DirectConnectGatewayCcnRoute>,
}

impl CreateDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = DirectConnectGatewayCcnRoute>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateDirectConnectGatewayCcnRoutesRequest {
    type Action = CreateDirectConnectGatewayCcnRoutes;
}

/// Creates a flow log (创建流日志): the request of `CreateFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateFlowLogRequest {
    /// The name of the flow log instance.
    ///
    /// 流日志实例名称。长度为不超过60个字符。
    pub flow_log_name: String,
    /// The type of resource associated with the flow log. Valid values: `VPC`, `SUBNET`, `NETWORKINTERFACE`, `CCN`, `NAT`, and `DCG`.
    ///
    /// 流日志所属资源类型，NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转化），DCG（专线网关）。当选择CCN，DCG时，请通过工单加入白名单。
    pub resource_type: String,
    /// The unique ID of the resource.
    ///
    /// 资源唯一ID。
    pub resource_id: String,
    /// Type of the flow logs to be collected. Valid values: `ACCEPT`, `REJECT` and `ALL`.
    ///
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    pub traffic_type: String,
    /// The VPC ID or unique ID of the resource. We recommend using the unique ID. This parameter is required unless the `ResourceType` is set to `CCN`.
    ///
    /// 私用网络唯一ID。当ResourceType为CCN时不填，其他类型必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The description of the flow log.
    ///
    /// 流日志实例描述。长度不超过512个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_description: Option<String>,
    /// The storage ID of the flow log.
    ///
    /// 流日志存储ID（cls的日志主题ID，
    ///
    /// 可通过[DescribeTopics](https://cloud.tencent.com/document/product/614/56454)接口获取）。当StorageType为cls时，CloudLogId为必选。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_id: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Consumer types: `cls` and `ckafka`
    ///
    /// 消费端类型：cls、ckafka。默认值cls。当选择ckafka时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_type: Option<String>,
    /// Information of the flow log consumer, which is required when the consumer type is `ckafka`.
    ///
    /// 流日志消费端信息，当消费端类型为ckafka时，必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_storage: Option<FlowLogStorage>,
    /// The region corresponding to the flow log storage ID. If not passed in, this field defaults to the current region.
    ///
    /// 流日志存储ID对应的地域，不传递默认为本地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_region: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。取值范围（单位s）：60， 300， 600。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u64>,
}

impl CreateFlowLogRequest {
    /// The request with its required members (`FlowLogName`, `ResourceType`, `ResourceId`, `TrafficType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        flow_log_name: impl Into<String>,
        resource_type: impl Into<String>,
        resource_id: impl Into<String>,
        traffic_type: impl Into<String>,
    ) -> Self {
        Self {
            flow_log_name: flow_log_name.into(),
            resource_type: resource_type.into(),
            resource_id: resource_id.into(),
            traffic_type: traffic_type.into(),
            vpc_id: None,
            flow_log_description: None,
            cloud_log_id: None,
            tags: None,
            storage_type: None,
            flow_log_storage: None,
            cloud_log_region: None,
            period: None,
        }
    }
}

impl tencent_action::Request for CreateFlowLogRequest {
    type Action = CreateFlowLog;
}

/// 创建全局路由: the request of `CreateGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由对象。创建时必填参数： 'GatewayType'，'GatewayId'，'DestinationCidrBlock'。
    pub global_routes: Vec<GlobalRoute>,
}

impl CreateGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_routes: impl IntoIterator<Item = GlobalRoute>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_routes: global_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateGlobalRoutesRequest {
    type Action = CreateGlobalRoutes;
}

/// Creates the HAVIP (创建HAVIP): the request of `CreateHaVip`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHaVip`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHaVipRequest {
    /// The `ID` of the VPC to which the `HAVIP` belongs.
    ///
    /// `HAVIP`所在私有网络`ID`。
    pub vpc_id: String,
    /// The name of the `HAVIP`.
    ///
    /// `HAVIP`名称。
    pub ha_vip_name: String,
    /// The `ID` of the subnet to which the `HAVIP` belongs.
    ///
    /// `HAVIP`所在子网`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// The specified virtual IP address, which must be within the IP range of the `VPC` and not in use. It will be automatically assigned if not specified.
    ///
    /// 指定虚拟IP地址，必须在`VPC`网段内且未被占用。不指定则自动分配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip: Option<String>,
    /// The ID of the ENI associated with the HAVIP.
    ///
    /// `HAVIP`所在弹性网卡`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_id: Option<String>,
    /// 是否开启`HAVIP`漂移时子机或网卡范围的校验。默认不开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_associate: Option<bool>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// HaVip绑定的子机或网卡。最多支持10个实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_association_set: Option<Vec<HaVipAssociation>>,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateHaVipRequest {
    /// The request with its required members (`VpcId`, `HaVipName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, ha_vip_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ha_vip_name: ha_vip_name.into(),
            subnet_id: None,
            vip: None,
            network_interface_id: None,
            check_associate: None,
            tags: None,
            ha_vip_association_set: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateHaVipRequest {
    type Action = CreateHaVip;
    const CLIENT_TOKEN: bool = true;
}

/// 创建高优路由表: the request of `CreateHighPriorityRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHighPriorityRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHighPriorityRouteTableRequest {
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// 高优路由表名称，最大长度不能超过60个字节。
    pub name: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateHighPriorityRouteTableRequest {
    /// The request with its required members (`VpcId`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            name: name.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateHighPriorityRouteTableRequest {
    type Action = CreateHighPriorityRouteTable;
}

/// 创建高优路由表条目: the request of `CreateHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl CreateHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateHighPriorityRoutesRequest {
    type Action = CreateHighPriorityRoutes;
}

/// 创建IPV6转换IPV4实例: the request of `CreateIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateIp6Translators`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateIp6TranslatorsRequest {
    /// 转换实例名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_name: Option<String>,
    /// 创建转换实例数量，默认是1个
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_count: Option<i64>,
    /// 转换实例运营商属性，可取"CMCC","CTCC","CUCC","BGP"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_internet_service_provider: Option<String>,
}

impl tencent_action::Request for CreateIp6TranslatorsRequest {
    type Action = CreateIp6Translators;
}

/// Creates a local gateway (创建本地网关): the request of `CreateLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateLocalGatewayRequest {
    /// Local gateway name
    ///
    /// 本地网关名称。
    pub local_gateway_name: String,
    /// VPC instance ID
    ///
    /// VPC实例ID。
    pub vpc_id: String,
    /// CDC instance ID
    ///
    /// CDC实例ID。
    pub cdc_id: String,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayName`, `VpcId`, `CdcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        local_gateway_name: impl Into<String>,
        vpc_id: impl Into<String>,
        cdc_id: impl Into<String>,
    ) -> Self {
        Self {
            local_gateway_name: local_gateway_name.into(),
            vpc_id: vpc_id.into(),
            cdc_id: cdc_id.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateLocalGatewayRequest {
    type Action = CreateLocalGateway;
}

/// Creates a NAT gateway (创建NAT网关): the request of `CreateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewayRequest {
    /// NAT gateway name
    ///
    /// NAT网关名称，限制60字符
    pub nat_gateway_name: String,
    /// The ID of the VPC instance, which can be obtained from the `VpcId` field in response of the `DescribeVpcs` API.
    ///
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// The maximum outbound bandwidth of the NAT gateway (unit: Mbps). Supported parameter values: `20, 50, 100, 200, 500, 1000, 2000, 5000`. Default: `100`.
    ///
    /// NAT网关最大外网出带宽(单位：Mbps)，支持的参数值：20, 50, 100, 200, 500, 1000, 2000, 5000，默认: 100Mbps。  当以下NatProductVersion参数值为2即标准型时，此参数无需填写，默认为5000Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// The concurrent connection cap of the NAT gateway. Values: `1000000, 3000000, 10000000`. The default value is `1000000`.
    ///
    /// NAT网关并发连接数上限，支持参数值：1000000、3000000、10000000，默认值为1000000。 当NatProductVersion参数值为2即标准型时，此参数无需填写，默认为2000000。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_concurrent_connection: Option<u64>,
    /// The number of EIPs that you want to apply for. Either `AddressCount` or `PublicIpAddresses` must be passed in.
    ///
    /// 新建弹性公网IP个数，系统会按您的要求创建对应数量的弹性公网IP，其中AddressCount和PublicAddresses两个参数至少填写一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_count: Option<u64>,
    /// The EIP array bound to the NAT gateway. Either AddressCount or PublicIpAddresses must be passed in.
    ///
    /// 绑定NAT网关的已有弹性公网IP数组，其中AddressCount和PublicAddresses两个参数至少填写一个。 示例值：\["139.199.232.119"\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses: Option<Vec<String>>,
    /// The availability zone, such as `ap-guangzhou-1`.
    ///
    /// 可用区，形如：`ap-guangzhou-1`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\]
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Subnet of the NAT gateway
    ///
    /// NAT网关所属子网，已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// The bandwidth size (in Mbps) of the EIP bound to the NAT gateway, which defaults to the maximum value applicable for the current user type.
    ///
    /// 绑定NAT网关的弹性公网IP带宽值（单位：Mbps）。不填写此参数时：则该参数默认为弹性公网IP的带宽值，部分用户默认为该用户类型的弹性公网IP的带宽上限。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_public_ip_addresses_bandwidth_out: Option<u64>,
    /// The size of the public network IP bandwidth to be applied for (in Mbps), which defaults to the maximum value applicable for the current user type.
    ///
    /// 需要申请公网IP带宽大小（单位Mbps），默认为当前用户类型所能使用的最大值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_addresses_bandwidth_out: Option<u64>,
    /// Whether the public IP and the NAT gateway must be in the same availability zone. Valid values: `true` and `false`. This parameter is valid only when `Zone` is specified.
    ///
    /// 公网IP是否强制与NAT网关来自同可用区，true表示需要与NAT网关同可用区；false表示可与NAT网关不是同一个可用区。此参数只有当参数Zone存在时才能生效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_from_same_zone: Option<bool>,
    /// NAT gateway major version. `1`: Classic, `2`: Standard
    ///
    /// NAT网关类型，1表示传统型NAT网关，2表示标准型NAT网关，默认值是1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_product_version: Option<u64>,
    /// NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
    /// 独享实例规格。取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_type: Option<String>,
}

impl CreateNatGatewayRequest {
    /// The request with its required members (`NatGatewayName`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_name: impl Into<String>, vpc_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_name: nat_gateway_name.into(),
            vpc_id: vpc_id.into(),
            internet_max_bandwidth_out: None,
            max_concurrent_connection: None,
            address_count: None,
            public_ip_addresses: None,
            zone: None,
            tags: None,
            subnet_id: None,
            stock_public_ip_addresses_bandwidth_out: None,
            public_ip_addresses_bandwidth_out: None,
            public_ip_from_same_zone: None,
            nat_product_version: None,
            deletion_protection_enabled: None,
            exclusive_type: None,
        }
    }
}

impl tencent_action::Request for CreateNatGatewayRequest {
    type Action = CreateNatGateway;
}

/// Creates the port forwarding rule of a NAT gateway (创建NAT网关端口转发规则): the request of `CreateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The port forwarding rules of the NAT gateway.
    ///
    /// NAT网关的端口转换规则。
    pub destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRule,
    >,
}

impl CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `DestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            destination_ip_port_translation_nat_rules: destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for CreateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = CreateNatGatewayDestinationIpPortTranslationNatRule;
}

/// Creates SNAT rules for a NAT gateway (创建NAT网关SNAT规则): the request of `CreateNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /// The ID of the NAT Gateway, such as `nat-df45454`
    ///
    /// NAT网关的ID，形如："nat-df45454"
    pub nat_gateway_id: String,
    /// The SNAT forwarding rule of the NAT Gateway
    ///
    /// NAT网关的SNAT转换规则
    pub source_ip_translation_nat_rules: Vec<SourceIpTranslationNatRule>,
}

impl CreateNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceIpTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_ip_translation_nat_rules: impl IntoIterator<
            Item = SourceIpTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_ip_translation_nat_rules: source_ip_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for CreateNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = CreateNatGatewaySourceIpTranslationNatRule;
}

/// CreateNetDetect (创建网络探测): the request of `CreateNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetDetectRequest {
    /// The ID of a VPC instance, such as `vpc-12345678`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-12345678`。
    pub vpc_id: String,
    /// The ID of a subnet instance, such as subnet-12345678.
    ///
    /// 子网实例ID。形如：subnet-12345678。
    pub subnet_id: String,
    /// The name of a network detection instance. The maximum length is 60 characters.
    ///
    /// 网络探测名称，最大长度不能超过60个字节。
    pub net_detect_name: String,
    /// The array of detection destination IPv4 addresses, which contains at most two IP addresses.
    ///
    /// 探测目的IPv4地址数组。最多两个。
    pub detect_destination_ip: Vec<String>,
    /// Type of the next hop. Valid values:
    ///
    /// `VPN`: VPN gateway;
    ///
    /// `DIRECTCONNECT`: Direct connect gateway;
    ///
    /// `PEERCONNECTION`: Peering connection;
    ///
    /// `NAT`: NAT gateway;
    ///
    /// `NORMAL_CVM`: CVM instance;
    ///
    /// `CCN`: CCN instance;
    ///
    /// `NONEXTHOP`: No next hop.
    ///
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// ID of the next-hop gateway.
    ///
    /// If NextHopType is set to VPN, the value of this parameter is the VPN gateway ID, such as vpngw-12345678.
    ///
    /// `NextHopType` = `DIRECTCONNECT`: Direct connect gateway ID, such as `dcg-12345678`.
    ///
    /// `NextHopType` = `PEERCONNECTION`: Peering connection ID, such as `pcx-12345678`.
    ///
    /// `NextHopType` = `NAT`: NAT gateway ID, such as `nat-12345678`.
    ///
    /// If NextHopType is set to NORMAL_CVM, the value of this parameter is the IPv4 address of the CVM, such as 10.0.0.12.
    ///
    /// `NextHopType` = `CCN`: CCN instance ID, such as `ccn-12345678`.
    ///
    /// `NextHopType` = `NONEXTHOP`: No next hop.
    ///
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
    /// Network detection description.
    ///
    /// 网络探测描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_description: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateNetDetectRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `NetDetectName`, `DetectDestinationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        net_detect_name: impl Into<String>,
        detect_destination_ip: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            net_detect_name: net_detect_name.into(),
            detect_destination_ip: detect_destination_ip
                .into_iter()
                .map(Into::into)
                .collect(),
            next_hop_type: None,
            next_hop_destination: None,
            net_detect_description: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateNetDetectRequest {
    type Action = CreateNetDetect;
}

/// Creates a network ACL (创建网络ACL): the request of `CreateNetworkAcl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAcl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclRequest {
    /// VPC instance ID, which can be obtained from the `VpcId` field in the response of the [`DescribeVpcs`](https://intl.cloud.tencent.com/document/product/215/15778?from_cn_redirect=1) API.
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// Network ACL name, which can contain up to 60 bytes.
    ///
    /// 网络ACL名称，最大长度不能超过60个字节。
    pub network_acl_name: String,
    /// Network ACL type. Valid values: `TRIPLE` and `QUINTUPLE`.
    ///
    /// 网络ACL类型，三元组(TRIPLE)或五元组(QUINTUPLE)。默认值三元组(TRIPLE)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_type: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateNetworkAclRequest {
    /// The request with its required members (`VpcId`, `NetworkAclName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, network_acl_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_acl_name: network_acl_name.into(),
            network_acl_type: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclRequest {
    type Action = CreateNetworkAcl;
}

/// 增量添加网络ACL三元组规则接口: the request of `CreateNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclEntriesRequest {
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 网络三元组ACL规则集。
    pub network_acl_entry_set: NetworkAclEntrySet,
}

impl CreateNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_entry_set: NetworkAclEntrySet,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclEntriesRequest {
    type Action = CreateNetworkAclEntries;
}

/// Adds rules of the network ACL quintuple (增量添加网络ACL五元组规则接口): the request of `CreateNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkAclQuintupleEntriesRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Network ACL quintuple rule set.
    ///
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl CreateNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for CreateNetworkAclQuintupleEntriesRequest {
    type Action = CreateNetworkAclQuintupleEntries;
}

/// Creates an ENI (创建弹性网卡): the request of `CreateNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateNetworkInterfaceRequest {
    /// The ID of the VPC instance. You can obtain the parameter value from the VpcId field in the returned result of DescribeVpcs API.
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: String,
    /// The name of the ENI. The maximum length is 60 characters.
    ///
    /// 弹性网卡名称，最大长度不能超过60个字节。
    pub network_interface_name: String,
    /// The subnet instance ID of the ENI, such as `subnet-0ap8nwca`.
    ///
    /// 弹性网卡所在的子网实例ID，例如：subnet-0ap8nwca。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// ENI description can be named freely, but the maximum length is 60 characters.
    ///
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// The number of private IP addresses you apply for. The total number of private IP addresses cannot exceed the quota.
    ///
    /// 新申请的内网IP地址个数，内网IP地址个数总和不能超过配额数。
    ///
    /// 配额数查询：[DescribeVpcLimits](https://cloud.tencent.com/document/api/215/42942)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_private_ip_address_count: Option<u64>,
    /// IP service level. It is used together with `SecondaryPrivateIpAddressCount`. Values: `PT` (Gold), `AU` (Silver), `AG` (Bronze) and `DEFAULT` (Default).
    ///
    /// IP服务质量等级，和SecondaryPrivateIpAddressCount配合使用，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// Specifies the security group to be bound with, such as \['sg-1dd51d'\].
    ///
    /// 指定绑定的安全组，例如：\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// The information of the specified private IPs. You can specify a maximum of 10 each time.
    ///
    /// 指定的内网IP信息，单次最多指定10个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Configuration of the ENI trunking mode. Valid values: `Enable` and `Disable`. Default value: `Disable`.
    ///
    /// 网卡trunking模式设置，Enable-开启，Disable--关闭，默认关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trunking_flag: Option<String>,
    /// 是否创建RDMA弹性网卡，true:创建rdma弹性网卡，false:普通弹性网卡。不填默认为false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_rdma: Option<bool>,
    /// Idempotency token used to ensure request idempotency. This string is generated by the client and must be unique across different requests, with a maximum length of 64 ASCII characters. If this parameter is not specified, request idempotency cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateNetworkInterfaceRequest {
    /// The request with its required members (`VpcId`, `NetworkInterfaceName`, `SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        network_interface_name: impl Into<String>,
        subnet_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            network_interface_name: network_interface_name.into(),
            subnet_id: subnet_id.into(),
            network_interface_description: None,
            secondary_private_ip_address_count: None,
            qos_level: None,
            security_group_ids: None,
            private_ip_addresses: None,
            tags: None,
            trunking_flag: None,
            is_rdma: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateNetworkInterfaceRequest {
    type Action = CreateNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// 创建私网NAT网关: the request of `CreatePrivateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayRequest {
    /// 私网网关名称，限制60个字符
    pub nat_gateway_name: String,
    /// 私有网络实例ID。当创建VPC类型私网NAT网关或者专线网关类型私网NAT网关时，此参数必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// 跨域参数。仅当取值为True时，才会支持跨域绑定VPC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
    /// 实例标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// VPC类型私网NAT网关。仅当取值为True时，才会创建VPC类型私网NAT网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_type: Option<bool>,
    /// 云联网类型私网NAT网关需要绑定的云联网实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_id: Option<String>,
    /// 私网NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
}

impl CreatePrivateNatGatewayRequest {
    /// The request with its required members (`NatGatewayName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_name: impl Into<String>) -> Self {
        Self {
            nat_gateway_name: nat_gateway_name.into(),
            vpc_id: None,
            cross_domain: None,
            tags: None,
            vpc_type: None,
            ccn_id: None,
            deletion_protection_enabled: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayRequest {
    type Action = CreatePrivateNatGateway;
}

/// 创建私网NAT网关目的端口转换规则: the request of `CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则列表。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        LocalDestinationIpPortTranslationNatRule,
    >,
}

impl CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = LocalDestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for CreatePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = CreatePrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 创建私网NAT网关源端转换访问控制规则: the request of `CreatePrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 访问控制列表。
    pub translation_acl_rules: Vec<TranslationAclRule>,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl CreatePrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `TranslationAclRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        translation_acl_rules: impl IntoIterator<Item = TranslationAclRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            translation_acl_rules: translation_acl_rules.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayTranslationAclRuleRequest {
    type Action = CreatePrivateNatGatewayTranslationAclRule;
}

/// 创建私网NAT网关源端转换规则: the request of `CreatePrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreatePrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatePrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。
    pub translation_nat_rules: Vec<TranslationNatRuleInput>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl CreatePrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRuleInput>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for CreatePrivateNatGatewayTranslationNatRuleRequest {
    type Action = CreatePrivateNatGatewayTranslationNatRule;
}

/// Creates a reserved private IP address (创建保留内网IP): the request of `CreateReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateReserveIpAddressesRequest {
    /// Unique ID of the VPC.
    ///
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// Reserved private IP address to be applied for.
    ///
    /// 指定IP申请的内网保留IP地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// Number of reserved private IP addresses that can be automatically assigned with no IP address specified.
    ///
    /// 不指定IP地址，指定个数自动分配保留内网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_count: Option<u64>,
    /// Unique ID of the subnet.
    ///
    /// 子网唯一 ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Name of the reserved private IP address.
    ///
    /// 内网保留 IP名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the reserved private IP address.
    ///
    /// 内网保留 IP描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of tags to be bound, for example, \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// A string used to ensure the idempotence of the request. This string is generated by the customer and should be unique across different requests, with a maximum length of 64 ASCII characters. If this parameter is not specified, the idempotence of the request cannot be guaranteed.
    ///
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl CreateReserveIpAddressesRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ip_addresses: None,
            ip_address_count: None,
            subnet_id: None,
            name: None,
            description: None,
            tags: None,
            client_token: None,
        }
    }
}

impl tencent_action::Request for CreateReserveIpAddressesRequest {
    type Action = CreateReserveIpAddresses;
    const CLIENT_TOKEN: bool = true;
}

/// Create a routing policy and policy entry (创建路由策略及策略条目。): the request of `CreateRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyRequest {
    /// Routing policy description.
    ///
    /// 路由策略描述。
    pub route_policy_description: String,
    /// Specifies the routing strategy name.
    ///
    /// 路由策略名。
    pub route_policy_name: String,
    /// Routing policy entry list.
    ///
    /// 路由策略条目列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
}

impl CreateRoutePolicyRequest {
    /// The request with its required members (`RoutePolicyDescription`, `RoutePolicyName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_description: impl Into<String>,
        route_policy_name: impl Into<String>,
    ) -> Self {
        Self {
            route_policy_description: route_policy_description.into(),
            route_policy_name: route_policy_name.into(),
            route_policy_entry_set: None,
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyRequest {
    type Action = CreateRoutePolicy;
}

/// Creates a route reception policy binding (创建路由接收策略绑定): the request of `CreateRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyAssociationsRequest {
    /// Route reception policy binding object list.
    ///
    /// 路由接收策略绑定对象列表。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl CreateRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyAssociationsRequest {
    type Action = CreateRoutePolicyAssociations;
}

/// Create a route reception policy entry (创建路由接收策略条目): the request of `CreateRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutePolicyEntriesRequest {
    /// Specifies the instance ID of the route reception policy.
    ///
    /// 路由接收策略实例ID。
    pub route_policy_id: String,
    /// Route reception policy entry list.
    ///
    /// 路由接收策略条目列表。
    pub route_policy_entry_set: Vec<RoutePolicyEntry>,
}

impl CreateRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_entry_set: impl IntoIterator<Item = RoutePolicyEntry>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: route_policy_entry_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutePolicyEntriesRequest {
    type Action = CreateRoutePolicyEntries;
}

/// Creates a route table (创建路由表): the request of `CreateRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRouteTableRequest {
    /// The ID of the VPC instance to be operated on. You can obtain the parameter value from the VpcId field in the returned result of DescribeVpcs API.
    ///
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// The route table name. The maximum length is 60 characters.
    ///
    /// 路由表名称，最大长度不能超过60个字节。
    pub route_table_name: String,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateRouteTableRequest {
    /// The request with its required members (`VpcId`, `RouteTableName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, route_table_name: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            route_table_name: route_table_name.into(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateRouteTableRequest {
    type Action = CreateRouteTable;
}

/// Creates a routing policy (创建路由策略): the request of `CreateRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateRoutesRequest {
    /// Route table instance ID.
    ///
    /// 路由表实例ID。
    pub route_table_id: String,
    /// Routing policy object.
    ///
    /// 路由策略对象。
    pub routes: Vec<Route>,
}

impl CreateRoutesRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateRoutesRequest {
    type Action = CreateRoutes;
}

/// Creates a security group (创建安全组): the request of `CreateSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupRequest {
    /// Security group can be named freely, but cannot exceed 60 characters.
    ///
    /// 安全组名称，可任意命名，但不得超过60个字符。
    pub group_name: String,
    /// The remarks for the security group. The maximum length is 100 characters.
    ///
    /// 安全组备注，最多100个字符。
    pub group_description: String,
    /// Project ID. The default is 0. You can query it on the project management page of the Qcloud console.
    ///
    /// 项目ID，默认0。可在[控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSecurityGroupRequest {
    /// The request with its required members (`GroupName`, `GroupDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl Into<String>,
        group_description: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            group_description: group_description.into(),
            project_id: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupRequest {
    type Action = CreateSecurityGroup;
}

/// Adds policies to a security group (安全组添加规则): the request of `CreateSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupPoliciesRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// Security group policy set.
    ///
    /// 安全组规则集合。
    pub security_group_policy_set: SecurityGroupPolicySet,
}

impl CreateSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupPoliciesRequest {
    type Action = CreateSecurityGroupPolicies;
}

/// Creates security groups and policies (创建安全组和规则): the request of `CreateSecurityGroupWithPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSecurityGroupWithPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSecurityGroupWithPoliciesRequest {
    /// Security group can be named freely, but cannot exceed 60 characters.
    ///
    /// 安全组名称，可任意命名，但不得超过60个字符。
    pub group_name: String,
    /// The remarks for the security group. The maximum length is 100 characters.
    ///
    /// 安全组备注，最多100个字符。
    pub group_description: String,
    /// Project ID. Default value: 0. You can query it on the [project management page](https://console.cloud.tencent.com/project) of the Tencent Cloud console.
    ///
    /// 项目ID，默认0。可在[控制台项目管理页面](https://console.cloud.tencent.com/project)查询到。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Security group policy set.
    ///
    /// 安全组规则集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSecurityGroupWithPoliciesRequest {
    /// The request with its required members (`GroupName`, `GroupDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        group_name: impl Into<String>,
        group_description: impl Into<String>,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            group_description: group_description.into(),
            project_id: None,
            security_group_policy_set: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSecurityGroupWithPoliciesRequest {
    type Action = CreateSecurityGroupWithPolicies;
}

/// Creates a protocol port template (创建协议端口模板): the request of `CreateServiceTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateServiceTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceTemplateRequest {
    /// Template name of the protocol port
    ///
    /// 协议端口模板名称。
    pub service_template_name: String,
    /// Supported ports inlcude single port, multiple ports, consecutive ports and all ports. Supported protocols include TCP, UDP, ICMP and GRE. Either Services or ServicesExtra is required.
    ///
    /// 支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。Services与ServicesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// You can add remarks. Supported ports include single port, multiple ports, consecutive ports and all ports. Supported protocols include TCP, UDP, ICMP and GRE. Either Services or ServicesExtra is required.
    ///
    /// 支持添加备注，单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。Services与ServicesExtra必填其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services_extra: Option<Vec<ServicesInfo>>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateServiceTemplateRequest {
    /// The request with its required members (`ServiceTemplateName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_name: impl Into<String>) -> Self {
        Self {
            service_template_name: service_template_name.into(),
            services: None,
            services_extra: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateServiceTemplateRequest {
    type Action = CreateServiceTemplate;
}

/// Creates a protocol port template group (创建协议端口模板集合): the request of `CreateServiceTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateServiceTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateServiceTemplateGroupRequest {
    /// Group name of the protocol port template.
    ///
    /// 协议端口模板集合名称。
    pub service_template_group_name: String,
    /// Instance ID of the protocol port template, such as `ppm-4dw6agho`.
    ///
    /// 协议端口模板实例ID，例如：ppm-4dw6agho。
    pub service_template_ids: Vec<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateServiceTemplateGroupRequest {
    /// The request with its required members (`ServiceTemplateGroupName`, `ServiceTemplateIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        service_template_group_name: impl Into<String>,
        service_template_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            service_template_group_name: service_template_group_name.into(),
            service_template_ids: service_template_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateServiceTemplateGroupRequest {
    type Action = CreateServiceTemplateGroup;
}

/// Creates snapshot policies (创建快照策略): the request of `CreateSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSnapshotPoliciesRequest {
    /// Details of a snapshot policy
    ///
    /// 快照策略详情。
    pub snapshot_policies: Vec<SnapshotPolicy>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicies`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_policies: impl IntoIterator<Item = SnapshotPolicy>) -> Self {
        Self {
            snapshot_policies: snapshot_policies.into_iter().collect(),
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateSnapshotPoliciesRequest {
    type Action = CreateSnapshotPolicies;
}

/// Creates a subnet (创建子网): the request of `CreateSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSubnet`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSubnetRequest {
    /// The ID of the VPC instance to be operated on. You can obtain the parameter value from the VpcId field in the returned result of DescribeVpcs API.
    ///
    /// 待操作的VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// The subnet name. The maximum length is 60 bytes.
    ///
    /// 子网名称，最大长度不能超过60个字节。
    pub subnet_name: String,
    /// The subnet IP address range. It must be within the VPC IP address range. Subnet IP address ranges cannot overlap with each other within the same VPC.
    ///
    /// 子网网段，子网网段必须在VPC网段内，相同VPC内子网网段不能重叠。
    pub cidr_block: String,
    /// The ID of the availability zone in which the subnet resides. You can set up disaster recovery across availability zones by choosing different availability zones for different subnets.
    ///
    /// 子网所在的可用区ID，不同子网选择不同可用区可以做跨可用区灾备。
    pub zone: String,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// CDC instance ID
    ///
    /// CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl CreateSubnetRequest {
    /// The request with its required members (`VpcId`, `SubnetName`, `CidrBlock`, `Zone`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_name: impl Into<String>,
        cidr_block: impl Into<String>,
        zone: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_name: subnet_name.into(),
            cidr_block: cidr_block.into(),
            zone: zone.into(),
            tags: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for CreateSubnetRequest {
    type Action = CreateSubnet;
}

/// Creates subnets in batches (批量创建子网): the request of `CreateSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateSubnetsRequest {
    /// The `ID` of the `VPC` instance, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// The subnet object list.
    ///
    /// 子网对象列表。
    pub subnets: Vec<SubnetInput>,
    /// Bound tags. Note that the collection of tags here is shared by all subnet objects in the list. You cannot specify tags for each subnet. Example: \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，注意这里的标签集合为列表中所有子网对象所共享，不能为每个子网对象单独指定标签，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// ID of the CDC instance to which the subnets will be created
    ///
    /// 需要增加到的CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl CreateSubnetsRequest {
    /// The request with its required members (`VpcId`, `Subnets`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnets: impl IntoIterator<Item = SubnetInput>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnets: subnets.into_iter().collect(),
            tags: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for CreateSubnetsRequest {
    type Action = CreateSubnets;
}

/// Creates traffic mirroring (创建流量镜像): the request of `CreateTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficMirrorRequest {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: String,
    /// Traffic mirroring name.
    ///
    /// 流量镜像名字。
    pub traffic_mirror_name: String,
    /// Traffic mirroring description.
    ///
    /// 流量镜像描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_describe: Option<String>,
    /// Traffic mirroring status. Valid values: RUNNING/STOPED (VPC) and RUNNING (public IP address). It is required when VPC traffic mirroring is collected.
    ///
    /// 流量镜像状态, 支持RUNNING/STOPED（vpc），RUNNING（公网IP），当采集vpc流量镜像时，此参数为必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Traffic mirroring collection direction. Valid values: EGRESS/INGRESS/ALL (VPC) and ALL (public IP address).
    ///
    /// 流量镜像采集方向，支持EGRESS/INGRESS/ALL（vpc），ALL（公网IP）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// Traffic mirroring collection object.
    ///
    /// 流量镜像的采集对象 (最多支持20个采集对象)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_srcs: Option<Vec<String>>,
    /// NAT gateway instance filtered by traffic mirroring.
    ///
    /// 流量镜像过滤的natgw实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// Five tuple rule to be filtered.
    ///
    /// 需要过滤的五元组规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// Traffic mirroring destination address.
    ///
    /// 流量镜像的目的地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_target: Option<TrafficMirrorTarget>,
    /// Subnet ID of the sender of the traffic mirroring collection traffic.
    ///
    /// 流量镜像采集流量的发送端所属子网ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// Created traffic mirroring type. Valid values: VPC and PUBLICIP. Default value: VPC.
    ///
    /// 创建的流量镜像的类型，支持VPC/PUBLICIP，默认为VPC类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Specifies the list of bound tags. For example, \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl CreateTrafficMirrorRequest {
    /// The request with its required members (`VpcId`, `TrafficMirrorName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        traffic_mirror_name: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            traffic_mirror_name: traffic_mirror_name.into(),
            traffic_mirror_describe: None,
            state: None,
            direction: None,
            collector_srcs: None,
            nat_id: None,
            collector_normal_filters: None,
            collector_target: None,
            subnet_id: None,
            r#type: None,
            tags: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficMirrorRequest {
    type Action = CreateTrafficMirror;
}

/// 创建流量镜像过滤规则。: the request of `CreateTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl CreateTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficMirrorFilterRulesRequest {
    type Action = CreateTrafficMirrorFilterRules;
}

/// 创建共享流量包: the request of `CreateTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateTrafficPackages`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateTrafficPackagesRequest {
    /// 流量包规格。可选值:
    ///
    /// - 10: 10GB流量，有效期一个月
    ///
    /// - 50: 50GB流量，有效期一个月
    ///
    /// - 512: 512GB流量，有效期一个月
    ///
    /// - 1024: 1TB流量，有效期一个月
    ///
    /// - 5120: 5TB流量，有效期一个月
    ///
    /// - 51200: 50TB流量，有效期一个月
    ///
    /// - 60: 60GB流量，有效期半年
    ///
    /// - 300: 300GB流量，有效期半年
    ///
    /// - 3072: 3TB流量，有效期半年
    ///
    /// - 6144: 6TB流量，有效期半年
    ///
    /// - 30720: 30TB流量，有效期半年
    ///
    /// - 61440: 60TB流量，有效期半年
    ///
    /// - 307200: 300TB流量，有效期半年
    pub traffic_amount: u64,
    /// 流量包数量，可选范围 1~20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_package_count: Option<u64>,
    /// 抵扣类型，默认为 FULL_TIME，可选值:
    ///
    /// - FULL_TIME: 全时流量包
    ///
    /// - IDLE_TIME: 闲时流量包
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduct_type: Option<String>,
}

impl CreateTrafficPackagesRequest {
    /// The request with its required members (`TrafficAmount`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_amount: u64) -> Self {
        Self {
            traffic_amount,
            traffic_package_count: None,
            deduct_type: None,
        }
    }
}

impl tencent_action::Request for CreateTrafficPackagesRequest {
    type Action = CreateTrafficPackages;
}

/// Creates a VPC (创建VPC): the request of `CreateVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcRequest {
    /// The VPC name. The maximum length is 60 bytes.
    ///
    /// vpc名称，最大长度不能超过60个字节。
    pub vpc_name: String,
    /// VPC CIDR block, which must fall within the following three private network IP ranges: 10.0.0.0/12, 172.16.0.0/12, and 192.168.0.0/16.
    ///
    /// vpc的cidr，仅能在10.0.0.0/12，172.16.0.0/12，192.168.0.0/16这三个内网网段内。
    pub cidr_block: String,
    /// Whether multicast is enabled. `true`: Enabled. `false`: Not enabled.
    ///
    /// 是否开启组播。true: 开启, false: 不开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_multicast: Option<String>,
    /// DNS address. A maximum of 4 addresses is supported.
    ///
    /// DNS地址，最多支持4个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    /// Domain name of DHCP
    ///
    /// DHCP使用的域名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\]
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Vpc association with CCN route publish policy. true: enables cidr route publishing. false: enables subnet route publishing. default is subnet route publishing when creating a vpc. to select cidr route publishing, submit a ticket for adding to allowlist.
    ///
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish: Option<bool>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

impl CreateVpcRequest {
    /// The request with its required members (`VpcName`, `CidrBlock`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_name: impl Into<String>, cidr_block: impl Into<String>) -> Self {
        Self {
            vpc_name: vpc_name.into(),
            cidr_block: cidr_block.into(),
            enable_multicast: None,
            dns_servers: None,
            domain_name: None,
            tags: None,
            enable_route_vpc_publish: None,
            enable_route_vpc_publish_ipv6: None,
        }
    }
}

impl tencent_action::Request for CreateVpcRequest {
    type Action = CreateVpc;
}

/// Creates an endpoint (创建终端节点): the request of `CreateVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointRequest {
    /// VPC instance ID. obtain through the API [DescribeVpcs](https://www.tencentcloud.com/document/product/1108/43663?from_cn_redirect=1).
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// Subnet instance ID. can be obtained through the [DescribeSubnets](https://www.tencentcloud.com/document/product/215/15784?from_cn_redirect=1) api.
    ///
    /// 子网实例ID。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    pub subnet_id: String,
    /// Endpoint name. limited to 60 characters.
    ///
    /// 终端节点名称。限制为60个字符。
    pub end_point_name: String,
    /// Endpoint service ID, which can be obtained through the [DescribeVpcEndPointService](https://www.tencentcloud.com/document/product/215/54678?from_cn_redirect=1) api.
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// Endpoint VIP. You can apply for a specified IP.
    ///
    /// 终端节点VIP，可以指定IP申请。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_vip: Option<String>,
    /// Security group ID. can be obtained through the API [DescribeSecurityGroups](https://www.tencentcloud.com/document/product/215/15808?from_cn_redirect=1).
    ///
    /// 安全组ID。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_id: Option<String>,
    /// List of tags to be bound, for example, \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Protocol type. supports Ipv4 and Ipv6. default is Ipv4.
    ///
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl CreateVpcEndPointRequest {
    /// The request with its required members (`VpcId`, `SubnetId`, `EndPointName`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        subnet_id: impl Into<String>,
        end_point_name: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            end_point_name: end_point_name.into(),
            end_point_service_id: end_point_service_id.into(),
            end_point_vip: None,
            security_group_id: None,
            tags: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointRequest {
    type Action = CreateVpcEndPoint;
}

/// Creates an endpoint service (创建终端节点服务): the request of `CreateVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointServiceRequest {
    /// VPC instance ID
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// Endpoint service name
    ///
    /// 终端节点服务名称。
    pub end_point_service_name: String,
    /// Whether to automatically accept
    ///
    /// 是否自动接受。
    pub auto_accept_flag: bool,
    /// Real server ID, such as `lb-xxx`.
    ///
    /// 后端服务ID，比如lb-p1hiksdg。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；CDB可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取。
    pub service_instance_id: String,
    /// (Disused) Whether it’s a PaaS service
    ///
    /// ~~是否是PassService类型。该字段已废弃，请不要使用该字段。~~
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_pass_service: Option<bool>,
    /// Mounted PaaS service type. Values: `CLB` (default), `CDB`, `CRS`
    ///
    /// 挂载的PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡）。不填默认挂载为CLB。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_type: Option<String>,
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl CreateVpcEndPointServiceRequest {
    /// The request with its required members (`VpcId`, `EndPointServiceName`, `AutoAcceptFlag`, `ServiceInstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        end_point_service_name: impl Into<String>,
        auto_accept_flag: bool,
        service_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            end_point_service_name: end_point_service_name.into(),
            auto_accept_flag,
            service_instance_id: service_instance_id.into(),
            is_pass_service: None,
            service_type: None,
            tags: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointServiceRequest {
    type Action = CreateVpcEndPointService;
}

/// Creates the endpoint service allowlist (创建终端服务白名单): the request of `CreateVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcEndPointServiceWhiteListRequest {
    /// UIN
    ///
    /// UIN。腾讯云账号中心控制台获取。
    pub user_uin: String,
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// Allowlist description
    ///
    /// 白名单描述。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl CreateVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into(),
            end_point_service_id: end_point_service_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for CreateVpcEndPointServiceWhiteListRequest {
    type Action = CreateVpcEndPointServiceWhiteList;
}

/// 创建私有网络对等连接: the request of `CreateVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpcPeeringConnectionRequest {
    /// 本端VPC唯一ID。
    pub source_vpc_id: String,
    /// 对等连接名称。
    pub peering_connection_name: String,
    /// 对端VPC唯一ID。
    pub destination_vpc_id: String,
    /// 对端用户UIN。
    pub destination_uin: String,
    /// 对端地域。
    pub destination_region: String,
    /// 带宽上限，单位Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// 互通类型，VPC_PEER：VPC间互通；VPC_BM_PEER：VPC与黑石网络互通。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// 计费模式，日峰值POSTPAID_BY_DAY_MAX，月95POSTPAID_BY_MONTH_95。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// 服务分级：PT、AU、AG。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// 标签键值对
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tags>>,
}

impl CreateVpcPeeringConnectionRequest {
    /// The request with its required members (`SourceVpcId`, `PeeringConnectionName`, `DestinationVpcId`, `DestinationUin`, `DestinationRegion`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_vpc_id: impl Into<String>,
        peering_connection_name: impl Into<String>,
        destination_vpc_id: impl Into<String>,
        destination_uin: impl Into<String>,
        destination_region: impl Into<String>,
    ) -> Self {
        Self {
            source_vpc_id: source_vpc_id.into(),
            peering_connection_name: peering_connection_name.into(),
            destination_vpc_id: destination_vpc_id.into(),
            destination_uin: destination_uin.into(),
            destination_region: destination_region.into(),
            bandwidth: None,
            r#type: None,
            charge_type: None,
            qos_level: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateVpcPeeringConnectionRequest {
    type Action = CreateVpcPeeringConnection;
}

/// Creates a VPN tunnel (创建VPN通道): the request of `CreateVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnConnectionRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The ID of the customer gateway, such as `cgw-2wqq41m9`. You can query the customer gateway by using the [DescribeCustomerGateways](https://intl.cloud.tencent.com/document/product/215/17516?from_cn_redirect=1) API.
    ///
    /// 对端网关ID。例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/product/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
    /// Gateway can be named freely, but the maximum length is 60 characters.
    ///
    /// 通道名称，可任意命名，但不得超过60个字符。
    pub vpn_connection_name: String,
    /// The pre-shared key.
    ///
    /// 预共享密钥。
    pub pre_share_key: String,
    /// VPC instance ID, which can be obtained from the `VpcId` field in the response of the [`DescribeVpcs`](https://intl.cloud.tencent.com/document/product/215/15778?from_cn_redirect=1) API.
    ///
    /// This parameter is optional for a CCN-based VPN tunnel.
    ///
    /// VPC实例ID。VPC类型网关可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口返回值中的VpcId获取，CCN类型网关传空值即可。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The SPD policy group, for example: {"10.0.0.5/24":\["172.123.10.5/16"\]}. 10.0.0.5/24 is the VPC internal IP range, and 172.123.10.5/16 is the IDC IP range. The user specifies the IP range in the VPC that can communicate with the IP range in the IDC.
    ///
    /// SPD策略组，例如：{"10.0.0.5/24":\["172.123.10.5/16"\]}，10.0.0.5/24是vpc内网段172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_policy_databases: Option<Vec<SecurityPolicyDatabase>>,
    /// Internet Key Exchange (IKE) configuration. IKE has a self-protection mechanism. The network security protocol is configured by the user.
    ///
    /// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议
    #[serde(
        rename = "IKEOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSec configuration. The IPSec secure session configuration is provided by Tencent Cloud.
    ///
    /// IPSec配置，腾讯云提供IPSec安全会话设置
    #[serde(
        rename = "IPSECOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Whether the tunnel health check is supported. The default value is `False`.
    ///
    /// 是否支持隧道内健康检查，默认为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_health_check: Option<bool>,
    /// Local IP of health check. It defaults to a random IP within 169.254.128.0/17.
    ///
    /// 健康检查本端地址，默认值为随机在169.254.128.0/17分配一个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_local_ip: Option<String>,
    /// Peer IP of health check. It defaults to a random IP within 169.254.128.0/17.
    ///
    /// 健康检查对端地址，默认值为随机在169.254.128.0/17分配一个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_remote_ip: Option<String>,
    /// Tunnel type. Valid values: `STATIC`, `StaticRoute`, and `Policy`.
    ///
    /// 通道类型, 例如:\["STATIC", "StaticRoute", "Policy", "Bgp"\]
    ///
    /// 枚举值：
    ///
    /// - StaticRoute： 目的路由类型
    ///
    /// - Policy： SPD策略类型
    ///
    /// - Bgp： BGP类型
    ///
    /// 默认值：STATIC
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_type: Option<String>,
    /// Negotiation type. Valid values: `active` (default value), `passive` and `flowTrigger`.
    ///
    /// 协商类型，默认为active（主动协商）。可选值：active（主动协商），passive（被动协商），flowTrigger（流量协商）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_type: Option<String>,
    /// Specifies whether to enable DPD. Valid values: `0` (disable) and `1` (enable)
    ///
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_enable: Option<i64>,
    /// DPD timeout period. Default: 30; unit: second. If the request is not responded within this period, the peer end is considered not exists. This parameter is valid when the value of `DpdEnable` is 1.
    ///
    /// DPD超时时间。即探测确认对端不存在需要的时间。dpdEnable为1（开启）时有效。默认30，单位为秒
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_timeout: Option<String>,
    /// The action after DPD timeout. Valid values: `clear` (disconnect) and `restart` (try again). It’s valid when `DpdEnable` is `1`.
    ///
    /// DPD超时后的动作。
    ///
    /// 入参限制：dpdEnable为1（开启）时有效。
    ///
    /// 枚举值：
    ///
    /// - clear： 断开
    ///
    /// - restart： 重试
    ///
    /// 默认值：restart
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_action: Option<String>,
    /// 创建通道路由信息。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<CreateVpnConnRoute>,
    /// BGP配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_config: Option<BgpConfig>,
    /// 健康检查NQA配置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_config: Option<HealthCheckConfig>,
}

impl CreateVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `CustomerGatewayId`, `VpnConnectionName`, `PreShareKey`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        customer_gateway_id: impl Into<String>,
        vpn_connection_name: impl Into<String>,
        pre_share_key: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            customer_gateway_id: customer_gateway_id.into(),
            vpn_connection_name: vpn_connection_name.into(),
            pre_share_key: pre_share_key.into(),
            vpc_id: None,
            security_policy_databases: None,
            ike_options_specification: None,
            ipsec_options_specification: None,
            tags: None,
            enable_health_check: None,
            health_check_local_ip: None,
            health_check_remote_ip: None,
            route_type: None,
            negotiation_type: None,
            dpd_enable: None,
            dpd_timeout: None,
            dpd_action: None,
            route: None,
            bgp_config: None,
            health_check_config: None,
        }
    }
}

impl tencent_action::Request for CreateVpnConnectionRequest {
    type Action = CreateVpnConnection;
}

/// Creates a VPN gateway (创建VPN网关): the request of `CreateVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewayRequest {
    /// VPC instance ID, which can be obtained from the `VpcId` field in the response of the [`DescribeVpcs`](https://intl.cloud.tencent.com/document/product/215/15778?from_cn_redirect=1) API.
    ///
    /// VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)。接口返回值中的VpcId获取
    ///
    /// 入参限制：当Type为CCN/SSL_CCN 类型时传 ""，IPSEC/SSL 类型必须传对应VPC实例ID。
    pub vpc_id: String,
    /// The VPN gateway name. The maximum length is 60 bytes.
    ///
    /// VPN网关名称，最大长度不能超过60个字节。
    pub vpn_gateway_name: String,
    /// The public network bandwidth configuration. Available bandwidth specifications: 5, 10, 20, 50, and 100. Unit: Mbps
    ///
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000, 3000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
    /// The VPN gateway billing mode. PREPAID: prepaid means yearly/monthly subscription. POSTPAID_BY_HOUR: postpaid means pay-as-you-go. Default: POSTPAID_BY_HOUR. If prepaid mode is specified, the `InstanceChargePrepaid` parameter must be entered.
    ///
    /// VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// Parameter settings for prepaid billing mode, also known as yearly/monthly subscription. This parameter can specify the purchase period and other attributes such as auto-renewal. This parameter is mandatory for prepaid instances.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// The availability zone, such as `ap-guangzhou-2`.
    ///
    /// 可用区，如：ap-guangzhou-2。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// VPN gateway type. Values: `CCN` (CCN VPN gateway), `SSL` (SSL VPN gateway)
    ///
    /// VPN网关类型，默认为IPSEC。值“IPSEC”为VPC型IPSEC VPN网关，值“SSL”为VPC型SSL VPN网关，值“CCN”为云联网型IPSEC VPN网关，值“SSL_CCN”为云联网型SSL VPN网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 指定绑定的标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// CDC instance ID
    ///
    /// CDC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
    /// Maximum number of connected clients allowed for the SSL VPN gateway. Valid values: \[5, 10, 20, 50, 100\]. This parameter is only required for SSL VPN gateways.
    ///
    /// SSL VPN连接数设置，可选规格：5, 10, 20, 50, 100, 200, 500, 1000；
    ///
    /// 单位：个
    ///
    /// 默认值：5
    ///
    /// 仅 SSL / SSL_CCN 类型需要填这个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
    /// BGP ASN。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
}

impl CreateVpnGatewayRequest {
    /// The request with its required members (`VpcId`, `VpnGatewayName`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        vpn_gateway_name: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            vpn_gateway_name: vpn_gateway_name.into(),
            internet_max_bandwidth_out,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            zone: None,
            r#type: None,
            tags: None,
            cdc_id: None,
            max_connection: None,
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewayRequest {
    type Action = CreateVpnGateway;
}

/// Creates routes of a VPN gateway (创建VPN网关路由): the request of `CreateVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewayRoutesRequest {
    /// VPN gateway ID
    ///
    /// VPN网关的ID
    pub vpn_gateway_id: String,
    /// Destination route list of a VPN gateway
    ///
    /// VPN网关目的路由列表
    pub routes: Vec<VpnGatewayRoute>,
}

impl CreateVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpnGatewayRoute>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for CreateVpnGatewayRoutesRequest {
    type Action = CreateVpnGatewayRoutes;
}

/// 创建SSL-VPN-CLIENT: the request of `CreateVpnGatewaySslClient`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewaySslClient`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewaySslClientRequest {
    /// SSL-VPN-SERVER 实例ID。
    pub ssl_vpn_server_id: String,
    /// SSL-VPN-CLIENT实例Name。不可和SslVpnClientNames同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_name: Option<String>,
    /// SSL-VPN-CLIENT实例Name数字。批量创建时使用。不可和SslVpnClientName同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_names: Option<Vec<String>>,
    /// 指定绑定的标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateVpnGatewaySslClientRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            ssl_vpn_client_name: None,
            ssl_vpn_client_names: None,
            tags: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewaySslClientRequest {
    type Action = CreateVpnGatewaySslClient;
}

/// 创建SSL-VPN Server端: the request of `CreateVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`CreateVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnGatewaySslServerRequest {
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// SSL-VPN-SERVER 实例名称，长度不超过60个字节。
    pub ssl_vpn_server_name: String,
    /// 客户端地址网段。
    pub remote_address: String,
    /// 云端地址（CIDR）列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_address: Option<Vec<String>>,
    /// SSL VPN服务端监听协议。当前仅支持 UDP，默认UDP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口，默认1194。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_port: Option<i64>,
    /// 认证算法。可选 'SHA1'，默认SHA1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity_algorithm: Option<String>,
    /// 加密算法。可选 'AES-128-CBC','AES-192-CBC', 'AES-256-CBC', 默认AES-128-CBC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_algorithm: Option<String>,
    /// 是否支持压缩。当前不支持压缩，默认False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress: Option<bool>,
    /// 是否开启SSO认证。默认为False。该功能当前需要申请开白使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_enabled: Option<bool>,
    /// 是否开启策略访问控制。默认为False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_policy_enabled: Option<bool>,
    /// SAML-DATA，开启SSO时传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_data: Option<String>,
    /// 指定绑定的标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// DNS Server 地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<DnsServers>,
}

impl CreateVpnGatewaySslServerRequest {
    /// The request with its required members (`VpnGatewayId`, `SslVpnServerName`, `RemoteAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        ssl_vpn_server_name: impl Into<String>,
        remote_address: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            ssl_vpn_server_name: ssl_vpn_server_name.into(),
            remote_address: remote_address.into(),
            local_address: None,
            ssl_vpn_protocol: None,
            ssl_vpn_port: None,
            integrity_algorithm: None,
            encrypt_algorithm: None,
            compress: None,
            sso_enabled: None,
            access_policy_enabled: None,
            saml_data: None,
            tags: None,
            dns_servers: None,
        }
    }
}

impl tencent_action::Request for CreateVpnGatewaySslServerRequest {
    type Action = CreateVpnGatewaySslServer;
}

/// Deletes an IP address template (删除IP地址模板): the request of `DeleteAddressTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAddressTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAddressTemplateRequest {
    /// The IP address template instance ID, such as `ipm-09o5m8kc`.
    ///
    /// IP地址模板实例ID，例如：ipm-09o5m8kc。
    pub address_template_id: String,
}

impl DeleteAddressTemplateRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteAddressTemplateRequest {
    type Action = DeleteAddressTemplate;
}

/// Deletes an IP address template group (删除IP地址模板集合): the request of `DeleteAddressTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAddressTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAddressTemplateGroupRequest {
    /// The IP address template group instance ID, such as `ipmg-90cex8mq`.
    ///
    /// IP地址模板集合实例ID，例如：ipmg-90cex8mq。
    pub address_template_group_id: String,
}

impl DeleteAddressTemplateGroupRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteAddressTemplateGroupRequest {
    type Action = DeleteAddressTemplateGroup;
}

/// Deletes a secondary CIDR block (删除辅助CIDR): the request of `DeleteAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteAssistantCidrRequest {
    /// `VPC` instance `ID`, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// Array of CIDR blocks, such as \["10.0.0.0/16", "172.16.0.0/16"\]
    ///
    /// CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]。
    pub cidr_blocks: Vec<String>,
}

impl DeleteAssistantCidrRequest {
    /// The request with its required members (`VpcId`, `CidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            cidr_blocks: cidr_blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteAssistantCidrRequest {
    type Action = DeleteAssistantCidr;
}

/// Deletes a bandwidth package (删除共享带宽包): the request of `DeleteBandwidthPackage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteBandwidthPackage`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteBandwidthPackageRequest {
    /// The unique ID of the bandwidth package to be deleted.
    ///
    /// 待删除带宽包唯一ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl DeleteBandwidthPackageRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteBandwidthPackageRequest {
    type Action = DeleteBandwidthPackage;
}

/// Deletes a CCN (删除CCN): the request of `DeleteCcn`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcn`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
}

impl DeleteCcnRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for DeleteCcnRequest {
    type Action = DeleteCcn;
}

/// 删除云联网策略路由下一跳: the request of `DeleteCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_ids: Vec<String>,
}

impl DeleteCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingNextHopIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_next_hop_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_next_hop_ids: policy_based_routing_next_hop_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnPolicyBasedRoutingNextHopRequest {
    type Action = DeleteCcnPolicyBasedRoutingNextHop;
}

/// 删除云联网策略路由匹配规则: the request of `DeleteCcnPolicyBasedRoutingRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnPolicyBasedRoutingRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnPolicyBasedRoutingRuleRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由匹配规则ID
    pub policy_based_routing_rule_ids: Vec<String>,
}

impl DeleteCcnPolicyBasedRoutingRuleRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingRuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_rule_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_rule_ids: policy_based_routing_rule_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnPolicyBasedRoutingRuleRequest {
    type Action = DeleteCcnPolicyBasedRoutingRule;
}

/// 删除云联网路由表: the request of `DeleteCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCcnRouteTablesRequest {
    /// 需要删除的路由表列表。
    pub route_table_id: Vec<String>,
}

impl DeleteCcnRouteTablesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            route_table_id: route_table_id.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteCcnRouteTablesRequest {
    type Action = DeleteCcnRouteTables;
}

/// 删除 IDC通道: the request of `DeleteCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdcLDCXListRequest {}

impl tencent_action::Request for DeleteCdcLDCXListRequest {
    type Action = DeleteCdcLDCXList;
}

/// 删除虚拟连接: the request of `DeleteCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCdcNetPlanesRequest {}

impl tencent_action::Request for DeleteCdcNetPlanesRequest {
    type Action = DeleteCdcNetPlanes;
}

/// Deletes a customer gateway (删除对端网关): the request of `DeleteCustomerGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteCustomerGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCustomerGatewayRequest {
    /// The ID of the customer gateway, such as `cgw-2wqq41m9`. You can query the customer gateway by using the [DescribeCustomerGateways](https://intl.cloud.tencent.com/document/api/215/17516?from_cn_redirect=1) API.
    ///
    /// 对端网关ID，例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/api/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
}

impl DeleteCustomerGatewayRequest {
    /// The request with its required members (`CustomerGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(customer_gateway_id: impl Into<String>) -> Self {
        Self {
            customer_gateway_id: customer_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteCustomerGatewayRequest {
    type Action = DeleteCustomerGateway;
}

/// 删除DhcpIp: the request of `DeleteDhcpIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDhcpIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDhcpIpRequest {
    /// `DhcpIp`的`ID`，是`DhcpIp`的唯一标识。
    pub dhcp_ip_id: String,
}

impl DeleteDhcpIpRequest {
    /// The request with its required members (`DhcpIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteDhcpIpRequest {
    type Action = DeleteDhcpIp;
}

/// Deletes a direct connect gateway (删除专线网关): the request of `DeleteDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDirectConnectGatewayRequest {
    /// The unique `ID` of the direct connect gateway, such as `dcg-9o233uri`.
    ///
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    pub direct_connect_gateway_id: String,
}

impl DeleteDirectConnectGatewayRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteDirectConnectGatewayRequest {
    type Action = DeleteDirectConnectGateway;
}

/// Deletes CCN routes of a Direct Connect gateway (删除专线网关云联网路由): the request of `DeleteDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteDirectConnectGatewayCcnRoutesRequest {
    /// The ID of the Direct Connect gateway, such as `dcg-prpqlmg1`
    ///
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// The route ID, such as `ccnr-f49l6u0z`.
    ///
    /// 路由ID。形如：ccnr-f49l6u0z。
    pub route_ids: Vec<String>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl DeleteDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteDirectConnectGatewayCcnRoutesRequest {
    type Action = DeleteDirectConnectGatewayCcnRoutes;
}

/// Deletes a flow log (删除流日志): the request of `DeleteFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteFlowLogRequest {
    /// The unique ID of the flow log.
    ///
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_id: String,
    /// The VPC ID or unique ID of the resource. We recommend using the unique ID. This parameter is required unless a CCN flow log is deleted.
    ///
    /// 私用网络唯一ID。删除云联网流日志时，可不填，其他流日志类型必填。可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取流日志对应的私有网络唯一ID。也可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取当前账户的私有网络唯一ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl DeleteFlowLogRequest {
    /// The request with its required members (`FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_id: impl Into<String>) -> Self {
        Self {
            flow_log_id: flow_log_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for DeleteFlowLogRequest {
    type Action = DeleteFlowLog;
}

/// 删除全局路由: the request of `DeleteGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由实例唯一Id列表。
    pub global_route_ids: Vec<String>,
}

impl DeleteGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_route_ids: global_route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteGlobalRoutesRequest {
    type Action = DeleteGlobalRoutes;
}

/// Deletes an HAVIP (删除HAVIP): the request of `DeleteHaVip`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHaVip`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHaVipRequest {
    /// The unique `ID` of the `HAVIP`, such as `havip-9o233uri`.
    ///
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    pub ha_vip_id: String,
}

impl DeleteHaVipRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteHaVipRequest {
    type Action = DeleteHaVip;
}

/// 删除高优路由表: the request of `DeleteHighPriorityRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHighPriorityRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHighPriorityRouteTablesRequest {
    /// 高优路由表表唯一ID 列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DeleteHighPriorityRouteTablesRequest {
    type Action = DeleteHighPriorityRouteTables;
}

/// 删除高优路由表条目: the request of `DeleteHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目唯一 ID 列表。
    pub high_priority_route_ids: Vec<String>,
}

impl DeleteHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_route_ids: high_priority_route_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteHighPriorityRoutesRequest {
    type Action = DeleteHighPriorityRoutes;
}

/// 释放IPV6转换实例: the request of `DeleteIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteIp6Translators`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteIp6TranslatorsRequest {
    /// 待释放的IPV6转换实例的唯一ID，形如‘ip6-xxxxxxxx’
    pub ip6_translator_ids: Vec<String>,
}

impl DeleteIp6TranslatorsRequest {
    /// The request with its required members (`Ip6TranslatorIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_translator_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ip6_translator_ids: ip6_translator_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteIp6TranslatorsRequest {
    type Action = DeleteIp6Translators;
}

/// Deletes a local gateway (删除本地网关): the request of `DeleteLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteLocalGatewayRequest {
    /// Local gateway instance ID
    ///
    /// 本地网关实例ID。
    pub local_gateway_id: String,
    /// CDC instance ID
    ///
    /// CDC实例ID。
    pub cdc_id: String,
    /// VPC instance ID
    ///
    /// VPC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl DeleteLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayId`, `CdcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(local_gateway_id: impl Into<String>, cdc_id: impl Into<String>) -> Self {
        Self {
            local_gateway_id: local_gateway_id.into(),
            cdc_id: cdc_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for DeleteLocalGatewayRequest {
    type Action = DeleteLocalGateway;
}

/// Deletes a NAT gateway (删除NAT网关): the request of `DeleteNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewayRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// 忽略操作风险
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_operation_risk: Option<bool>,
}

impl DeleteNatGatewayRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            ignore_operation_risk: None,
        }
    }
}

impl tencent_action::Request for DeleteNatGatewayRequest {
    type Action = DeleteNatGateway;
}

/// Deletes the port forwarding rule of a NAT gateway (删除NAT网关端口转发规则): the request of `DeleteNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The port forwarding rules of the NAT gateway.
    ///
    /// NAT网关的端口转换规则。
    pub destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRule,
    >,
}

impl DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `DestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            destination_ip_port_translation_nat_rules: destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = DeleteNatGatewayDestinationIpPortTranslationNatRule;
}

/// Deletes a SNAT forwarding rule of a NAT Gateway (删除NAT网关的SNAT转发规则): the request of `DeleteNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /// The ID of the NAT Gateway, such as `nat-df45454`
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The list of SNAT rule IDs of a NAT Gateway, such as `snat-df43254`
    ///
    /// NAT网关的SNAT ID列表，形如：`snat-df43254`。
    pub nat_gateway_snat_ids: Vec<String>,
}

impl DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `NatGatewaySnatIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        nat_gateway_snat_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_snat_ids: nat_gateway_snat_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = DeleteNatGatewaySourceIpTranslationNatRule;
}

/// DeleteNetDetect (删除网络探测): the request of `DeleteNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetDetectRequest {
    /// ID of a network probe, such as `netd-12345678`.
    ///
    /// 网络探测实例`ID`。形如：`netd-12345678`。
    pub net_detect_id: String,
}

impl DeleteNetDetectRequest {
    /// The request with its required members (`NetDetectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(net_detect_id: impl Into<String>) -> Self {
        Self {
            net_detect_id: net_detect_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetDetectRequest {
    type Action = DeleteNetDetect;
}

/// Deletes a network ACL (删除网络ACL): the request of `DeleteNetworkAcl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAcl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
}

impl DeleteNetworkAclRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclRequest {
    type Action = DeleteNetworkAcl;
}

/// 删除ACL三元组单条规则: the request of `DeleteNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclEntriesRequest {
    /// 三元组网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// 三元组网络ACL规则集。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_entry_set: Option<NetworkAclEntrySet>,
}

impl DeleteNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set: None,
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclEntriesRequest {
    type Action = DeleteNetworkAclEntries;
}

/// Deletes specified rules of the network ACL quintuple. (删除网络ACL五元组指定的部分条目接口。): the request of `DeleteNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkAclQuintupleEntriesRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Network ACL quintuple rule set.
    ///
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl DeleteNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for DeleteNetworkAclQuintupleEntriesRequest {
    type Action = DeleteNetworkAclQuintupleEntries;
}

/// Deletes an ENI (删除弹性网卡): the request of `DeleteNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteNetworkInterfaceRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
}

impl DeleteNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteNetworkInterfaceRequest {
    type Action = DeleteNetworkInterface;
}

/// 删除私网NAT网关: the request of `DeletePrivateNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayRequest {
    /// 私网网关唯一`ID`，形如"intranat-xxxxxxxx"。
    pub nat_gateway_id: String,
    /// 忽略操作风险
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_operation_risk: Option<bool>,
}

impl DeletePrivateNatGatewayRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            ignore_operation_risk: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayRequest {
    type Action = DeletePrivateNatGateway;
}

/// 删除私网NAT网关目的端口转换规则: the request of `DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则数组。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        LocalDestinationIpPortTranslationNatRule,
    >,
}

impl DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = LocalDestinationIpPortTranslationNatRule,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for DeletePrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = DeletePrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 删除私网NAT网关源端转换访问控制规则: the request of `DeletePrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池
    pub translation_ip: String,
    /// 访问控制规则对应`ID`
    pub acl_rule_ids: Vec<u64>,
    /// 映射前`IP`,当转换规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl DeletePrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `AclRuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        acl_rule_ids: impl IntoIterator<Item = u64>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            acl_rule_ids: acl_rule_ids.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayTranslationAclRuleRequest {
    type Action = DeletePrivateNatGatewayTranslationAclRule;
}

/// 删除私网NAT网关源端转换规则: the request of `DeletePrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeletePrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletePrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。
    pub translation_nat_rules: Vec<TranslationNatRule>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl DeletePrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for DeletePrivateNatGatewayTranslationNatRuleRequest {
    type Action = DeletePrivateNatGatewayTranslationNatRule;
}

/// Deletes a reserved private IP address (删除内网保留IP): the request of `DeleteReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteReserveIpAddressesRequest {
    /// Unique ID of the VPC.
    ///
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// List of reserved private IP addresses.
    ///
    /// 内网保留IP地址列表。
    pub reserve_ip_ids: Vec<String>,
}

impl DeleteReserveIpAddressesRequest {
    /// The request with its required members (`VpcId`, `ReserveIpIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        reserve_ip_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            reserve_ip_ids: reserve_ip_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteReserveIpAddressesRequest {
    type Action = DeleteReserveIpAddresses;
}

/// Delete a route reception policy and entries (删除路由接收策略和条目。): the request of `DeleteRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyRequest {
    /// Specifies the unique ID of the route reception policy.
    ///
    /// 路由接收策略唯一ID。
    pub route_policy_id: String,
}

impl DeleteRoutePolicyRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyRequest {
    type Action = DeleteRoutePolicy;
}

/// Delete a route reception policy binding (删除路由接收策略绑定): the request of `DeleteRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyAssociationsRequest {
    /// Routing policy binding object list. during routing policy unbinding, use the RouteTableId and RoutePolicyId fields of RoutePolicyAssociation (you do not need to fill in the Priority field).
    ///
    /// 路由策略绑定对象列表，删除路由策略绑定时，仅需使用RoutePolicyAssociation的RouteTableId字段和RoutePolicyId字段（不需要填写Priority字段）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl DeleteRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyAssociationsRequest {
    type Action = DeleteRoutePolicyAssociations;
}

/// Delete a route reception policy entry (删除路由接收策略条目): the request of `DeleteRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutePolicyEntriesRequest {
    /// Specifies the instance ID of the route reception policy.
    ///
    /// 路由接收策略实例ID。
    pub route_policy_id: String,
    /// Route reception policy entry list. when deleting a routing policy rule, use the routepolicyentryid field of RoutePolicyEntry.
    ///
    /// 路由接收策略条目列表，删除路由策略规则时，仅需使用RoutePolicyEntry的RoutePolicyEntryIdId字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
}

impl DeleteRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: None,
        }
    }
}

impl tencent_action::Request for DeleteRoutePolicyEntriesRequest {
    type Action = DeleteRoutePolicyEntries;
}

/// Deletes a route table (删除路由表): the request of `DeleteRouteTable`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRouteTable`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRouteTableRequest {
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
}

impl DeleteRouteTableRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteRouteTableRequest {
    type Action = DeleteRouteTable;
}

/// Deletes a routing policy (删除路由策略): the request of `DeleteRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteRoutesRequest {
    /// Route table instance ID.
    ///
    /// 路由表实例ID。
    pub route_table_id: String,
    /// Routing policy object. Only the `RouteId` field is required when deleting a routing policy.
    ///
    /// 路由策略对象，删除路由策略时，仅需使用Route的RouteId字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<Route>>,
}

impl DeleteRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: None,
        }
    }
}

impl tencent_action::Request for DeleteRoutesRequest {
    type Action = DeleteRoutes;
}

/// Deletes a security group (删除安全组): the request of `DeleteSecurityGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSecurityGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSecurityGroupRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
}

impl DeleteSecurityGroupRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteSecurityGroupRequest {
    type Action = DeleteSecurityGroup;
}

/// Deletes security group policies (删除安全组规则): the request of `DeleteSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSecurityGroupPoliciesRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// The policy set of the security group. One request can only delete one or more policies in one direction. Both PolicyIndex-matching deletion and security group policy-matching deletion methods are supported. Each request can use only one matching method.
    ///
    /// 安全组规则集合。一个请求中只能删除单个方向的一条或多条规则。支持指定索引（PolicyIndex） 匹配删除和安全组规则匹配删除两种方式，一个请求中只能使用一种匹配方式。
    ///
    /// 使用安全组规则匹配删除时，需要填写`Action`， `Protocol`， `CidrBlock`， `Port`参数。
    pub security_group_policy_set: SecurityGroupPolicySet,
}

impl DeleteSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
        }
    }
}

impl tencent_action::Request for DeleteSecurityGroupPoliciesRequest {
    type Action = DeleteSecurityGroupPolicies;
}

/// Deletes a protocol port template (删除协议端口模板): the request of `DeleteServiceTemplate`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteServiceTemplate`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceTemplateRequest {
    /// Protocol port template instance ID, such as `ppm-e6dy460g`.
    ///
    /// 协议端口模板实例ID，例如：ppm-e6dy460g。
    pub service_template_id: String,
}

impl DeleteServiceTemplateRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteServiceTemplateRequest {
    type Action = DeleteServiceTemplate;
}

/// Deletes a protocol port template group (删除协议端口模板集合): the request of `DeleteServiceTemplateGroup`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteServiceTemplateGroup`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteServiceTemplateGroupRequest {
    /// The protocol port template group instance ID, such as `ppmg-n17uxvve`.
    ///
    /// 协议端口模板集合实例ID，例如：ppmg-n17uxvve。
    pub service_template_group_id: String,
}

impl DeleteServiceTemplateGroupRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteServiceTemplateGroupRequest {
    type Action = DeleteServiceTemplateGroup;
}

/// Deletes snapshot policies (删除快照策略): the request of `DeleteSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSnapshotPoliciesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl DeleteSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteSnapshotPoliciesRequest {
    type Action = DeleteSnapshotPolicies;
}

/// Deletes a subnet (删除子网): the request of `DeleteSubnet`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteSubnet`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteSubnetRequest {
    /// The ID of the subnet instance. You can obtain the parameter value from the SubnetId field in the returned result of DescribeSubnets API.
    ///
    /// 子网实例ID。可通过DescribeSubnets接口返回值中的SubnetId获取。
    pub subnet_id: String,
}

impl DeleteSubnetRequest {
    /// The request with its required members (`SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_id: impl Into<String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteSubnetRequest {
    type Action = DeleteSubnet;
}

/// Deletes a parameter template (删除模板对象成员): the request of `DeleteTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTemplateMemberRequest {
    /// Parameter template instance ID, which can be the instance ID of a parameter template of the following four types: IP address, protocol port, IP address group, and protocol port group.
    ///
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// Information on the parameter template to be added. The template can be of the following four types: IP address, protocol port, IP address group, and protocol port group. The type should be consistent with that of the template specified by the TemplateId parameter.
    ///
    /// 需要添加的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致。
    pub template_member: Vec<MemberInfo>,
}

impl DeleteTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DeleteTemplateMemberRequest {
    type Action = DeleteTemplateMember;
}

/// Deletes traffic mirroring (删除流量镜像): the request of `DeleteTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficMirrorRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl DeleteTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteTrafficMirrorRequest {
    type Action = DeleteTrafficMirror;
}

/// 删除流量镜像过滤规则。: the request of `DeleteTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rule_ids: Option<Vec<String>>,
    /// 流量镜像出站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rule_ids: Option<Vec<String>>,
}

impl DeleteTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rule_ids: None,
            egress_filter_rule_ids: None,
        }
    }
}

impl tencent_action::Request for DeleteTrafficMirrorFilterRulesRequest {
    type Action = DeleteTrafficMirrorFilterRules;
}

/// Deletes traffic packages. (删除共享流量包): the request of `DeleteTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteTrafficPackages`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteTrafficPackagesRequest {
    /// The unique ID array of traffic packages to delete
    ///
    /// 待删除的流量包唯一ID数组
    pub traffic_package_ids: Vec<String>,
}

impl DeleteTrafficPackagesRequest {
    /// The request with its required members (`TrafficPackageIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_package_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            traffic_package_ids: traffic_package_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DeleteTrafficPackagesRequest {
    type Action = DeleteTrafficPackages;
}

/// Deletes a VPC (删除VPC): the request of `DeleteVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcRequest {
    /// The ID of the VPC instance. You can obtain the parameter value from the VpcId field in the returned result of DescribeVpcs API.
    ///
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
}

impl DeleteVpcRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self { vpc_id: vpc_id.into() }
    }
}

impl tencent_action::Request for DeleteVpcRequest {
    type Action = DeleteVpc;
}

/// Deletes an endpoint (删除终端节点): the request of `DeleteVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointRequest {
    /// Endpoint ID
    ///
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl DeleteVpcEndPointRequest {
    /// The request with its required members (`EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_id: impl Into<String>) -> Self {
        Self {
            end_point_id: end_point_id.into(),
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointRequest {
    type Action = DeleteVpcEndPoint;
}

/// Deletes an endpoint service (删除终端节点服务): the request of `DeleteVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointServiceRequest {
    /// Endpoint ID
    ///
    /// 终端节点ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl DeleteVpcEndPointServiceRequest {
    /// The request with its required members (`EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_service_id: impl Into<String>) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointServiceRequest {
    type Action = DeleteVpcEndPointService;
}

/// Deletes the endpoint service allowlist (删除终端节点服务白名单): the request of `DeleteVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcEndPointServiceWhiteListRequest {
    /// Array of user UINs
    ///
    /// 用户UIN数组。登录 腾讯云账号中心控制台
    pub user_uin: Vec<String>,
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
}

impl DeleteVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl IntoIterator<Item = impl Into<String>>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into_iter().map(Into::into).collect(),
            end_point_service_id: end_point_service_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpcEndPointServiceWhiteListRequest {
    type Action = DeleteVpcEndPointServiceWhiteList;
}

/// 删除私有网络对等连接: the request of `DeleteVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl DeleteVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpcPeeringConnectionRequest {
    type Action = DeleteVpcPeeringConnection;
}

/// Deletes VPN tunnels (删除VPN通道): the request of `DeleteVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnConnectionRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The ID of the VPN tunnel instance, such as `vpnx-f49l6u0z`.
    ///
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
}

impl DeleteVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnConnectionRequest {
    type Action = DeleteVpnConnection;
}

/// Deletes a VPN gateway (删除VPN网关): the request of `DeleteVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewayRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
}

impl DeleteVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewayRequest {
    type Action = DeleteVpnGateway;
}

/// Deletes routes of a VPN gateway (删除VPN网关路由): the request of `DeleteVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewayRoutesRequest {
    /// Instance ID of the VPN gateway
    ///
    /// VPN网关实例ID
    pub vpn_gateway_id: String,
    /// List of route IDs
    ///
    /// 路由ID信息列表，可以通过[DescribeVpnGatewayRoutes](https://cloud.tencent.com/document/api/215/57676)接口查询。
    pub route_ids: Vec<String>,
}

impl DeleteVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewayRoutesRequest {
    type Action = DeleteVpnGatewayRoutes;
}

/// 删除SSL-VPN-CLIENT: the request of `DeleteVpnGatewaySslClient`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewaySslClient`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewaySslClientRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量删除时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DeleteVpnGatewaySslClientRequest {
    type Action = DeleteVpnGatewaySslClient;
}

/// 删除SSL-VPN-SERVER: the request of `DeleteVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DeleteVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteVpnGatewaySslServerRequest {
    /// SSL-VPN-SERVER 实例ID。
    pub ssl_vpn_server_id: String,
}

impl DeleteVpnGatewaySslServerRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
        }
    }
}

impl tencent_action::Request for DeleteVpnGatewaySslServerRequest {
    type Action = DeleteVpnGatewaySslServer;
}

/// Queries account attributes (查询账户属性): the request of `DescribeAccountAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAccountAttributes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAccountAttributesRequest {}

impl tencent_action::Request for DescribeAccountAttributesRequest {
    type Action = DescribeAccountAttributes;
}

/// 查询指定EIP带宽上下限: the request of `DescribeAddressBandwidthRange`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressBandwidthRange`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressBandwidthRangeRequest {
    /// EIP资源ID列表，单次查询上限20，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeAddressBandwidthRangeRequest {
    type Action = DescribeAddressBandwidthRange;
}

/// Queries EIP quotas (查询弹性公网IP配额): the request of `DescribeAddressQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressQuotaRequest {}

impl tencent_action::Request for DescribeAddressQuotaRequest {
    type Action = DescribeAddressQuota;
}

/// 查询参数模板IP地址组关联的实例列表: the request of `DescribeAddressTemplateGroupInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateGroupInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateGroupInstancesRequest {
    /// IP地址组实例ID。例如：ipmg-12345678。
    pub address_template_group_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeAddressTemplateGroupInstancesRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeAddressTemplateGroupInstancesRequest {
    type Action = DescribeAddressTemplateGroupInstances;
}

/// Queries an IP address template group (查询IP地址模板集合): the request of `DescribeAddressTemplateGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateGroupsRequest {
    /// Filter conditions.
    ///
    /// - address-template-group-name - String - (Filter condition) IP address template group name.
    ///
    /// - address-template-group-id - String - (Filter condition) IP address template group instance ID, such as `ipmg-mdunqeb6`.
    ///
    /// 过滤条件。
    ///
    /// - address-template-group-name - String - （过滤条件）IP地址模板集合名称。
    ///
    /// - address-template-group-id - String - （过滤条件）IP地址模板实集合例ID，例如：ipmg-mdunqeb6。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. The default value is 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of values to be returned. The default value is 20. Maximum is 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否查询IP地址模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`AddressTemplateGroupId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// IP地址成员排序字段。支持：`AddressTemplateId` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// IP地址成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeAddressTemplateGroupsRequest {
    type Action = DescribeAddressTemplateGroups;
}

/// 查询参数模板IP地址关联的实例列表: the request of `DescribeAddressTemplateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplateInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplateInstancesRequest {
    /// IP地址实例ID。例如：ipm-12345678。
    pub address_template_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeAddressTemplateInstancesRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeAddressTemplateInstancesRequest {
    type Action = DescribeAddressTemplateInstances;
}

/// Queries an IP address template (查询IP地址模板): the request of `DescribeAddressTemplates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddressTemplates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressTemplatesRequest {
    /// Filters
    ///
    /// - address-template-name - IP address template name.
    ///
    /// - address-template-id - IP address template ID, such as `ipm-mdunqeb6`.
    ///
    /// - address-ip - IP address.
    ///
    /// 过滤条件。
    ///
    /// - address-template-name - IP地址模板名称。
    ///
    /// - address-template-id - IP地址模板实例ID，例如：ipm-mdunqeb6。
    ///
    /// - address-ip - IP地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. The default value is 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of values to be returned. The default value is 20. Maximum is 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取IP地址模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`AddressTemplateId` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// IP成员排序字段。支持：`Address` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// IP成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeAddressTemplatesRequest {
    type Action = DescribeAddressTemplates;
}

/// Queries the EIP list (查询弹性公网IP列表): the request of `DescribeAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAddressesRequest {
    /// List of unique IDs for identifying Elastic IP (EIP). The EIP unique ID is in the format of `eip-11112222`. You can use the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API to obtain the AddressId. The parameters `AddressIds` and `Filters.address-id` cannot be specified simultaneously.
    ///
    /// 标识 EIP 的唯一 ID 列表。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。参数不支持同时指定`AddressIds`和`Filters.address-id`。
    ///
    /// 说明：当指定该参数进行查询时，接口返回的结果数量上限由  Limit  参数决定（默认 20 条）。响应中的  TotalCount  字段表示符合条件的记录总数。当  TotalCount  超出  Limit  限制时，接口仅返回当前页的数据，您需要结合  Offset  参数进行分页遍历，以获取完整的查询结果。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_ids: Option<Vec<String>>,
    /// The maximum number of `Filters` per request is 10, and the maximum number of `Filter.Values` per request is 100. The detailed filter conditions are as follows:
    ///
    /// -  address-id - String - Optional - Filter by the unique id of the EIP. the unique id of EIP is in the format of `EIP-11112222`. you can obtain the address-id through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API.
    ///
    /// -  address-name - String - Optional - Filter by the EIP name. fuzzy filtering is not supported. available for use through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API to obtain the address-name. note: when specifying the address-name parameter, only the first passed in address-name parameter is supported for query execution.
    ///
    /// -  address-ip - String - Optional - Filter by the ip address of the EIP. you can obtain address-ip through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API.
    ///
    /// -  address-status - String - Optional - Filter by the EIP status. valid values: `CREATING`, `BINDING`, `BIND`, `UNBINDING`, `UNBIND`, `OFFLINING`, and `BIND_ENI`.
    ///
    /// -  instance-id - String - Optional - Filter by instance id bound to EIP. instance id is in the format of ins-11112222. you can obtain instance-id through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API.
    ///
    /// -  private-ip-address - String - Optional - Filter by the private ip bound to the EIP. you can obtain private-ip-address through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API. note: when specifying the private-ip-address parameter, only the first passed-in private-ip-address parameter is supported for query execution.
    ///
    /// - network-interface-id - String - Optional - Filter by the id of the ENI bound to the EIP. the ENI id is in the format such as `eni-11112222`. you can obtain the network-interface-id through the [DescribeAddresses](https://www.tencentcloud.com/document/product/215/16702) API.
    ///
    /// -  is-arrears - String - Optional - Filters by whether the EIP is overdue. (TRUE: EIP is overdue | FALSE: EIP is in normal fee state).
    ///
    /// - instance-type - String - Optional - Filters by the instance type bound to the EIP. valid values: `CVM`, `NAT`, `ENI`, `CLB`, `HAVIP`, `DHCPIP`, `EKS`, `VPCE`, and `WAF`.
    ///
    /// Note: when using only the instance-type filter condition, the system returns by default the list of bound resources for all EIP types (including EIP, AnycastEIP, HighQualityEIP, AntiDDoSEIP, and ResidentialEIP). to query bound resources for a specific EIP type or `WanIP`, specify both the instance-type and address-type parameters to configure.
    ///
    /// -  address-type - String - Optional - Filter by IP type. valid values: `WanIP`, `EIP`, `AnycastEIP`, `HighQualityEIP`, `AntiDDoSEIP`, and `ResidentialEIP`. default value is `EIP`.
    ///
    /// -  address-isp - String - Optional - Filter by ISP type. valid values: `BGP`, `CMCC`, `CUCC`, and `CTCC`.
    ///
    /// -  dedicated-cluster-id - String - Optional - Filter by unique CDC ID, such as `cluster-11112222`.
    ///
    /// - tag-key - String - Optional - Filter by tag key.
    ///
    /// - tag-value - String - Optional - Filter by tag value.
    ///
    /// - tag:tag-key - String - Optional - Filter by tag key-value pair. Use a specific tag key to replace `tag-key`.
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。详细的过滤条件如下：
    ///
    /// -  address-id - String - 是否必填：否 - （过滤条件）按照 EIP 的唯一 ID 过滤。EIP 唯一 ID 形如：eip-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-id。
    ///
    /// -  address-name - String - 是否必填：否 - （过滤条件）按照 EIP 名称过滤。不支持模糊过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-name。注意：当指定 address-name 参数时，仅支持按第一个传入的 address-name 参数执行查询操作。
    ///
    /// -  address-ip - String - 是否必填：否 - （过滤条件）按照 EIP 的 IP 地址过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取address-ip。
    ///
    /// -  address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态过滤。状态包含：'CREATING'：创建中，'BINDING'：绑定中，'BIND'：已绑，'UNBINDING'：解绑中，'UNBIND'：未绑定，'OFFLINING'：下线中，'BIND_ENI'：绑定了ENI。
    ///
    /// -  instance-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的实例 ID 过滤。实例 ID 形如：ins-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取instance-id。
    ///
    /// -  private-ip-address - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的内网 IP 过滤。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取private-ip-address。注意：当指定 private-ip-address 参数时，仅支持按第一个传入的 private-ip-address 参数执行查询操作。
    ///
    /// -  network-interface-id - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的弹性网卡 ID 过滤。弹性网卡 ID 形如：eni-11112222。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取network-interface-id。
    ///
    /// -  is-arrears - String - 是否必填：否 - （过滤条件）按照 EIP 是否欠费进行过滤。（TRUE：EIP 处于欠费状态|FALSE：EIP 费用状态正常）
    ///
    /// -  instance-type - String - 是否必填：否 - （过滤条件）按照 EIP 绑定的实例类型进行过滤。绑定的实例类型可选值：'CVM'：云服务器，'NAT'：NAT 网关，'ENI'：弹性网卡，'CLB'：负载均衡，'HAVIP'：高可用虚拟IP，'DHCPIP'：弹性内网IP，'EKS'：弹性容器服务，'VPCE'：终端节点，'WAF'：Web 应用防火墙。注意：过滤条件仅使用 instance-type 时，系统默认返回所有EIP类型（包括EIP、AnycastEIP、HighQualityEIP、AntiDDoSEIP、ResidentialEIP）绑定的资源列表。若需查询特定EIP类型绑定的资源，或查询普通公网IP绑定的资源，请同时指定 instance-type 和 address-type 参数进行配置。
    ///
    /// -  address-type - String - 是否必填：否 - （过滤条件）按照 IP类型 进行过滤。可选值：'WanIP'：普通公网 IP, 'EIP'：弹性公网 IP，'AnycastEIP'：加速 IP，'HighQualityEIP'：精品弹性公网 IP， 'AntiDDoSEIP'：高防 IP，'ResidentialEIP'：原生 IP。该参数用于指定需要查询的弹性公网 IP 类型。若不传入此参数，接口默认返回 EIP、AnycastEIP、HighQualityEIP、AntiDDoSEIP、ResidentialEIP 这五种类型的资源，不包含普通公网 IP（WanIP）。如需查询普通公网 IP，请务必显式传入  'WanIP' 。
    ///
    /// -  address-isp - String - 是否必填：否 - （过滤条件）按照 运营商类型 进行过滤。可选值：'BGP'：常规BGP，'CMCC'：移动，'CUCC'：联通, 'CTCC'：电信
    ///
    /// -  dedicated-cluster-id - String - 是否必填：否 - （过滤条件）按照 CDC 的唯一 ID 过滤。CDC 唯一 ID 形如：cluster-11112222。
    ///
    /// -  tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// -  tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// -  tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The Offset. The default value is 0. For more information on Offset, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information on Limit, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeAddressesRequest {
    type Action = DescribeAddresses;
}

impl tencent_action::Paginated for DescribeAddressesRequest {
    type Item = Address;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Address>> {
        page.address_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries a list of secondary CIDR blocks (查询辅助CIDR列表): the request of `DescribeAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeAssistantCidr`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAssistantCidrRequest {
    /// The ID of a VPC instance set, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`数组。形如：\[`vpc-6v2ht8q5`\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_ids: Option<Vec<String>>,
    /// Filter condition. `VpcIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as `vpc-f49l6u0z`.
    ///
    /// 过滤条件，参数不支持同时指定VpcIds和Filters。
    ///
    /// 当前支持的过滤条件如下：
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。（当前仅支持该过滤条件）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeAssistantCidrRequest {
    type Action = DescribeAssistantCidr;
}

impl tencent_action::Paginated for DescribeAssistantCidrRequest {
    type Item = AssistantCidr;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<AssistantCidr>> {
        page.assistant_cidr_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询指定带宽包带宽上下限: the request of `DescribeBandwidthPackageBandwidthRange`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageBandwidthRange`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageBandwidthRangeRequest {
    /// 带宽包资源ID列表，单次查询上限20。可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeBandwidthPackageBandwidthRangeRequest {
    type Action = DescribeBandwidthPackageBandwidthRange;
}

/// Queries the current usage of a pay-as-you-go bandwidth package. (查询后付费共享带宽包当前的用量): the request of `DescribeBandwidthPackageBillUsage`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageBillUsage`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageBillUsageRequest {
    /// Unique ID of the pay-as-you-go bandwidth package.
    ///
    /// 后付费共享带宽包的唯一ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/api/215/19209)接口获取BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl DescribeBandwidthPackageBillUsageRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeBandwidthPackageBillUsageRequest {
    type Action = DescribeBandwidthPackageBillUsage;
}

/// Queries the bandwidth package quota (查询带宽包配额): the request of `DescribeBandwidthPackageQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageQuotaRequest {}

impl tencent_action::Request for DescribeBandwidthPackageQuotaRequest {
    type Action = DescribeBandwidthPackageQuota;
}

/// Queries resources in a bandwidth package (查询共享带宽包内的资源): the request of `DescribeBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackageResourcesRequest {
    /// Unique ID of the bandwidth package in the form of `bwp-11112222`.
    ///
    /// 标识 共享带宽包 的唯一 ID 列表。共享带宽包 唯一 ID 形如：`bwp-11112222`。
    pub bandwidth_package_id: String,
    /// Each request can have up to 10 `Filters` and 5 `Filter.Values`. The specific filter conditions are as follows:
    ///
    /// - resource-id - String - Required: no - (Filter condition) Filters by the unique ID of resources in a bandwidth package, such as `eip-11112222`.
    ///
    /// - resource-type - String - Required: no - (Filter condition) Filters by the type of resources in a bandwidth package. It now supports only EIP (`Address`) and load balancer (`LoadBalance`).
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。详细的过滤条件如下：
    ///
    /// -  resource-id - String - 是否必填：否 - （过滤条件）按照 共享带宽包内资源 的唯一 ID 过滤。共享带宽包内资源 唯一 ID 形如：eip-11112222。
    ///
    /// -  resource-type - String - 是否必填：否 - （过滤条件）按照 共享带宽包内资源 类型过滤，目前仅支持 弹性IP 和 负载均衡 两种类型，可选值为 Address 和 LoadBalance。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default value: 0. For more information on `Offset`, see the relevant sections in API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant sections in API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeBandwidthPackageResourcesRequest {
    /// The request with its required members (`BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(bandwidth_package_id: impl Into<String>) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeBandwidthPackageResourcesRequest {
    type Action = DescribeBandwidthPackageResources;
}

impl tencent_action::Paginated for DescribeBandwidthPackageResourcesRequest {
    type Item = Resource;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Resource>> {
        page.resource_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries bandwidth package resources (查询带宽包资源): the request of `DescribeBandwidthPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeBandwidthPackages`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeBandwidthPackagesRequest {
    /// The unique ID list of bandwidth packages.
    ///
    /// 带宽包唯一ID列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_ids: Option<Vec<String>>,
    /// Each request can have up to 10 `Filters`. parameters do not support specifying `BandwidthPackageIds` and `Filters` at the same time. detailed filter criteria are as follows:.
    ///
    /// - bandwidth-package-id - String - required: no - (filter condition) filter by the unique id of the bandwidth package.
    ///
    /// .
    ///
    /// - bandwidth-package-name - String - required: no - (filter criteria) filter by bandwidth package name. fuzzy filtering is not supported.
    ///
    /// .
    ///
    /// - network-type - String - required: no - (filter condition) filter by bandwidth package type. network type can be found in [BandwidthPackage](https://intl.cloud.tencent.com/document/api/215/15824?from_cn_redirect=1#BandwidthPackage).
    ///
    /// .
    ///
    /// - - charge-type - String - required: no - (filter condition) filter by the billing type of the bandwidth package. the billing type can be found in BandwidthPackage (<https://intl.cloud.tencent.com/document/api/215/15824?from_cn_redirect=1#BandwidthPackage>).
    ///
    /// .
    ///
    /// - resource.resource-type - String - required: no - (filter criteria) filter by bandwidth package resource type. resource types include 'Address' and 'LoadBalance'.
    ///
    /// .
    ///
    /// - resource.resource-id - String - required: no - (filter criteria) filter by bandwidth package resource id. resource id is in the format of 'eip-xxxx','lb-xxxx'.
    ///
    /// .
    ///
    /// - resource.address-ip - String - required: no - filter by bandwidth package resource ip.
    ///
    /// .
    ///
    /// - tag-key - String - required: no - (filter condition) filter according to the tag key.
    ///
    /// .
    ///
    /// - `tag-value` - String - Optional - Filter by the tag value.
    ///
    /// - tag:tag-key - String - required: no - (filter condition) filter by tag key-value pair. replace tag-key with a specific tag key.
    ///
    /// .
    ///
    /// 每次请求的`Filters`的上限为10。参数不支持同时指定`BandwidthPackageIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  bandwidth-package-id - String - 是否必填：否 - （过滤条件）按照带宽包的唯一标识ID过滤。
    ///
    /// -  bandwidth-package-name - String - 是否必填：否 - （过滤条件）按照 带宽包名称过滤。不支持模糊过滤。
    ///
    /// -  network-type - String - 是否必填：否 - （过滤条件）按照带宽包的类型过滤。网络类型可参考[BandwidthPackage](https://cloud.tencent.com/document/api/215/15824#BandwidthPackage)。
    ///
    /// -  charge-type - String - 是否必填：否 - （过滤条件）按照带宽包的计费类型过滤。计费类型可参考[BandwidthPackage](https://cloud.tencent.com/document/api/215/15824#BandwidthPackage)。
    ///
    /// -  resource.resource-type - String - 是否必填：否 - （过滤条件）按照带宽包资源类型过滤。资源类型包括'Address'和'LoadBalance'
    ///
    /// -  resource.resource-id - String - 是否必填：否 - （过滤条件）按照带宽包资源Id过滤。资源Id形如'eip-xxxx','lb-xxxx'
    ///
    /// -  resource.address-ip - String - 是否必填：否 - （过滤条件）按照带宽包资源Ip过滤。
    ///
    /// -  tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// -  tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// -  tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. This value defaults to 0. For more information on Offset, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 查询带宽包偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小结。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of bandwidth packages returned. This value defaults to 20. The maximum is 100. For more information on Limit, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 查询带宽包返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小结。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeBandwidthPackagesRequest {
    type Action = DescribeBandwidthPackages;
}

impl tencent_action::Paginated for DescribeBandwidthPackagesRequest {
    type Item = BandwidthPackage;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<BandwidthPackage>> {
        page.bandwidth_package_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the list of instances associated with a CCN (查询云联网关联实例列表): the request of `DescribeCcnAttachedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnAttachedInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnAttachedInstancesRequest {
    /// Offset
    ///
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity
    ///
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Filter conditions:
    ///
    /// - `ccn-id` - String - The CCN instance ID.
    ///
    /// - `instance-type` - String - The associated instance type.
    ///
    /// - `instance-region` - String - The associated instance region.
    ///
    /// - `instance-id` - String - The instance ID of the associated instance.
    ///
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - instance-type - String -（过滤条件）关联实例类型。
    ///
    /// - instance-region - String -（过滤条件）关联实例所属地域。
    ///
    /// - instance-id - String -（过滤条件）关联实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The ID of the CCN instance
    ///
    /// 云联网实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_id: Option<String>,
    /// The order field supports `CcnId`, `InstanceType`, `InstanceId`, `InstanceName`, `InstanceRegion`, `AttachedTime`, and `State`.
    ///
    /// 排序字段。支持：`CcnId` `InstanceType` `InstanceId` `InstanceName` `InstanceRegion` `AttachedTime` `State`。默认值：`AttachedTime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// Order methods. Ascending: `ASC`, Descending: `DESC`.
    ///
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeCcnAttachedInstancesRequest {
    type Action = DescribeCcnAttachedInstances;
}

impl tencent_action::Paginated for DescribeCcnAttachedInstancesRequest {
    type Item = CcnAttachedInstance;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnAttachedInstance>> {
        page.instance_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询云联网策略路由下一跳: the request of `DescribeCcnPolicyBasedRoutingNextHop`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnPolicyBasedRoutingNextHop`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnPolicyBasedRoutingNextHopRequest {
    /// 云联网 ID
    pub ccn_id: String,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl DescribeCcnPolicyBasedRoutingNextHopRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnPolicyBasedRoutingNextHopRequest {
    type Action = DescribeCcnPolicyBasedRoutingNextHop;
}

/// 查询云联网策略路由匹配规则: the request of `DescribeCcnPolicyBasedRoutingRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnPolicyBasedRoutingRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnPolicyBasedRoutingRuleRequest {
    /// 云联网 ID
    pub ccn_id: String,
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeCcnPolicyBasedRoutingRuleRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnPolicyBasedRoutingRuleRequest {
    type Action = DescribeCcnPolicyBasedRoutingRule;
}

impl tencent_action::Paginated for DescribeCcnPolicyBasedRoutingRuleRequest {
    type Item = CcnPolicyBasedRoutingRule;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnPolicyBasedRoutingRule>> {
        page.ccn_policy_based_routing_rule_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the outbound bandwidth caps of all regions connected with the specified CCN instance (查询云联网各地域出带宽上限): the request of `DescribeCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRegionBandwidthLimitsRequest {
    /// The CCN instance ID in the format of `ccn-f49l6u0z`.
    ///
    /// CCN实例ID，形如：ccn-f49l6u0z。
    pub ccn_id: String,
}

impl DescribeCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self { ccn_id: ccn_id.into() }
    }
}

impl tencent_action::Request for DescribeCcnRegionBandwidthLimitsRequest {
    type Action = DescribeCcnRegionBandwidthLimits;
}

/// 查询云联网路由传播策略: the request of `DescribeCcnRouteTableBroadcastPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTableBroadcastPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTableBroadcastPolicysRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网路由表ID
    pub route_table_id: String,
    /// 路由传播策略版本号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<u64>,
}

impl DescribeCcnRouteTableBroadcastPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>, route_table_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policy_version: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRouteTableBroadcastPolicysRequest {
    type Action = DescribeCcnRouteTableBroadcastPolicys;
}

/// 查询云联网路由接收策略: the request of `DescribeCcnRouteTableInputPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTableInputPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTableInputPolicysRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表ID。
    pub route_table_id: String,
    /// 路由接收策略版本号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_version: Option<u64>,
}

impl DescribeCcnRouteTableInputPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>, route_table_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policy_version: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRouteTableInputPolicysRequest {
    type Action = DescribeCcnRouteTableInputPolicys;
}

/// 查询云联网路由表信息: the request of `DescribeCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRouteTablesRequest {
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - route-table-name - String -（过滤条件）路由表名称。
    ///
    /// - route-table-description- String -（过滤条件）路由表备注。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 一次查询最大返回的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCcnRouteTablesRequest {
    type Action = DescribeCcnRouteTables;
}

impl tencent_action::Paginated for DescribeCcnRouteTablesRequest {
    type Item = CcnRouteTable;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnRouteTable>> {
        page.ccn_route_table_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the CCN routing policy (查询云联网路由条目): the request of `DescribeCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnRoutesRequest {
    /// The CCN instance ID, such as `ccn-gree226l`.
    ///
    /// CCN实例ID，形如：`ccn-gree226l`。
    pub ccn_id: String,
    /// The unique ID of the CCN routing policy, such as `ccnr-f49l6u0z`.
    ///
    /// CCN路由策略唯一ID，形如：`ccnr-f49l6u0z`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<String>>,
    /// Filter condition. `RouteIds` and `Filters` cannot be specified at the same time.
    ///
    /// - route-id - String - (Filter condition) Routing policy ID.
    ///
    /// - cidr-block - String - (Filter condition) Destination.
    ///
    /// - instance-type - String - (Filter condition) The next hop type.
    ///
    /// - instance-region - String - (Filter condition) The next hop region.
    ///
    /// - instance-id - String - (Filter condition) The instance ID of the next hop.
    ///
    /// - route-table-id - String - (Filter condition) The list of route table IDs in the format of `ccntr-1234edfr`. Filters by the route table ID.
    ///
    /// 过滤条件，参数不支持同时指定RouteIds和Filters。
    ///
    /// - route-id - String -（过滤条件）路由策略ID。
    ///
    /// - cidr-block - String -（过滤条件）目的端。
    ///
    /// - instance-type - String -（过滤条件）下一跳类型。
    ///
    /// - instance-region - String -（过滤条件）下一跳所属地域。
    ///
    /// - instance-id - String -（过滤条件）下一跳实例ID。
    ///
    /// - route-table-id - String -（过滤条件）路由表ID列表，形如ccntr-1234edfr，可以根据路由表ID 过滤。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity
    ///
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeCcnRoutesRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeCcnRoutesRequest {
    type Action = DescribeCcnRoutes;
}

impl tencent_action::Paginated for DescribeCcnRoutesRequest {
    type Item = CcnRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnRoute>> {
        page.route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the CCN list (查询CCN列表): the request of `DescribeCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCcnsRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`. Each request can have a maximum of 100 instances. `CcnIds` and `Filters` cannot be specified at the same time
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定CcnIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_ids: Option<Vec<String>>,
    /// Filter conditions. `CcnIds` and `Filters` cannot be specified at the same time.
    ///
    /// - ccn-id - String - (Filter condition) The unique ID of the CCN, such as `vpc-f49l6u0z`.
    ///
    /// - ccn-name - String - (Filter condition) The CCN name.
    ///
    /// - ccn-description - String - (Filter condition) CCN description.
    ///
    /// - state - String - (Filter condition) The instance status. 'ISOLATED': Isolated (the account is in arrears and the service is suspended.) 'AVAILABLE': Running.
    ///
    /// - tag-key - String - Required: no - (Filter condition) Filters by tag key.
    ///
    /// - `tag:tag-key` - String - Required: no - (Filter condition) Filters by tag key pair. For this parameter, `tag-key` will be replaced with a specific tag key. For more information, see this example: **Querying the list of CCNs bound to tags**.
    ///
    /// 过滤条件，参数不支持同时指定CcnIds和Filters。
    ///
    /// - ccn-id - String - （过滤条件）CCN唯一ID，形如：`ccn-f49l6u0z`。
    ///
    /// - ccn-name - String - （过滤条件）CCN名称。
    ///
    /// - ccn-description - String - （过滤条件）CCN描述。
    ///
    /// - state - String - （过滤条件）实例状态， 'ISOLATED': 隔离中（欠费停服），'AVAILABLE'：运行中。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例：查询绑定了标签的CCN列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity
    ///
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Order fields support `CcnId`, `CcnName`, `CreateTime`, `State`, and `QosLevel`
    ///
    /// 排序字段。支持：`CcnId` `CcnName` `CreateTime` `State` `QosLevel`。默认值: `CreateTime`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// Order methods. Ascending: `ASC`, Descending: `DESC`.
    ///
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeCcnsRequest {
    type Action = DescribeCcns;
}

impl tencent_action::Paginated for DescribeCcnsRequest {
    type Item = Ccn;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Ccn>> {
        page.ccn_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询 IDC通道信息: the request of `DescribeCdcLDCXList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcLDCXList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcLDCXListRequest {}

impl tencent_action::Request for DescribeCdcLDCXListRequest {
    type Action = DescribeCdcLDCXList;
}

/// 查询虚拟连接: the request of `DescribeCdcNetPlanes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcNetPlanes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcNetPlanesRequest {}

impl tencent_action::Request for DescribeCdcNetPlanesRequest {
    type Action = DescribeCdcNetPlanes;
}

/// 查询IDC使用的 VLAN: the request of `DescribeCdcUsedIdcVlan`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCdcUsedIdcVlan`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCdcUsedIdcVlanRequest {}

impl tencent_action::Request for DescribeCdcUsedIdcVlanRequest {
    type Action = DescribeCdcUsedIdcVlan;
}

/// Queries the list of Classiclink (查询基础网络互通列表): the request of `DescribeClassicLinkInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeClassicLinkInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeClassicLinkInstancesRequest {
    /// Filter conditions.
    ///
    /// - vpc-id - String - (Filter condition) The VPC instance ID.
    ///
    /// - vm-ip - String - (Filter condition) The IP address of the CVM on the basic network.
    ///
    /// 过滤条件。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID。
    ///
    /// - vm-ip - String - （过滤条件）基础网络云服务器IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// Offset
    ///
    /// 偏移量，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// The returned quantity
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl tencent_action::Request for DescribeClassicLinkInstancesRequest {
    type Action = DescribeClassicLinkInstances;
}

/// 查询云联网跨境限速实例: the request of `DescribeCrossBorderCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderCcnRegionBandwidthLimitsRequest {
    /// 过滤条件，目前`value`值个数只支持一个，可支持的字段有：
    ///
    /// - `source-region` 源地域，值形如：`["ap-guangzhou"]`
    ///
    /// - `destination-region` 目的地域，值形如：`["ap-shanghai"]`
    ///
    /// - `ccn-ids` 云联网ID数组，值形如：`["ccn-12345678"]`
    ///
    /// - `user-account-id` 用户账号ID，值形如`["12345678"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数据量可选值0到100之间的整数，默认20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCrossBorderCcnRegionBandwidthLimitsRequest {
    type Action = DescribeCrossBorderCcnRegionBandwidthLimits;
}

impl tencent_action::Paginated for DescribeCrossBorderCcnRegionBandwidthLimitsRequest {
    type Item = CcnBandwidth;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnBandwidth>> {
        page.ccn_bandwidth_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries a compliance review request (查询合规化审批单): the request of `DescribeCrossBorderCompliance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderCompliance`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderComplianceRequest {
    /// (Exact match) Service provider. Valid values: `UNICOM`.
    ///
    /// （精确匹配）服务商，可选值：`UNICOM`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_provider: Option<String>,
    /// (Exact match) ID of compliance review request.
    ///
    /// （精确匹配）合规化审批单`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_id: Option<u64>,
    /// (Fuzzy match) Company name.
    ///
    /// （模糊查询）公司名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// (Fuzzy match) Unified Social Credit Code.
    ///
    /// （精确匹配）统一社会信用代码。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uniform_social_credit_code: Option<String>,
    /// (Fuzzy match) Legal person.
    ///
    /// （模糊查询）法定代表人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person: Option<String>,
    /// (Exact match) Legal person ID number.
    ///
    /// （精确查询）法人身份证号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person_id: Option<String>,
    /// (Fuzzy match) Issuing authority.
    ///
    /// （模糊查询）发证机关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuing_authority: Option<String>,
    /// (Fuzzy match) Business address.
    ///
    /// （模糊查询）营业执照住所。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_address: Option<String>,
    /// (Exact match) Zip code.
    ///
    /// （精确匹配）邮编。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_code: Option<u64>,
    /// (Fuzzy match) Operator.
    ///
    /// （模糊查询）经办人。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// (Exact match) Operator ID card number.
    ///
    /// （精确查询）经办人身份证号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_id: Option<String>,
    /// (Fuzzy match) Operator address.
    ///
    /// （模糊查询）经办人身份证地址。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_address: Option<String>,
    /// (Exact match) Operator phone number.
    ///
    /// （精确匹配）经办人联系电话。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager_telephone: Option<String>,
    /// (Exact match) Email.
    ///
    /// （精确匹配）电子邮箱。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// (Exact match) Service start date, such as `2020-07-28`.
    ///
    /// （精确匹配）服务开始日期，如：`2020-07-28`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_start_date: Option<String>,
    /// (Exact match) Service end date, such as `2020-07-28`.
    ///
    /// （精确匹配）服务结束日期，如：`2021-07-28`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_end_date: Option<String>,
    /// (Exact match) Status. Valid values: `PENDING`, `APPROVED`, and `DENY`.
    ///
    /// （精确匹配）状态。待审批：`PENDING`，通过：`APPROVED `，拒绝：`DENY`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The offset value
    ///
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Quantity of returned items
    ///
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCrossBorderComplianceRequest {
    type Action = DescribeCrossBorderCompliance;
}

impl tencent_action::Paginated for DescribeCrossBorderComplianceRequest {
    type Item = CrossBorderCompliance;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CrossBorderCompliance>> {
        page.cross_border_compliance_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询跨境带宽监控数据: the request of `DescribeCrossBorderFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCrossBorderFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCrossBorderFlowMonitorRequest {
    /// 源地域。
    pub source_region: String,
    /// 目的地域。
    pub destination_region: String,
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网所属账号。
    pub ccn_uin: String,
    /// 时间粒度。单位为:秒，如60为60s的时间粒度
    pub period: i64,
    /// 开始时间。
    pub start_time: String,
    /// 结束时间。
    pub end_time: String,
}

impl DescribeCrossBorderFlowMonitorRequest {
    /// The request with its required members (`SourceRegion`, `DestinationRegion`, `CcnId`, `CcnUin`, `Period`, `StartTime`, `EndTime`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_region: impl Into<String>,
        destination_region: impl Into<String>,
        ccn_id: impl Into<String>,
        ccn_uin: impl Into<String>,
        period: i64,
        start_time: impl Into<String>,
        end_time: impl Into<String>,
    ) -> Self {
        Self {
            source_region: source_region.into(),
            destination_region: destination_region.into(),
            ccn_id: ccn_id.into(),
            ccn_uin: ccn_uin.into(),
            period,
            start_time: start_time.into(),
            end_time: end_time.into(),
        }
    }
}

impl tencent_action::Request for DescribeCrossBorderFlowMonitorRequest {
    type Action = DescribeCrossBorderFlowMonitor;
}

/// Queries the information of supported customer gateway vendors (查询可支持的对端网关厂商信息): the request of `DescribeCustomerGatewayVendors`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCustomerGatewayVendors`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCustomerGatewayVendorsRequest {}

impl tencent_action::Request for DescribeCustomerGatewayVendorsRequest {
    type Action = DescribeCustomerGatewayVendors;
}

/// Queries customer gateways (查询对端网关): the request of `DescribeCustomerGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeCustomerGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCustomerGatewaysRequest {
    /// Customer gateway ID, such as `cgw-2wqq41m9`. Each request can have a maximum of 100 instances. `CustomerGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// 对端网关ID，例如：cgw-2wqq41m9。每次请求的实例的上限为100。参数不支持同时指定CustomerGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_ids: Option<Vec<String>>,
    /// The filter condition. For details, see the Instance Filter Conditions Table. The upper limit for `Filters` in each request is 10 and 5 for `Filter.Values`. `CustomerGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// - customer-gateway-id - String - (Filter condition) The unique ID of the user gateway, such as `cgw-mgp33pll`.
    ///
    /// - customer-gateway-name - String - (Filter condition) The name of the user gateway, such as `test-cgw`.
    ///
    /// - ip-address - String - (Filter condition) The public IP address, such as `58.211.1.12`.
    ///
    /// 过滤条件，详见下表：实例过滤条件表。每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定CustomerGatewayIds和Filters。
    ///
    /// - customer-gateway-id - String - （过滤条件）用户网关唯一ID形如：`cgw-mgp33pll`。
    ///
    /// - customer-gateway-name - String - （过滤条件）用户网关名称形如：`test-cgw`。
    ///
    /// - ip-address - String - （过滤条件）公网地址形如：`58.211.1.12`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0. For more information on Offset, see the relevant section in the API [Introduction](https://intl.cloud.tencent.com/document/api/213/11646?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeCustomerGatewaysRequest {
    type Action = DescribeCustomerGateways;
}

impl tencent_action::Paginated for DescribeCustomerGatewaysRequest {
    type Item = CustomerGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CustomerGateway>> {
        page.customer_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询用户当前地域下可指定的特殊可用区: the request of `DescribeDesignatedZones`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDesignatedZones`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDesignatedZonesRequest {}

impl tencent_action::Request for DescribeDesignatedZonesRequest {
    type Action = DescribeDesignatedZones;
}

/// 查询DhcpIp列表: the request of `DescribeDhcpIps`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDhcpIps`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDhcpIpsRequest {
    /// DhcpIp实例ID。形如：dhcpip-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定DhcpIpIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dhcp_ip_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定DhcpIpIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。
    ///
    /// - dhcpip-id - String - （过滤条件）DhcpIp实例ID，形如：dhcpip-pxir56ns。
    ///
    /// - dhcpip-name - String - （过滤条件）DhcpIp实例名称。
    ///
    /// - address-ip - String - （过滤条件）DhcpIp实例的IP，根据IP精确查找。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeDhcpIpsRequest {
    type Action = DescribeDhcpIps;
}

impl tencent_action::Paginated for DescribeDhcpIpsRequest {
    type Item = DhcpIp;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<DhcpIp>> {
        page.dhcp_ip_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the CCN routes of a Direct Connect gateway (查询专线网关云联网路由): the request of `DescribeDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDirectConnectGatewayCcnRoutesRequest {
    /// The ID of the Direct Connect gateway, such as `dcg-prpqlmg1`.
    ///
    /// 专线网关ID，形如：`dcg-prpqlmg1`。
    pub direct_connect_gateway_id: String,
    /// The route learning type of the CCN. Available values:
    ///
    /// - `BGP` - Automatic learning.
    ///
    /// - `STATIC` - Static means user-configured. This is the default value.
    ///
    /// 云联网路由学习类型，可选值：
    ///
    /// - `BGP` - 自动学习。
    ///
    /// - `STATIC` - 静态，即用户配置，默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_type: Option<String>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// Offset.
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity.
    ///
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            ccn_route_type: None,
            address_type: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeDirectConnectGatewayCcnRoutesRequest {
    type Action = DescribeDirectConnectGatewayCcnRoutes;
}

impl tencent_action::Paginated for DescribeDirectConnectGatewayCcnRoutesRequest {
    type Item = DirectConnectGatewayCcnRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<DirectConnectGatewayCcnRoute>> {
        page.route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries direct connect gateways (查询专线网关): the request of `DescribeDirectConnectGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeDirectConnectGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDirectConnectGatewaysRequest {
    /// The unique ID of the direct connect gateway, such as `dcg-9o233uri`.
    ///
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// Filter condition. `DirectConnectGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// - direct-connect-gateway-id - String - The unique ID of the direct connect gateway, such as `dcg-9o233uri`.
    ///
    /// - direct-connect-gateway-name - String - The name of the direct connect gateway. The default is fuzzy query.
    ///
    /// - direct-connect-gateway-ip - String - The IP of the direct connect gateway.
    ///
    /// - gateway-type - String - The gateway type. Valid values: `NORMAL` (Standard type), `NAT` (NAT type).
    ///
    /// - network-type- String - The network type. Valid values: `VPC` (VPC type), `CCN` (CCN type).
    ///
    /// - ccn-id - String - The ID of the CCN where the direct connect gateway resides.
    ///
    /// - vpc-id - String - The ID of the VPC where the direct connect gateway resides.
    ///
    /// 过滤条件，参数不支持同时指定`DirectConnectGatewayIds`和`Filters`。
    ///
    /// - direct-connect-gateway-id - String - 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    ///
    /// - direct-connect-gateway-name - String - 专线网关名称，默认模糊查询。
    ///
    /// - direct-connect-gateway-ip - String - 专线网关`IP`。
    ///
    /// - gateway-type - String - 网关类型，可选值：`NORMAL`（普通型）、`NAT`（NAT型）。
    ///
    /// - network-type- String - 网络类型，可选值：`VPC`（私有网络类型）、`CCN`（云联网类型）。
    ///
    /// - ccn-id - String - 专线网关所在云联网`ID`。
    ///
    /// - vpc-id - String - 专线网关所在私有网络`ID`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset.
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Max number of results returned
    ///
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeDirectConnectGatewaysRequest {
    type Action = DescribeDirectConnectGateways;
}

impl tencent_action::Paginated for DescribeDirectConnectGatewaysRequest {
    type Item = DirectConnectGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<DirectConnectGateway>> {
        page.direct_connect_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries information of a flow log (查询VPC流日志实例信息): the request of `DescribeFlowLog`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeFlowLog`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeFlowLogRequest {
    /// ID of the VPC instance.
    ///
    /// 私用网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。该接口不支持拉取CCN类型的流日志，所以该字段为必选。
    pub vpc_id: String,
    /// The unique ID of the flow log.
    ///
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取；
    pub flow_log_id: String,
}

impl DescribeFlowLogRequest {
    /// The request with its required members (`VpcId`, `FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, flow_log_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            flow_log_id: flow_log_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeFlowLogRequest {
    type Action = DescribeFlowLog;
}

/// Queries the list of flow logs (查询流日志集合): the request of `DescribeFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeFlowLogs`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeFlowLogsRequest {
    /// ID of the VPC instance
    ///
    /// 私用网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The unique ID of the flow log.
    ///
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_id: Option<String>,
    /// The name of the flow log instance.
    ///
    /// 流日志实例名称。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_name: Option<String>,
    /// The resource type of the flow log. Valid values: 'VPC', 'SUBNET', and 'NETWORKINTERFACE'.
    ///
    /// 流日志所属资源类型，VPC（私有网络），SUBNET（子网），NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转化），DCG（专线网关）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The unique ID of the resource.
    ///
    /// 资源唯一ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Type of flow logs to be collected. Valid values: 'ACCEPT', 'REJECT' and 'ALL'.
    ///
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_type: Option<String>,
    /// The storage ID of the flow log.
    ///
    /// 流日志存储ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_id: Option<String>,
    /// The storage ID status of the flow log.
    ///
    /// 流日志存储ID状态。SUCCESS（成功），DELETED（删除）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_state: Option<String>,
    /// Order by field. Valid values: 'flowLogName' and 'createTime'. Default value: 'createTime'.
    ///
    /// 按某个字段排序,支持字段：flowLogName,createTime，默认按createTime。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// In ascending (`asc`) or descending (`desc`) order. Default value: 'desc'.
    ///
    /// 升序（ASC）还是降序（DESC）,默认：DESC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// The offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of rows per page. Default value: 10.
    ///
    /// 每页行数，默认为10。范围1-100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Filter condition. `FlowLogId` and `Filters` cannot be specified at the same time.
    ///
    /// -  `tag-key` - String - Optional - Filter by the tag key.
    ///
    /// -  `tag:tag-key` - String - Optional - Filter by the tag key-value pair. The tag-key should be replaced with a specified tag key.
    ///
    /// 过滤条件，参数不支持同时指定FlowLogId和Filters。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filter>,
    /// The region corresponding to the flow log storage ID.
    ///
    /// 流日志存储ID对应的地域信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_log_region: Option<String>,
}

impl tencent_action::Request for DescribeFlowLogsRequest {
    type Action = DescribeFlowLogs;
}

impl tencent_action::Paginated for DescribeFlowLogsRequest {
    type Item = FlowLog;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<FlowLog>> {
        page.flow_log.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_num)
    }
}

/// Queries the monitoring details of a gateway (查询网关流量监控明细): the request of `DescribeGatewayFlowMonitorDetail`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGatewayFlowMonitorDetail`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGatewayFlowMonitorDetailRequest {
    /// The point in time. This indicates details of this minute will be queried. For example, in `2019-02-28 18:15:20`, details at `18:15` will be queried.
    ///
    /// 时间点。表示要查询这分钟内的明细。如：`2019-02-28 18:15:20`，将查询 `18:15` 这一分钟内的明细。
    pub time_point: String,
    /// The instance ID of the VPN gateway, such as `vpn-ltjahce6`.
    ///
    /// VPN网关实例ID，形如：`vpn-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_id: Option<String>,
    /// The instance ID of the Direct Connect gateway, such as `dcg-ltjahce6`.
    ///
    /// 专线网关实例ID，形如：`dcg-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_id: Option<String>,
    /// The instance ID of the peering connection, such as `pcx-ltjahce6`.
    ///
    /// 对等连接实例ID，形如：`pcx-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_id: Option<String>,
    /// The instance ID of the NAT gateway, such as `nat-ltjahce6`.
    ///
    /// NAT网关实例ID，形如：`nat-ltjahce6`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// Offset.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// The order field supports `InPkg`, `OutPkg`, `InTraffic`, and `OutTraffic`.
    ///
    /// 排序字段。支持 `InPkg` `OutPkg` `InTraffic` `OutTraffic`，标准型nat额外支持 并发连接数`ConcurrentConnectionCount` 、新建连接速率`NewConnectionRate`。默认值`OutTraffic`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// Order methods. Ascending: `ASC`, Descending: `DESC`.
    ///
    /// 排序方法。顺序：`ASC`，倒序：`DESC`。默认值`DESC`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// VPC内部IPv4地址，精确匹配
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address: Option<String>,
}

impl DescribeGatewayFlowMonitorDetailRequest {
    /// The request with its required members (`TimePoint`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(time_point: impl Into<String>) -> Self {
        Self {
            time_point: time_point.into(),
            vpn_id: None,
            direct_connect_gateway_id: None,
            peering_connection_id: None,
            nat_id: None,
            offset: None,
            limit: None,
            order_field: None,
            order_direction: None,
            private_ip_address: None,
        }
    }
}

impl tencent_action::Request for DescribeGatewayFlowMonitorDetailRequest {
    type Action = DescribeGatewayFlowMonitorDetail;
}

impl tencent_action::Paginated for DescribeGatewayFlowMonitorDetailRequest {
    type Item = GatewayFlowMonitorDetail;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<GatewayFlowMonitorDetail>> {
        page.gateway_flow_monitor_detail_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the inbound IP bandwidth limit of a gateway. (查询网关来访IP流控带宽): the request of `DescribeGatewayFlowQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGatewayFlowQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGatewayFlowQosRequest {
    /// Gateway instance ID. Supported types:
    ///
    /// Direct connect gateway instance, such as `dcg-ltjahce6`;
    ///
    /// NAT gateway instance, such as `nat-ltjahce6`;
    ///
    /// VPN gateway instance, such as `vpn-ltjahce6`.
    ///
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
    /// CVM private IP addresses with limited bandwidth.
    ///
    /// 限流的云服务器内网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeGatewayFlowQosRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
            ip_addresses: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeGatewayFlowQosRequest {
    type Action = DescribeGatewayFlowQos;
}

impl tencent_action::Paginated for DescribeGatewayFlowQosRequest {
    type Item = GatewayQos;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<GatewayQos>> {
        page.gateway_qos_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询全局路由列表。: the request of `DescribeGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeGlobalRoutesRequest {
    /// 过滤条件。
    ///
    /// - global-route-id - String - （过滤条件）如全局路由唯一 Id，形如：gr-bmenrwu2。
    ///
    /// - vpc-id - String - （过滤条件）VPC唯一Id， 形如： vpc-mcqaoy0f。
    ///
    /// - gateway-id - String - （过滤条件）下一跳对象。
    ///
    /// - gateway-type - String -  是否必填：否 - （过滤条件）按下一跳类型进行过滤。支持 NORMAL_CVM
    ///
    /// - cdc-id - String - （过滤条件）CDC实例ID，形如：cluster-gbo27yc4。
    ///
    /// - description - String - （过滤条件）描述。
    ///
    /// - dest-cidr - String - （过滤条件）Ipv4目标网段。
    ///
    /// - subnet-route-algorithm - String - （过滤条件）支持的 ECMP算法有：
    ///
    /// - ECMP_QUINTUPLE_HASH：五元组hash
    ///
    /// - ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash
    ///
    /// - ECMP_DESTINATION_IP_HASH：目的IP hash
    ///
    /// - ECMP_SOURCE_IP_HASH：源IP hash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 全局路由唯一Id列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_route_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeGlobalRoutesRequest {
    type Action = DescribeGlobalRoutes;
}

impl tencent_action::Paginated for DescribeGlobalRoutesRequest {
    type Item = GlobalRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<GlobalRoute>> {
        page.global_route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the HAVIP list (查询HAVIP列表): the request of `DescribeHaVips`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHaVips`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHaVipsRequest {
    /// The unique `ID` of the `HAVIP`, such as `havip-9o233uri`.
    ///
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_ids: Option<Vec<String>>,
    /// Filter condition. `HaVipIds` and `Filters` cannot be specified at the same time.
    ///
    /// li\>havip-id - String - The unique ID of the HAVIP, such as `havip-9o233uri`.
    ///
    /// - havip-name - String - HAVIP name.
    ///
    /// - vpc-id - String - VPC ID of the HAVIP.
    ///
    /// - subnet-id - String - Subnet ID of the HAVIP.
    ///
    /// - vip - String - Virtual IP address of the HAVIP.
    ///
    /// - address-ip - String - Bound EIP.
    ///
    /// 过滤条件，参数不支持同时指定`HaVipIds`和`Filters`。
    ///
    /// - havip-id - String - `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    ///
    /// - havip-name - String - `HAVIP`名称。
    ///
    /// - vpc-id - String - `HAVIP`所在私有网络`ID`。
    ///
    /// - subnet-id - String - `HAVIP`所在子网`ID`。
    ///
    /// - vip - String - `HAVIP`的地址`VIP`。
    ///
    /// - address-ip - String - `HAVIP`绑定的弹性公网`IP`。
    ///
    /// - havip-association.instance-id - String - `HAVIP`绑定的子机或网卡。
    ///
    /// - havip-association.instance-type - String - `HAVIP`绑定的类型，取值:CVM, ENI。
    ///
    /// - check-associate - Bool - 是否开启HaVip飘移时校验绑定的子机或网卡。
    ///
    /// - cdc-id - String - CDC实例ID。
    ///
    /// - type- String - HAVIP类型。取值: NORMAL(普通); GWLB(网关负载均衡); OPTIMIZATION(优化模式)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeHaVipsRequest {
    type Action = DescribeHaVips;
}

impl tencent_action::Paginated for DescribeHaVipsRequest {
    type Item = HaVip;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<HaVip>> {
        page.ha_vip_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询高优路由表: the request of `DescribeHighPriorityRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHighPriorityRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHighPriorityRouteTablesRequest {
    /// 过滤条件，参数不支持同时指定HighPriorityRouteTableIds和Filters。
    ///
    /// - high-priority-route-table-id - String - （过滤条件）高优路由表实例ID。
    ///
    /// - name - String - （过滤条件）高优路由表名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - tag-key - String -是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - next-hop-type - String - 是否必填：否 - （过滤条件）按下一跳类型进行过滤。使用next-hop-type进行过滤时，必须同时携带route-table-id与vpc-id。
    ///
    /// 目前我们支持的类型有：
    ///
    /// HAVIP：高可用虚拟IP；
    ///
    /// NORMAL_CVM：普通云服务器；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 高优路由表实例ID，例如：hprtb-18mot1fm。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_table_ids: Option<Vec<String>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否需要获取路由策略信息，默认获取，当控制台不需要拉取路由策略信息时，改为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_router_info: Option<bool>,
}

impl tencent_action::Request for DescribeHighPriorityRouteTablesRequest {
    type Action = DescribeHighPriorityRouteTables;
}

/// 查询高优路由表条目: the request of `DescribeHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    ///
    /// - subnet-route-algorithm - String - （过滤条件）现在支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    ///
    /// - is-cdc - String - （过滤条件）CDC属性高优路由表。
    ///
    /// - cdc-id - String - （过滤条件）CDC 集群唯一 ID 。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(high_priority_route_table_id: impl Into<String>) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeHighPriorityRoutesRequest {
    type Action = DescribeHighPriorityRoutes;
}

impl tencent_action::Paginated for DescribeHighPriorityRoutesRequest {
    type Item = HighPriorityRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<HighPriorityRoute>> {
        page.high_priority_route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the EIPv6 list (查询弹性公网IPv6列表): the request of `DescribeIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIPv6AddressesRequest {
    /// Unique ID column identifying IPv6.
    ///
    /// - Unique ID of the traditional EIPv6, such as `eip-11112222`
    ///
    /// - Unique ID of the EIPv6, such as `eipv6-11112222`
    ///
    /// Note: `IPv6AddressIds` and `Filters` cannot be specified at the same time.
    ///
    /// 标识 IPv6 的唯一 ID 列。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    ///
    /// - 传统弹性公网 IPv6 唯一 ID 形如：`eip-11112222`
    ///
    /// - 弹性公网 IPv6 唯一 ID 形如：`eipv6-11112222`
    ///
    /// 注意：参数不支持同时指定`IPv6AddressIds`和`Filters`。
    #[serde(rename = "IPv6AddressIds", default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_ids: Option<Vec<String>>,
    /// Each request can have up to 10 `Filters` and 100 `Filter.Values`. `IPv6AddressIds` and `Filters` cannot be specified at the same time. The detailed filter conditions are as follows:
    ///
    /// - address-id - String - Required: No - (Filter condition) Filter by the unique ID of the EIPv6.
    ///
    /// - public-ipv6-address - String - Required: No - (Filter condition) Filter by the public IPv6 address.
    ///
    /// - network-interface-id - String - Required: No - (Filter condition) Filter by the unique ID of the ENI.
    ///
    /// - instance-id - String - Required: No - (Filter condition) Filter by the unique ID of the bound instance.
    ///
    /// - charge-type - String - Required: No - (Filter condition) Filter by the billing type.
    ///
    /// - private-ipv6-address - String - Required: No - (Filter condition) Filter by the bound private IPv6 address.
    ///
    /// - egress - String - Required: No - (Filter condition) Filter by the egress.
    ///
    /// - address-type - String - Required: No - (Filter condition) Filter by the IPv6 type. Valid values: 'EIP6', 'EIPv6', 'WanIPv6', and 'HighQualityEIPv6'. Default: 'EIPv6'.
    ///
    /// - address-isp - String - Required: No - (Filter condition) Filter by the ISP type. Valid values: 'BGP', 'CMCC', 'CUCC', and 'CTCC'.
    ///
    /// - address-status - String - Required: No - (Filter condition) Filter by the EIP status. Valid values: 'CREATING', 'BINDING', 'BIND', 'UNBINDING', 'UNBIND', 'OFFLINING', 'BIND_ENI', and 'PRIVATE'.
    ///
    /// - address-name - String - Required: No - (Filter condition) Filter by the EIP name. Fuzzy filtering is not supported.
    ///
    /// - tag-key - String - Required: No - (Filter condition) Filter by the tag key.
    ///
    /// - tag-value - String - Required: No - (Filter condition) Filter by the tag value.
    ///
    /// - tag:tag-key - String - Required: No - (Filter condition) Filter by the tag-key - value pair. Replace tag-key with a specific tag key.
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。参数不支持同时指定`IPv6AddressIds`和`Filters`。详细的过滤条件如下：
    ///
    /// - address-id - String - 是否必填：否 - （过滤条件）按照弹性公网IPv6的唯一ID过滤。
    ///
    /// - public-ipv6-address - String - 是否必填：否 - （过滤条件）按照公网 IPv6 的 IP 地址过滤。
    ///
    /// - network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。
    ///
    /// - instance-id - String - 是否必填：否 - （过滤条件）按照绑定实例的唯一ID过滤。
    ///
    /// - charge-type - String - 是否必填：否 - （过滤条件）按照计费类型过滤。
    ///
    /// - private-ipv6-address - String - 是否必填：否 - （过滤条件）按照绑定的内网 IPv6 地址过滤。
    ///
    /// - egress - String - 是否必填：否 - （过滤条件）按照出口过滤。
    ///
    /// - address-type - String - 是否必填：否 - （过滤条件）按照IPv6类型 进行过滤。可选值：'EIP6'：传统弹性公网 IPv6，'EIPv6'：弹性公网 IPv6，'WanIPv6'：普通公网 IPv6，'HighQualityEIPv6'：精品弹性公网 IPv6。默认值是'EIPv6'。
    ///
    /// - address-isp - String - 是否必填：否 - （过滤条件）按照 运营商类型 进行过滤。可选值：'BGP'：常规BGP，'CMCC'：移动，'CUCC'：联通, 'CTCC'：电信。
    ///
    /// - address-status - String - 是否必填：否 - （过滤条件）按照 EIP 的状态过滤。状态包含：'CREATING'：创建中，'BINDING'：绑定中，'BIND'：已绑，'UNBINDING'：解绑中，'UNBIND'：未绑定，'OFFLINING'：下线中，'BIND_ENI'：绑定了ENI，'PRIVATE'：仅开通内网的IPv6。
    ///
    /// - address-name - String - 是否必填：否 - （过滤条件）按照 EIP 名称过滤。不支持模糊过滤。
    ///
    /// - tag-key - String - 是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - tag-value - String - 是否必填：否 - （过滤条件）按照标签值进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Indicates whether to query the traditional IPv6 address information.
    ///
    /// 是否查询传统型IPv6地址信息。可选值：
    ///
    /// - True：查询传统型IPv6地址信息
    ///
    /// - False：不查询传统型IPv6地址信息
    ///
    /// 默认值：False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traditional: Option<bool>,
    /// Offset. Default: 0. For more information on Offset, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Number of returned results. Default: 20. Maximum: 100. For more information on Limit, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 返回数量，默认为20，最大值为100。关于Limit的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIPv6AddressesRequest {
    type Action = DescribeIPv6Addresses;
}

impl tencent_action::Paginated for DescribeIPv6AddressesRequest {
    type Item = Address;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Address>> {
        page.address_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries whether a specified cvm supports jumbo frames (查询指定云服务器是否支持巨帧): the request of `DescribeInstanceJumbo`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeInstanceJumbo`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeInstanceJumboRequest {
    /// Instance ID list of CVM. limits up to 10 instances for each query.
    ///
    /// CVM实例ID列表。限制每次i最多查询10个实例。
    pub instance_ids: Vec<String>,
}

impl DescribeInstanceJumboRequest {
    /// The request with its required members (`InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeInstanceJumboRequest {
    type Action = DescribeInstanceJumbo;
}

/// Queries the list of classic elastic public IPv6 instances (查询传统弹性公网IPv6列表): the request of `DescribeIp6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6Addresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6AddressesRequest {
    /// List of unique IDs that identify IPv6 instances. The unique ID of an IPv6 instance is in the format of `eip-11112222`. Parameters `Ip6AddressIds` and `Filters` cannot be specified at the same time.
    ///
    /// 标识 IPv6 的唯一 ID 列表。IPv6 唯一 ID 形如：`eip-11112222`。参数不支持同时指定`Ip6AddressIds`和`Filters`。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
    /// Each request can have up to 10 `Filters` values and 100 `Filter.Values` values. Parameters `AddressIds` and `Filters` cannot be specified at the same time. The specific filter conditions are as follows:
    ///
    /// - address-ip - String - Required: No - (Filter condition) Filter by the IP address of IPv6 instances.
    ///
    /// - network-interface-id - String - Required: No - (Filter condition) Filter by the unique ID of ENIs.
    ///
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为100。参数不支持同时指定`AddressIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  address-ip - String - 是否必填：否 - （过滤条件）按照 IPv6 的 IP 地址过滤。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询address-ip。
    ///
    /// -  network-interface-id - String - 是否必填：否 - （过滤条件）按照弹性网卡的唯一ID过滤。可以使用[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口查询network-interface-id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0. For more information on `Offset`, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant section in the API [Introduction](https://www.tencentcloud.com/document/api/213/15688).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIp6AddressesRequest {
    type Action = DescribeIp6Addresses;
}

impl tencent_action::Paginated for DescribeIp6AddressesRequest {
    type Item = Address;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Address>> {
        page.address_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询账户在指定地域IPV6转换实例和规则的配额: the request of `DescribeIp6TranslatorQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6TranslatorQuota`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6TranslatorQuotaRequest {
    /// 待查询IPV6转换实例的唯一ID列表，形如ip6-xxxxxxxx
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeIp6TranslatorQuotaRequest {
    type Action = DescribeIp6TranslatorQuota;
}

/// 查询IPV6转换实例及其绑定规则信息: the request of `DescribeIp6Translators`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIp6Translators`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIp6TranslatorsRequest {
    /// IPV6转换实例唯一ID数组，形如ip6-xxxxxxxx
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_ids: Option<Vec<String>>,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。参数不支持同时指定`Ip6TranslatorIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  ip6-translator-id - String - 是否必填：否 - （过滤条件）按照IPV6转换实例的唯一ID过滤,形如ip6-xxxxxxx。
    ///
    /// -  ip6-translator-vip6 - String - 是否必填：否 - （过滤条件）按照IPV6地址过滤。不支持模糊过滤。
    ///
    /// -  ip6-translator-name - String - 是否必填：否 - （过滤条件）按照IPV6转换实例名称过滤。不支持模糊过滤。
    ///
    /// -  ip6-translator-status - String - 是否必填：否 - （过滤条件）按照IPV6转换实例的状态过滤。状态取值范围为"CREATING","RUNNING","DELETING","MODIFYING"。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeIp6TranslatorsRequest {
    type Action = DescribeIp6Translators;
}

impl tencent_action::Paginated for DescribeIp6TranslatorsRequest {
    type Item = Ip6Translator;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Ip6Translator>> {
        page.ip6_translator_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Obtains the download link of an IP location database (获取IP地理位置库下载链接): the request of `DescribeIpGeolocationDatabaseUrl`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIpGeolocationDatabaseUrl`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIpGeolocationDatabaseUrlRequest {
    /// Protocol type for an IP location database. Valid value: `ipv4`.
    ///
    /// IP地理位置库协议类型，目前仅支持"ipv4"。
    pub r#type: String,
}

impl DescribeIpGeolocationDatabaseUrlRequest {
    /// The request with its required members (`Type`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(r#type: impl Into<String>) -> Self {
        Self { r#type: r#type.into() }
    }
}

impl tencent_action::Request for DescribeIpGeolocationDatabaseUrlRequest {
    type Action = DescribeIpGeolocationDatabaseUrl;
}

/// Queries IP location (查询IP地理位置信息): the request of `DescribeIpGeolocationInfos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeIpGeolocationInfos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeIpGeolocationInfosRequest {
    /// The list of IP addresses (only IPv4 addresses are available currently) to be queried; upper limit: 100
    ///
    /// 需查询的IP地址列表，目前仅支持IPv4地址。查询的IP地址数量上限为100个。
    pub address_ips: Vec<String>,
    /// Fields of the IP addresses to be queried.
    ///
    /// 需查询的IP地址的字段信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IpField>,
}

impl DescribeIpGeolocationInfosRequest {
    /// The request with its required members (`AddressIps`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ips: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ips: address_ips.into_iter().map(Into::into).collect(),
            fields: None,
        }
    }
}

impl tencent_action::Request for DescribeIpGeolocationInfosRequest {
    type Action = DescribeIpGeolocationInfos;
}

/// Queries local gateways (查询本地网关): the request of `DescribeLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeLocalGateway`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeLocalGatewayRequest {
    /// Query criteria:
    ///
    /// vpc-id: filter by VPC ID; local-gateway-name: filter by local gateway name (fuzzy search is supported); local-gateway-id: filter by local gateway instance ID; cdc-id: filter by CDC instance ID.
    ///
    /// 支持的过滤条件如下:
    ///
    /// - vpc-id:按照VPCID过滤。
    ///
    /// - local-gateway-name:本地网关名称,支持模糊查询。
    ///
    /// - local-gateway-id:本地网关实例ID。
    ///
    /// - cdc-id:cdc实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default value: 0. For more information on `Offset`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/11646?from_cn_redirect=1).
    ///
    /// 偏移量，默认为0。关于`Offset`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The number of returned results. Default value: 20. Maximum value: 100. For more information on `Limit`, see the relevant sections in API [Introduction](https://intl.cloud.tencent.com/document/api/213/11646?from_cn_redirect=1).
    ///
    /// 返回数量，默认为20，最大值为100。关于`Limit`的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/11646)中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl tencent_action::Request for DescribeLocalGatewayRequest {
    type Action = DescribeLocalGateway;
}

impl tencent_action::Paginated for DescribeLocalGatewayRequest {
    type Item = LocalGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<LocalGateway>> {
        page.local_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the port forwarding rule of a NAT gateway (查询NAT网关端口转发规则): the request of `DescribeNatGatewayDestinationIpPortTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayDestinationIpPortTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// NAT gateway ID.
    ///
    /// NAT网关ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// Filters:
    ///
    /// `NatGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// -  `nat-gateway-id`: The NAT gateway ID, such as `nat-0yi4hekt`.
    ///
    /// -  `vpc-id`: The VPC ID, such as `vpc-0yi4hekt`.
    ///
    /// -  `public-ip-address`: The EIP, such as `139.199.232.238`.
    ///
    /// - `public-port`: The public network port.
    ///
    /// - `private-ip-address`: The private IP, such as `10.0.0.1`.
    ///
    /// - `private-port`. The private network port.
    ///
    /// - `description`. The rule description.
    ///
    /// 过滤条件:
    ///
    /// 参数不支持同时指定NatGatewayIds和Filters。每次请求的Filters的上限为10，Filter.Values的上限为5
    ///
    /// -  nat-gateway-id，NAT网关的ID，如`nat-0yi4hekt`
    ///
    /// -  vpc-id，私有网络VPC的ID，如`vpc-0yi4hekt`
    ///
    /// -  public-ip-address， 弹性IP，如`139.199.232.238`。
    ///
    /// - public-port， 公网端口。
    ///
    /// - private-ip-address， 内网IP，如`10.0.0.1`。
    ///
    /// - private-port， 内网端口。
    ///
    /// - description，规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request
for DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Action = DescribeNatGatewayDestinationIpPortTranslationNatRules;
}

impl tencent_action::Paginated
for DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Item = NatGatewayDestinationIpPortTranslationNatRule;
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
    fn items(
        page: &mut Self::Action,
    ) -> Option<&mut Vec<NatGatewayDestinationIpPortTranslationNatRule>> {
        page.nat_gateway_destination_ip_port_translation_nat_rule_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the routes between a NAT gateway and Direct Connect (查询专线绑定NAT路由): the request of `DescribeNatGatewayDirectConnectGatewayRoute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayDirectConnectGatewayRoute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayDirectConnectGatewayRouteRequest {
    /// Unique ID of the NAT gateway
    ///
    /// nat的唯一标识
    pub nat_gateway_id: String,
    /// Unique ID of VPC
    ///
    /// vpc的唯一标识
    pub vpc_id: String,
    /// Valid range: 0-200
    ///
    /// 查询NAT网关绑定的路由数量，可选值0-200，默认为10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Greater than 0
    ///
    /// 数据偏移量，默认为0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

impl DescribeNatGatewayDirectConnectGatewayRouteRequest {
    /// The request with its required members (`NatGatewayId`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>, vpc_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            vpc_id: vpc_id.into(),
            limit: None,
            offset: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewayDirectConnectGatewayRouteRequest {
    type Action = DescribeNatGatewayDirectConnectGatewayRoute;
}

impl tencent_action::Paginated for DescribeNatGatewayDirectConnectGatewayRouteRequest {
    type Item = NatDirectConnectGatewayRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NatDirectConnectGatewayRoute>> {
        page.nat_direct_connect_gateway_route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total)
    }
}

/// 查询nat网关流控明细: the request of `DescribeNatGatewayFlowMonitorDetail`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayFlowMonitorDetail`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayFlowMonitorDetailRequest {
    /// 时间点。表示要查询的时刻。聚合粒度为60、300时，会查询最近一个整分钟开始的聚合周期；聚合粒度为3600时，会查询最近一个整点开始的聚合周期；聚合粒度为86400时，会查询最近一个整天开始的聚合周期。形如：`2019-03-24T10:51:23+08:00`。
    pub time_point: String,
    /// NAT网关的ID，形如：`nat-ig8xpno8`。
    pub nat_gateway_id: String,
    /// 展示排序靠前的数据。默认值：10，表示默认展示排序前 10 的数据。最大值：100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_n: Option<i64>,
    /// 排序字段。支持：入包量`InPkg`、出包量`OutPkg`、入流量`InTraffic`、出流量`OutTraffic`，标准型nat额外支持 并发连接数`ConcurrentConnectionCount` 、新建连接速率`NewConnectionRate`。默认值`OutTraffic`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 聚合时间粒度。支持：60、300、3600、86400，即按照1分钟、5分钟、1小时、1天进行聚合查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregation_time_range: Option<i64>,
    /// 是否查询全部指标。默认值：True，表示查询全部指标。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_metric_mode: Option<bool>,
}

impl DescribeNatGatewayFlowMonitorDetailRequest {
    /// The request with its required members (`TimePoint`, `NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        time_point: impl Into<String>,
        nat_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            time_point: time_point.into(),
            nat_gateway_id: nat_gateway_id.into(),
            top_n: None,
            order_field: None,
            aggregation_time_range: None,
            all_metric_mode: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewayFlowMonitorDetailRequest {
    type Action = DescribeNatGatewayFlowMonitorDetail;
}

/// Queries a NAT gateway's SNAT forwarding rules (查询NAT网关SNAT转发规则): the request of `DescribeNatGatewaySourceIpTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewaySourceIpTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /// The unique ID of the NAT Gateway, such as `nat-123xx454`.
    ///
    /// NAT网关统一 ID，形如：`nat-123xx454`。
    pub nat_gateway_id: String,
    /// Filter:
    ///
    /// - `resource-id`: The subnet ID (such as `subnet-0yi4hekt`) or CVM ID
    ///
    /// - `public-ip-address`: The EIP, such as `139.199.232.238`
    ///
    /// - `description` The rule description
    ///
    /// 过滤条件:
    ///
    /// -  resource-id，Subnet的ID或者Cvm ID，如`subnet-0yi4hekt`
    ///
    /// -  public-ip-address，弹性IP，如`139.199.232.238`
    ///
    /// - description，规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    type Action = DescribeNatGatewaySourceIpTranslationNatRules;
}

impl tencent_action::Paginated for DescribeNatGatewaySourceIpTranslationNatRulesRequest {
    type Item = SourceIpTranslationNatRule;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SourceIpTranslationNatRule>> {
        page.source_ip_translation_nat_rule_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询NAT网关可售卖的可用区信息: the request of `DescribeNatGatewayZones`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGatewayZones`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewayZonesRequest {}

impl tencent_action::Request for DescribeNatGatewayZonesRequest {
    type Action = DescribeNatGatewayZones;
}

/// Queries NAT gateways (查询NAT网关): the request of `DescribeNatGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNatGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNatGatewaysRequest {
    /// The unified ID of the NAT gateways, such as `nat-123xx454`.
    ///
    /// NAT网关统一 ID，形如：`nat-123xx454`。每次请求的实例上限为100。参数不支持同时指定NatGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// Filters. `NatGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// - nat-gateway-id - String - (Filter) The ID of the protocol port template instance, such as `nat-123xx454`.
    ///
    /// - vpc-id - String - (Filter) The unique ID of the VPC, such as `vpc-123xx454`.
    ///
    /// - nat-gateway-name - String - (Filter) The ID of the protocol port template instance, such as `test_nat`.
    ///
    /// - tag-key - String - (Filter) The tag key, such as `test-key`.
    ///
    /// 过滤条件，参数不支持同时指定NatGatewayIds和Filters。每次请求的Filters的上限为10，Filter.Values的上限为5。
    ///
    /// - nat-gateway-id - String - （过滤条件）NAT实例ID，形如：`nat-123xx454`。
    ///
    /// - vpc-id - String - （过滤条件）私有网络 唯一ID，形如：`vpc-123xx454`。
    ///
    /// - nat-gateway-name - String - （过滤条件）协议端口模板实例名称，形如：`test_nat`。
    ///
    /// - tag-key - String - （过滤条件）标签键，形如：`test-key`。
    ///
    /// - nat-state - String - （过滤条件）NAT实例当前状态，形如：`AVAILABLE`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNatGatewaysRequest {
    type Action = DescribeNatGateways;
}

impl tencent_action::Paginated for DescribeNatGatewaysRequest {
    type Item = NatGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NatGateway>> {
        page.nat_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// DescribeNetDetectStates (查询网络探测验证结果列表): the request of `DescribeNetDetectStates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetDetectStates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetDetectStatesRequest {
    /// The array of network probe IDs, such as \[`netd-12345678`\].
    ///
    /// 网络探测实例`ID`数组。形如：\[`netd-12345678`\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ids: Option<Vec<String>>,
    /// Filter conditions. `NetDetectIds` and `Filters` cannot be specified at the same time.
    ///
    /// - `net-detect-id` - String - The network probe ID, such as `netd-12345678`.
    ///
    /// 过滤条件，参数不支持同时指定NetDetectIds和Filters。
    ///
    /// - net-detect-id - String - （过滤条件）网络探测实例ID，形如：netd-12345678。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of returned values. Default: 20. Maximum: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetDetectStatesRequest {
    type Action = DescribeNetDetectStates;
}

impl tencent_action::Paginated for DescribeNetDetectStatesRequest {
    type Item = NetDetectState;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NetDetectState>> {
        page.net_detect_state_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// DescribeNetDetects (查询网络探测列表): the request of `DescribeNetDetects`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetDetects`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetDetectsRequest {
    /// The array of network probe IDs, such as \[`netd-12345678`\].
    ///
    /// 网络探测实例`ID`数组。形如：\[`netd-12345678`\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ids: Option<Vec<String>>,
    /// Filter conditions. `NetDetectIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - (Filter condition) The VPC instance ID, such as vpc-12345678.
    ///
    /// - net-detect-id - String - (Filter condition) The network detection instance ID, such as netd-12345678.
    ///
    /// - subnet-id - String - (Filter condition) The subnet instance ID, such as subnet-12345678.
    ///
    /// - net-detect-name - String - (Filter condition) The network detection name.
    ///
    /// 过滤条件，参数不支持同时指定NetDetectIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-12345678
    ///
    /// - net-detect-id - String - （过滤条件）网络探测实例ID，形如：netd-12345678
    ///
    /// - subnet-id - String - （过滤条件）子网实例ID，形如：subnet-12345678
    ///
    /// - net-detect-name - String - （过滤条件）网络探测名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of returned values. Default: 20. Maximum: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetDetectsRequest {
    type Action = DescribeNetDetects;
}

impl tencent_action::Paginated for DescribeNetDetectsRequest {
    type Item = NetDetect;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NetDetect>> {
        page.net_detect_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询用户网络类型: the request of `DescribeNetworkAccountType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAccountType`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAccountTypeRequest {}

impl tencent_action::Request for DescribeNetworkAccountTypeRequest {
    type Action = DescribeNetworkAccountType;
}

/// Queries the list of the network ACL quintuple entries (分页查询网络ACL五元组条目列表): the request of `DescribeNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAclQuintupleEntriesRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。形如：acl-12345678。
    pub network_acl_id: String,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Returned quantity. Default: 20. Value range: 1-100.
    ///
    /// 返回数量，默认为20，最小值为1，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Filter condition. `HaVipIds` and `Filters` cannot be specified at the same time.
    ///
    /// - `protocol` - String - Such as `TCP`
    ///
    /// - `description` - String - Description
    ///
    /// - `destination-cidr` - String - Destination CIDR block, such as `192.168.0.0/24`
    ///
    /// - `source-cidr` - String - Source CIDR block, such as `192.168.0.0/24`
    ///
    /// - `action` - String - ·Values: `ACCEPT`, `DROP`
    ///
    /// - `network-acl-quintuple-entry-id` - String - Unique ID of the quintuple, such as `acli45-ahnu4rv5`
    ///
    /// - `network-acl-direction` - String - Direction of the policy. Values: `INGRESS` or `EGRESS`.
    ///
    /// 过滤条件，参数不支持同时指定`NetworkAclId`和`Filters`。
    ///
    /// - protocol - String - 协议，形如：`TCP`。
    ///
    /// - description - String - 描述。
    ///
    /// - destination-cidr - String - 目的CIDR， 形如：'192.168.0.0/24'。
    ///
    /// - source-cidr- String - 源CIDR， 形如：'192.168.0.0/24'。
    ///
    /// - action - String - 动作，形如ACCEPT或DROP。
    ///
    /// - network-acl-quintuple-entry-id - String - 五元组唯一ID，形如：'acli45-ahnu4rv5'。
    ///
    /// - network-acl-direction - String - 方向，形如：'INGRESS'或'EGRESS'。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            offset: None,
            limit: None,
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeNetworkAclQuintupleEntriesRequest {
    type Action = DescribeNetworkAclQuintupleEntries;
}

impl tencent_action::Paginated for DescribeNetworkAclQuintupleEntriesRequest {
    type Item = NetworkAclQuintupleEntry;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NetworkAclQuintupleEntry>> {
        page.network_acl_quintuple_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries a list of network ACLs (查询网络ACL列表): the request of `DescribeNetworkAcls`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkAcls`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkAclsRequest {
    /// Filter condition. `NetworkAclIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as vpc-12345678.
    ///
    /// - network-acl-id - String - (Filter condition) Network ACL instance ID, such as acl-12345678.
    ///
    /// - network-acl-name - String - (Filter condition) Network ACL instance name.
    ///
    /// 过滤条件，参数不支持同时指定NetworkAclIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-12345678。
    ///
    /// - network-acl-id - String - （过滤条件）网络ACL实例ID，形如：acl-12345678。
    ///
    /// - network-acl-name - String - （过滤条件）网络ACL实例名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Array of network ACL instance IDs, such as \[acl-12345678\]. Up to 100 instances are allowed for each request. This parameter does not support specifying `NetworkAclIds` and `Filters` at the same time.
    ///
    /// 网络ACL实例ID数组。形如：\[acl-12345678\]。每次请求的实例的上限为100。参数不支持同时指定NetworkAclIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_ids: Option<Vec<String>>,
    /// Offset. Default: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Returned quantity. Default: 20. Value range: 1-100.
    ///
    /// 返回数量，默认为20，最小值为1，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。支持：NetworkAclId,NetworkAclName,CreatedTime,ModifyTime
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。顺序：ASC，倒序：DESC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeNetworkAclsRequest {
    type Action = DescribeNetworkAcls;
}

impl tencent_action::Paginated for DescribeNetworkAclsRequest {
    type Item = NetworkAcl;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NetworkAcl>> {
        page.network_acl_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// DescribeNetworkInterfaceLimit (查询弹性网卡配额): the request of `DescribeNetworkInterfaceLimit`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkInterfaceLimit`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkInterfaceLimitRequest {
    /// ID of a CVM instance or ENI to query
    ///
    /// 要查询的CVM实例ID或弹性网卡ID。
    pub instance_id: String,
}

impl DescribeNetworkInterfaceLimitRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeNetworkInterfaceLimitRequest {
    type Action = DescribeNetworkInterfaceLimit;
}

/// Queries the ENI list (查询弹性网卡列表): the request of `DescribeNetworkInterfaces`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeNetworkInterfaces`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeNetworkInterfacesRequest {
    /// Queries the ID of the ENI instance, such as `eni-pxir56ns`. Each request can have a maximum of 100 instances. `NetworkInterfaceIds` and `Filters` cannot be specified at the same time.
    ///
    /// 弹性网卡实例ID查询。形如：eni-pxir56ns。每次请求的实例的上限为100。参数不支持同时指定NetworkInterfaceIds和Filters。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_ids: Option<Vec<String>>,
    /// Filter. `NetworkInterfaceIds` and `Filters` cannot be specified at the same time.
    ///
    /// - `vpc-id` - String - VPC ID, such as `vpc-f49l6u0z`.
    ///
    /// - `subnet-id` - String - Subnet ID, such as `subnet-f49l6u0z`.
    ///
    /// - `network-interface-id` - String - ENI ID, such as `eni-5k56k7k7`.
    ///
    /// - `attachment.instance-id` - String - ID of the bound CVM instance, such as `ins-3nqpdn3i`.
    ///
    /// - `groups.security-group-id` - String - ID of the bound security group, such as `sg-f9ekbxeq`.
    ///
    /// - `network-interface-name` - String - ENI instance name.
    ///
    /// - `network-interface-description` - String - ENI instance description.
    ///
    /// - `address-ip` - String - Private IPv4 address. A single IP will be fuzzily matched with the suffix, while multiple IPs will be exactly matched. It can be used with `ip-exact-match` to query and exactly match a single IP.
    ///
    /// - `ip-exact-match` - Boolean - Exact match by private IPv4 address. The first value will be returned if multiple values are found.
    ///
    /// - `tag-key` - String - Optional - Tag key. See Example 2 to learn more details.
    ///
    /// - `tag:tag-key` - String - Optional - Tag key-value pair. The `tag-key` should be replaced with a specific tag key. See Example 2 to learn more details.
    ///
    /// - `is-primary` - Boolean - Optional - Filter based on whether it is a primary ENI. Values: `true`, `false`. If this parameter is not specified, filter the both.
    ///
    /// - `eni-type` - String - Optional - Filter by ENI type. Values: `0` (Secondary ENI), `1` (Primary ENI), `2` (Relayed ENI)
    ///
    /// - `eni-qos` - String - Optional - Filter by ENI service level. Values: `AG` (Bronze), `AU` (Silver)
    ///
    /// - `address-ipv6` - String - Optional - Filter by private IPv6 address. Multiple IPv6 addresses can be used for query. If this field is used together with `address-ip`, their intersection will be used.
    ///
    /// - `public-address-ip` - String - Public IPv4 address. It supports exact matching.
    ///
    /// 过滤条件，参数不支持同时指定NetworkInterfaceIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。可通过可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    ///
    /// - subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。可通过[DescribeSubnets](https://cloud.tencent.com/document/product/215/15784)接口获取。
    ///
    /// - network-interface-id - String - （过滤条件）弹性网卡实例ID，形如：eni-5k56k7k7。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    ///
    /// - attachment.instance-id - String - （过滤条件）绑定的云服务器实例ID，形如：ins-3nqpdn3i。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    ///
    /// - groups.security-group-id - String - （过滤条件）绑定的安全组实例ID，例如：sg-f9ekbxeq。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    ///
    /// - network-interface-name - String - （过滤条件）网卡实例名称。
    ///
    /// - network-interface-description - String - （过滤条件）网卡实例描述。
    ///
    /// - address-ip - String - （过滤条件）内网IPv4地址，单IP后缀模糊匹配，多IP精确匹配。可以与`ip-exact-match`配合做单IP的精确匹配查询。
    ///
    /// - ip-exact-match - Boolean - （过滤条件）内网IPv4精确匹配查询，存在多值情况，只取第一个。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。使用请参考示例2
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - is-primary - Boolean - 是否必填：否 - （过滤条件）按照是否主网卡进行过滤。值为true时，仅过滤主网卡；值为false时，仅过滤辅助网卡；此过滤参数未提供时，同时过滤主网卡和辅助网卡。
    ///
    /// - eni-type - String -是否必填：否- （过滤条件）按照网卡类型进行过滤。“0”-辅助网卡，“1”-主网卡，“2”：中继网卡。
    ///
    /// - eni-qos - String -是否必填：否- （过滤条件）按照网卡服务质量进行过滤。PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    ///
    /// - address-ipv6 - String - 是否必填：否 -（过滤条件）内网IPv6地址过滤，支持多ipv6地址查询，如果和address-ip一起使用取交集。
    ///
    /// - public-address-ip - String - （过滤条件）公网IPv4地址，精确匹配。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    ///
    /// - termination-protection - String - 删除保护。取值: true; false。
    ///
    /// - traffic-protection - String - 流量保护。取值: true; false。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeNetworkInterfacesRequest {
    type Action = DescribeNetworkInterfaces;
}

impl tencent_action::Paginated for DescribeNetworkInterfacesRequest {
    type Item = NetworkInterface;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<NetworkInterface>> {
        page.network_interface_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询私网NAT网关目的端口转换规则: the request of `DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayDestinationIpPortTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// 私网网关唯一`ID`，形如"intranat-xxxxxxxx)
    pub nat_gateway_id: String,
    /// 过滤条件，Name可选值：OriginalIp、TranslationIp、OriginalPort、TranslationPort、Protocol、Description，分别表示映射前IP、映射后IP、映射前端口、映射后端口、协议类型、描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request
for DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Action = DescribePrivateNatGatewayDestinationIpPortTranslationNatRules;
}

impl tencent_action::Paginated
for DescribePrivateNatGatewayDestinationIpPortTranslationNatRulesRequest {
    type Item = PrivateNatDestinationIpPortTranslationNatRule;
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
    fn items(
        page: &mut Self::Action,
    ) -> Option<&mut Vec<PrivateNatDestinationIpPortTranslationNatRule>> {
        page.local_destination_ip_port_translation_nat_rule_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询可创建的私网NAT网关配额数量: the request of `DescribePrivateNatGatewayLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayLimitsRequest {
    /// 查询VPC下可创建的私网网关配额数量，可选值：
    ///
    /// - VpcId - String - 所在VpcId
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribePrivateNatGatewayLimitsRequest {
    type Action = DescribePrivateNatGatewayLimits;
}

impl tencent_action::Paginated for DescribePrivateNatGatewayLimitsRequest {
    type Item = PrivateNatGatewayLimit;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<PrivateNatGatewayLimit>> {
        page.private_nat_gateway_limit_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询私网NAT网关可支持地域: the request of `DescribePrivateNatGatewayRegions`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayRegions`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayRegionsRequest {}

impl tencent_action::Request for DescribePrivateNatGatewayRegionsRequest {
    type Action = DescribePrivateNatGatewayRegions;
}

/// 查询私网NAT网关源端转换访问控制规则: the request of `DescribePrivateNatGatewayTranslationAclRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayTranslationAclRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayTranslationAclRulesRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值LOCAL。
    pub translation_direction: String,
    /// 转换规则类型，可选值NETWORK_LAYER、TRANSPORT_LAYER。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
    /// 偏移量。默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数目，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// ACL规则描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 过滤条件。
    ///
    /// - AclRuleId - Integer - ACL规则ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribePrivateNatGatewayTranslationAclRulesRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            original_ip: None,
            offset: None,
            limit: None,
            description: None,
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribePrivateNatGatewayTranslationAclRulesRequest {
    type Action = DescribePrivateNatGatewayTranslationAclRules;
}

impl tencent_action::Paginated for DescribePrivateNatGatewayTranslationAclRulesRequest {
    type Item = TranslationAclRule;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<TranslationAclRule>> {
        page.translation_acl_rule_set.as_mut()
    }
}

/// 查询私网NAT网关源端转换规则: the request of `DescribePrivateNatGatewayTranslationNatRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGatewayTranslationNatRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewayTranslationNatRulesRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 过滤条件。
    ///
    /// - OriginalIp - String - 转换规则源`IP`。
    ///
    /// - TranslationIp - String - 转换`IP`。
    ///
    /// - VpcId - String - 私网网关所在`VpcId`。
    ///
    /// - Description - String - 转换规则描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量。默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribePrivateNatGatewayTranslationNatRulesRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribePrivateNatGatewayTranslationNatRulesRequest {
    type Action = DescribePrivateNatGatewayTranslationNatRules;
}

impl tencent_action::Paginated for DescribePrivateNatGatewayTranslationNatRulesRequest {
    type Item = TranslationNatRule;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<TranslationNatRule>> {
        page.translation_nat_rule_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询私网NAT网关: the request of `DescribePrivateNatGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribePrivateNatGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePrivateNatGatewaysRequest {
    /// 私网网关唯一`ID`，形如：`intranat-0g3blj80`。
    ///
    /// 注意：NatGatewayIds和Filters参数互斥，不能同时传入。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_ids: Option<Vec<String>>,
    /// 过滤条件。
    ///
    /// - NatGatewayId - String - 私网网关唯一`ID`，形如：`intranat-0g3blj80`。
    ///
    /// - NatGatewayName - String - 专线网关名称，默认模糊查询。
    ///
    /// - VpcId - String - 私网网关所在`VpcId`。
    ///
    /// - TagKey - Tag数组 - 私网网关标签键值对数组
    ///
    /// - intranat-status - String - （过滤条件）NAT实例当前状态，形如：`AVAILABLE`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 排序字段。可选值：NatGatewayId、NatGatewayName、CreatedTime。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方式。可选值：ASC、DESC。分别表示升序、降序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribePrivateNatGatewaysRequest {
    type Action = DescribePrivateNatGateways;
}

impl tencent_action::Paginated for DescribePrivateNatGatewaysRequest {
    type Item = PrivateNatGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<PrivateNatGateway>> {
        page.private_nat_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询网络产品配额信息: the request of `DescribeProductQuota`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeProductQuota`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeProductQuotaRequest {
    /// 查询的网络产品名称，可查询的产品有：vpc、ccn、vpn、dc、dfw、clb、eip。
    pub product: String,
}

impl DescribeProductQuotaRequest {
    /// The request with its required members (`Product`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(product: impl Into<String>) -> Self {
        Self { product: product.into() }
    }
}

impl tencent_action::Request for DescribeProductQuotaRequest {
    type Action = DescribeProductQuota;
}

/// Queries reserved private IP addresses (查询内网保留IP): the request of `DescribeReserveIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeReserveIpAddresses`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeReserveIpAddressesRequest {
    /// List of unique IDs of reserved private IP addresses.
    ///
    /// 内网保留IP唯一ID 列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ip_ids: Option<Vec<String>>,
    /// Filter criteria. ReserveIpIds and Filters cannot be specified at the same time.
    ///
    /// reserve-ip-id - String - (Filter criteria) Unique ID of a reserved private IP address, for example, rsvip-pvqgv9vi.
    ///
    /// vpc-id - String - (Filter criteria) VPC instance ID, for example, vpc-f49l6u0z.
    ///
    /// subnet-id - String - (Filter criteria) Subnet instance ID, for example, subnet-f49l6u0z.
    ///
    /// reserve-address-ip - String - (Filter criteria) Reserved private IP address, for example, 192.168.0.10.
    ///
    /// ip-type - String - (Filter criteria) Business type (IpType), for example, 0.
    ///
    /// name - String - (Filter criteria) Name.
    ///
    /// state - String - (Filter criteria) Status. Valid values: Bind and UnBind.
    ///
    /// resource-id - String - (Filter criteria) Bound instance resource, for example, eni-059qmnif.
    ///
    /// tag-key - String - (Filter criteria) Tag key.
    ///
    /// tag:tag-key - String - (Filter criteria) Tag key-value pair. Replace tag-key with the specific tag key.
    ///
    /// 过滤条件，参数不支持同时指定ReserveIpIds和Filters。
    ///
    /// reserve-ip-id  - String - （过滤条件）内网保留 IP唯一 ID，形如：rsvip-pvqgv9vi。
    ///
    /// vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// subnet-id - String - （过滤条件）所属子网实例ID，形如：subnet-f49l6u0z。
    ///
    /// reserve-address-ip - String - （过滤条件）内网保留 IP 地址，形如：192.168.0.10。
    ///
    /// ip-type - String - （过滤条件）业务类型 ipType，0。
    ///
    /// name - String - （过滤条件）名称。
    ///
    /// state - String - （过滤条件）状态，可选值：Bind， UnBind。
    ///
    /// resource-id - String - （过滤条件）绑定的实例资源，形如：eni-059qmnif。
    ///
    /// tag-key - String -（过滤条件）按照标签键进行过滤。
    ///
    /// tag:tag-key - String - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset.
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of request objects.
    ///
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeReserveIpAddressesRequest {
    type Action = DescribeReserveIpAddresses;
}

impl tencent_action::Paginated for DescribeReserveIpAddressesRequest {
    type Item = ReserveIpAddressInfo;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<ReserveIpAddressInfo>> {
        page.reserve_ip_address_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询路由策略冲突列表: the request of `DescribeRouteConflicts`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteConflicts`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteConflictsRequest {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// 要检查的与之冲突的目的端列表。
    pub destination_cidr_blocks: Vec<String>,
}

impl DescribeRouteConflictsRequest {
    /// The request with its required members (`RouteTableId`, `DestinationCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        destination_cidr_blocks: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            destination_cidr_blocks: destination_cidr_blocks
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DescribeRouteConflictsRequest {
    type Action = DescribeRouteConflicts;
}

/// 查询路由条目列表: the request of `DescribeRouteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteListRequest {
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRouteListRequest {
    type Action = DescribeRouteList;
}

impl tencent_action::Paginated for DescribeRouteListRequest {
    type Item = Route;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Route>> {
        page.route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 用户查询路由策略列表: the request of `DescribeRoutePolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutePolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutePoliciesRequest {
    /// 路由策略实例唯一ID。形如：rrp-q7ywkx31。每次请求的实例的上限为100。参数不支持同时指定RoutePolicyIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_ids: Option<Vec<String>>,
    /// 过滤条件，不支持同时指定RoutePolicyIds和Filters参数。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - route-policy-name：路由策略实例名称，支持模糊查询。
    ///
    /// - route-policy-description：路由策略实例描述，支持模糊查询。
    ///
    /// - route-policy-id ：路由策略实例ID，例如：rrp-q7ywkx3w。
    ///
    /// **说明：**若同一个过滤条件（Filter）存在多个Values，则同一Filter下Values间的关系为逻辑或（OR）关系；若存在多个过滤条件（Filter），Filter之间的关系为逻辑与（AND）关系。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否返回路由策略条目。默认为False。当该参数为False时，仍然会返回空的返回空的RoutePolicyEntrySet。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_route_policy_entry: Option<bool>,
}

impl tencent_action::Request for DescribeRoutePoliciesRequest {
    type Action = DescribeRoutePolicies;
}

/// View a route reception policy entry (查看路由接收策略条目): the request of `DescribeRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutePolicyEntriesRequest {
    /// Filter criteria. RoutePolicyEntryIds and Filters cannot be specified at the same time.
    ///
    /// - route-policy-id - String - (filter condition) specifies the instance id of the route reception policy, such as rrp-f49l6u0z.
    ///
    /// .
    ///
    /// - cidr-block - String - (filter condition) cidr (subnet part before the mask), such as 10.0.0.0/8.
    ///
    /// .
    ///
    /// - priority - Integer - filter condition. specifies the priority, such as 20.
    ///
    /// .
    ///
    /// - gateway-type - String - (filter criteria) next hop type, such as CVM.
    ///
    /// .
    ///
    /// - GatewayId - String - specifies the unique id of the next hop instance, such as ccn-f49l6u0z.
    ///
    /// .
    ///
    /// - route-type - String - (filter condition) routing type. valid values: USER (USER route), NETD (route issued by network probe), CCN (CCN route).
    ///
    /// .
    ///
    /// - action - String - (filter condition) specifies the action. valid values: DROP (DROP), DISABLE (receive and DISABLE), ACCEPT (receive and enable).
    ///
    /// .
    ///
    /// - description - String - specifies the filter condition description, such as TEST.
    ///
    /// .
    ///
    /// - route-policy-item-id - String - (filter condition) specifies the entry unique id of the route reception policy, such as rrpi-dq782kw7.
    ///
    /// .
    ///
    /// 过滤条件，参数不支持同时指定RoutePolicyEntryIds和Filters。
    ///
    /// - route-policy-id - String - （过滤条件）路由接收策略实例ID，形如：rrp-f49l6u0z。
    ///
    /// - cidr-block - String - （过滤条件）CIDR(只取掩码前的子网部分)，形如：10.0.0.0/8。
    ///
    /// - priority - Integer - （过滤条件）优先级，形如：20。
    ///
    /// - gateway-type - String - （过滤条件）下一跳类型，形如：CVM。
    ///
    /// - gateway-id - String - （过滤条件）下一跳实例唯一ID，形如：ccn-f49l6u0z。
    ///
    /// - route-type - String - （过滤条件）路由类型，取值：USER（用户路由），NETD（网络探测下发的路由），CCN（云联网路由）。
    ///
    /// - action - String - （过滤条件）动作，取值：DROP（丢弃），DISABLE（接收且禁用），ACCEPT（接收且启用）。
    ///
    /// - description - String - （过滤条件）描述，形如：TEST。
    ///
    /// - route-policy-item-id - String - （过滤条件）路由接收策略条目唯一ID，形如：rrpi-dq782kw7。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset.
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of request objects.
    ///
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Sorting field. currently only supports the priority field.
    ///
    /// 排序字段。当前只支持优先级Prioriry字段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// Specifies the sorting order.
    ///
    /// ASC: ascending order.
    ///
    /// DESC: descending order.
    ///
    /// 排序方向。
    ///
    /// ASC：升序。
    ///
    /// DESC：降序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// Specifies the routing strategy entry ID.
    ///
    /// 路由策略条目ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DescribeRoutePolicyEntriesRequest {
    type Action = DescribeRoutePolicyEntries;
}

impl tencent_action::Paginated for DescribeRoutePolicyEntriesRequest {
    type Item = RoutePolicyEntry;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<RoutePolicyEntry>> {
        page.route_policy_entry_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询实例绑定路由表信息: the request of `DescribeRouteTableAssociatedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTableAssociatedInstances`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTableAssociatedInstancesRequest {
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - ccn-route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - instance-type - String -（过滤条件）实例类型：
    ///
    /// 私有网络: `VPC`
    ///
    /// 专线网关: `DIRECTCONNECT`
    ///
    /// 黑石私有网络: `BMVPC`
    ///
    /// EDGE设备: `EDGE`
    ///
    /// EDGE隧道: `EDGE_TUNNEL`
    ///
    /// EDGE网关: `EDGE_VPNGW`
    ///
    /// VPN网关：`VPNGW`
    ///
    /// - instance-id- String -（过滤条件）实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 一次查询最大返回的数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRouteTableAssociatedInstancesRequest {
    type Action = DescribeRouteTableAssociatedInstances;
}

impl tencent_action::Paginated for DescribeRouteTableAssociatedInstancesRequest {
    type Item = InstanceBind;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<InstanceBind>> {
        page.instance_bind_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询云联网路由表选择策略信息: the request of `DescribeRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTableSelectionPoliciesRequest {
    /// 偏移量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// 过滤条件：
    ///
    /// - ccn-id - String -（过滤条件）CCN实例ID。
    ///
    /// - instance-type - String -（过滤条件）关联实例类型:
    ///
    /// 私有网络: `VPC`
    ///
    /// 专线网关: `DIRECTCONNECT`
    ///
    /// 黑石私有网络: `BMVPC`
    ///
    /// EDGE设备: `EDGE`
    ///
    /// EDGE隧道: `EDGE_TUNNEL`
    ///
    /// EDGE网关: `EDGE_VPNGW`
    ///
    /// VPN网关：`VPNGW`
    ///
    /// - ccn-route-table-id - String -（过滤条件）路由表ID。
    ///
    /// - instance-id - String -（过滤条件）关联的实例ID。
    ///
    /// - route-table-name - String -（过滤条件）路由表名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl tencent_action::Request for DescribeRouteTableSelectionPoliciesRequest {
    type Action = DescribeRouteTableSelectionPolicies;
}

impl tencent_action::Paginated for DescribeRouteTableSelectionPoliciesRequest {
    type Item = RouteSelectionPolicy;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<RouteSelectionPolicy>> {
        page.route_selection_policy_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the route table list (查询路由表): the request of `DescribeRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRouteTables`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRouteTablesRequest {
    /// Filter condition. `RouteTableIds` and `Filters` cannot be specified at the same time.
    ///
    /// - route-table-id - String - (Filter condition) Route table instance ID.
    ///
    /// - route-table-name - String - (Filter condition) Route table name.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as `vpc-f49l6u0z`.
    ///
    /// - association.main - String - (Filter condition) Whether it is the main route table.
    ///
    /// - tag-key - String - Required: no - (Filter condition) Filter by tag key.
    ///
    /// - tag:tag-key - String - Required: no - (Filter condition) Filter by tag key-value pair. Use a specific tag key to replace `tag-key`. See Example 2 for the detailed usage.
    ///
    /// 过滤条件，参数不支持同时指定RouteTableIds和Filters。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - route-table-name - String - （过滤条件）路由表名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - association.main - String - （过滤条件）是否主路由表。
    ///
    /// - tag-key - String -是否必填：否 - （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - visible - String - （过滤条件）是否可见。
    ///
    /// - next-hop-type - String - 是否必填：否 - （过滤条件）按下一跳类型进行过滤。使用next-hop-type进行过滤时，必须同时携带route-table-id与vpc-id。目前我们支持的类型有：LOCAL: 本地路由CVM：公网网关类型的云服务器；VPN：VPN网关；DIRECTCONNECT：专线网关；PEERCONNECTION：对等连接；HAVIP：高可用虚拟IP；NAT：NAT网关; NORMAL_CVM：普通云服务器；EIP：云服务器的公网IP；CCN：云联网；LOCAL_GATEWAY：本地网关。GWLB_ENDPOINT：网关负载均衡终端节点。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_ids: Option<Vec<String>>,
    /// Offset.
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// The number of request objects.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Whether to obtain routing policy information. Enabled by default. Set to False when the console does not need to pull routing policy information.
    ///
    /// 是否需要获取路由策略信息，默认获取，当控制台不需要拉取路由策略信息时，改为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_router_info: Option<bool>,
}

impl tencent_action::Request for DescribeRouteTablesRequest {
    type Action = DescribeRouteTables;
}

/// 查询路由列表: the request of `DescribeRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeRoutes`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeRoutesRequest {
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - gateway-id - String - （过滤条件）网关ID。
    ///
    /// - description - String - （过滤条件）路由描述。
    ///
    /// - route-table-id - String - （过滤条件）路由表实例ID。
    ///
    /// - dest-cidr - String - （过滤条件）目的端地址，支持模糊左匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeRoutesRequest {
    type Action = DescribeRoutes;
}

impl tencent_action::Paginated for DescribeRoutesRequest {
    type Item = Route;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Route>> {
        page.route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries statistics on the instances associated with a security group (查询安全组关联实例统计): the request of `DescribeSecurityGroupAssociationStatistics`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupAssociationStatistics`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupAssociationStatisticsRequest {
    /// The Security instance ID, such as `sg-33ocnj9n`. It can be obtained through DescribeSecurityGroups.
    ///
    /// 安全实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_ids: Vec<String>,
}

impl DescribeSecurityGroupAssociationStatisticsRequest {
    /// The request with its required members (`SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupAssociationStatisticsRequest {
    type Action = DescribeSecurityGroupAssociationStatistics;
}

/// 查看参数模板展开后的安全组规则: the request of `DescribeSecurityGroupExpandedPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupExpandedPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupExpandedPoliciesRequest {
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// 过滤条件。
    ///
    /// - security-group-id - String - 规则中的安全组ID。
    ///
    /// - ip - String - IP，支持IPV4和IPV6模糊匹配。
    ///
    /// - address-module - String - IP地址模板或IP地址组模板ID。
    ///
    /// - service-module - String - 协议端口模板或协议端口组模板ID。
    ///
    /// - protocol-type - String - 安全组策略支持的协议，可选值：`TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, `ALL`。
    ///
    /// - port - String - 是否必填：否 -协议端口，支持模糊匹配，值为`ALL`时，查询所有的端口。
    ///
    /// - poly - String - 协议策略，可选值：`ALL`，所有策略；`ACCEPT`，允许；`DROP`，拒绝。
    ///
    /// - direction - String - 协议规则，可选值：`ALL`，所有策略；`INBOUND`，入站规则；`OUTBOUND`，出站规则。
    ///
    /// - description - String - 协议描述，该过滤条件支持模糊匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeSecurityGroupExpandedPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupExpandedPoliciesRequest {
    type Action = DescribeSecurityGroupExpandedPolicies;
}

/// 查询用户安全组配额: the request of `DescribeSecurityGroupLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupLimitsRequest {}

impl tencent_action::Request for DescribeSecurityGroupLimitsRequest {
    type Action = DescribeSecurityGroupLimits;
}

/// Queries security group policies (查询安全组规则): the request of `DescribeSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupPoliciesRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. It can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// Filters
    ///
    /// - `security-group-id` - String - Security group ID in the rule.
    ///
    /// - `ip` - String - IP. IPV4 and IPV6 fuzzy matching is supported.
    ///
    /// - `address-module` - String - IP address or address group template ID.
    ///
    /// - `service-module` - String - Protocol port or port group template ID.
    ///
    /// - `protocol-type` - String - Protocol supported by the security group policy. Valid values: `TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, `ALL`.
    ///
    /// - `port` - String - Optional - Port. Fuzzy matching is supported. Query all ports when the protocol value is `ALL`.
    ///
    /// - `poly` - String - Policy type. Valid values: `ALL`, `ACCEPT` and `DROP`.
    ///
    /// - `direction` - String - Direction of the rule. Valid values: `ALL`, `INBOUND` and `OUTBOUND`.
    ///
    /// - `description` - String - Policy description. Fuzzy matching is supported.
    ///
    /// 过滤条件。
    ///
    /// - security-group-id - String - 规则中的安全组ID。
    ///
    /// - ip - String - IP，支持IPV4和IPV6模糊匹配。
    ///
    /// - address-module - String - IP地址模板或IP地址组模板ID。
    ///
    /// - service-module - String - 协议端口模板或协议端口组模板ID。
    ///
    /// - protocol-type - String - 安全组策略支持的协议，可选值：`TCP`, `UDP`, `ICMP`, `ICMPV6`, `GRE`, `ALL`。
    ///
    /// - port - String - 是否必填：否 -协议端口，支持模糊匹配，值为`ALL`时，查询所有的端口。
    ///
    /// - poly - String - 协议策略，可选值：`ALL`，所有策略；`ACCEPT`，允许；`DROP`，拒绝。
    ///
    /// - direction - String - 协议规则，可选值：`ALL`，所有策略；`INBOUND`，入站规则；`OUTBOUND`，出站规则。
    ///
    /// - description - String - 协议描述，该过滤条件支持模糊匹配。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl DescribeSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            filters: None,
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupPoliciesRequest {
    type Action = DescribeSecurityGroupPolicies;
}

/// Queries referred security groups (查询安全组被引用信息): the request of `DescribeSecurityGroupReferences`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroupReferences`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupReferencesRequest {
    /// A set of security group instance IDs, e.g. \['sg-12345678'\]
    ///
    /// 安全组实例ID数组。格式如：\['sg-12345678'\]。
    pub security_group_ids: Vec<String>,
}

impl DescribeSecurityGroupReferencesRequest {
    /// The request with its required members (`SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSecurityGroupReferencesRequest {
    type Action = DescribeSecurityGroupReferences;
}

/// Queries security groups (查看安全组): the request of `DescribeSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSecurityGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSecurityGroupsRequest {
    /// Security group ID, such as `sg-33ocnj9n`. Each request can contain up to 100 instances at a time. `SecurityGroupIds` and `Filters` cannot be specified at the same time.
    ///
    /// 安全组实例ID，例如：sg-33ocnj9n。每次请求的实例的上限为100。参数不支持同时指定SecurityGroupIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// Filter conditions. `SecurityGroupIds` and `Filters` cannot be specified at the same time.
    ///
    /// - security-group-id - String - (Filter condition) The security group ID.
    ///
    /// - project-id - Integer - (Filter condition) The project ID.
    ///
    /// - security-group-name - String - (Filter condition) The security group name.
    ///
    /// - tag-key - String - Required: no - (Filter condition) Filters by tag key. For more information, see Example 2.
    ///
    /// -  `tag:tag-key` - String - Required: no - (Filter condition) Filters by tag key pair. For this parameter, `tag-key` will be replaced with a specific tag key. For more information, see Example 3.
    ///
    /// 过滤条件，参数不支持同时指定SecurityGroupIds和Filters。
    ///
    /// - security-group-id - String - （过滤条件）安全组ID。
    ///
    /// - project-id - Integer - （过滤条件）项目ID。
    ///
    /// - security-group-name - String - （过滤条件）安全组名称。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 其中 tag-key 请使用具体的标签键进行替换。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Sorting field. Values: `CreatedTime`, `UpdateTime` Note: This field does not have default value.
    ///
    /// 排序字段。支持：`CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// Sorting method Order methods. Ascending: `ASC`, Descending: `DESC`. Default: `ASC`
    ///
    /// 排序方法。升序：`ASC`，倒序：`DESC`。默认值：`ASC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeSecurityGroupsRequest {
    type Action = DescribeSecurityGroups;
}

/// 查询参数模板协议端口组关联的实例列表: the request of `DescribeServiceTemplateGroupInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateGroupInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateGroupInstancesRequest {
    /// 协议端口实例ID。例如：ppmg-12345678。
    pub service_template_group_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeServiceTemplateGroupInstancesRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeServiceTemplateGroupInstancesRequest {
    type Action = DescribeServiceTemplateGroupInstances;
}

/// Queries a protocol port template group (查询协议端口模板集合): the request of `DescribeServiceTemplateGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateGroups`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateGroupsRequest {
    /// Filter conditions.
    ///
    /// - service-template-group-name - String - (Filter condition) Protocol port template group name.
    ///
    /// - service-template-group-id - String - (Filter condition) Protocol port template group instance ID, such as `ppmg-e6dy460g`.
    ///
    /// 过滤条件。
    ///
    /// - service-template-group-name - String - （过滤条件）协议端口模板集合名称。
    ///
    /// - service-template-group-id - String - （过滤条件）协议端口模板集合实例ID，例如：ppmg-e6dy460g。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. The default value is 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of values to be returned. The default value is 20. Maximum is 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取协议端口模板成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`ServiceTemplateGroupId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 协议端口成员排序字段。支持：`ServiceTemplateId ` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// 协议端口成员排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeServiceTemplateGroupsRequest {
    type Action = DescribeServiceTemplateGroups;
}

/// 查询参数模板协议端口关联的实例列表: the request of `DescribeServiceTemplateInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplateInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplateInstancesRequest {
    /// 协议端口实例ID。例如：ppm-12345678。
    pub service_template_id: String,
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeServiceTemplateInstancesRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeServiceTemplateInstancesRequest {
    type Action = DescribeServiceTemplateInstances;
}

/// Queries a protocol port template (查询协议端口模板): the request of `DescribeServiceTemplates`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeServiceTemplates`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeServiceTemplatesRequest {
    /// Filters
    ///
    /// - service-template-name - Protocol port template name.
    ///
    /// - service-template-id - Protocol port template ID, such as `ppm-e6dy460g`.
    ///
    /// - service-port-Protocol port.
    ///
    /// 过滤条件。
    ///
    /// - service-template-name - 协议端口模板名称。
    ///
    /// - service-template-id - 协议端口模板实例ID，例如：ppm-e6dy460g。
    ///
    /// - service-port- 协议端口。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. The default value is 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of values to be returned. The default value is 20. Maximum is 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 是否获取协议端口成员标识。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_member_info: Option<bool>,
    /// 排序字段。支持：`ServiceTemplateId ` `CreatedTime` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
    /// 协议端口排序字段。支持：`Service ` `UpdateTime`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_field: Option<String>,
    /// 协议端口排序方法。升序：`ASC`，倒序：`DESC`。注意：该字段没有默认值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_order_direction: Option<String>,
}

impl tencent_action::Request for DescribeServiceTemplatesRequest {
    type Action = DescribeServiceTemplates;
}

/// Querying contents of snapshot files (查询安全组快照文件内容): the request of `DescribeSgSnapshotFileContent`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSgSnapshotFileContent`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSgSnapshotFileContentRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Snapshot file ID
    ///
    /// 快照文件Id。
    pub snapshot_file_id: String,
    /// Security group ID
    ///
    /// 安全组Id。
    pub security_group_id: String,
}

impl DescribeSgSnapshotFileContentRequest {
    /// The request with its required members (`SnapshotPolicyId`, `SnapshotFileId`, `SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        snapshot_file_id: impl Into<String>,
        security_group_id: impl Into<String>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            snapshot_file_id: snapshot_file_id.into(),
            security_group_id: security_group_id.into(),
        }
    }
}

impl tencent_action::Request for DescribeSgSnapshotFileContentRequest {
    type Action = DescribeSgSnapshotFileContent;
}

/// Queries instances associated with a snapshot policy (查询快照策略关联实例列表): the request of `DescribeSnapshotAttachedInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotAttachedInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotAttachedInstancesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Filters
    ///
    /// Values:
    ///
    /// - `instance-id`: Instance ID
    ///
    /// - `instance-region`: Instance region
    ///
    /// 过滤条件。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - instance-id：实例ID。
    ///
    /// - instance-region：实例所在地域。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: `0`.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 200.
    ///
    /// 返回数量，默认为20，最大为200。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeSnapshotAttachedInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(snapshot_policy_id: impl Into<String>) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSnapshotAttachedInstancesRequest {
    type Action = DescribeSnapshotAttachedInstances;
}

impl tencent_action::Paginated for DescribeSnapshotAttachedInstancesRequest {
    type Item = SnapshotInstance;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SnapshotInstance>> {
        page.instance_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Query snapshot files (查询快照文件): the request of `DescribeSnapshotFiles`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotFiles`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotFilesRequest {
    /// Type of associated resource. Values: `securitygroup`
    ///
    /// 业务类型，目前支持安全组：securitygroup。
    pub business_type: String,
    /// Service instance ID. It's corresponding to the `BusinessType`.
    ///
    /// 业务实例Id，和BusinessType对应。
    pub instance_id: String,
    /// Start time. Format: %Y-%m-%d %H:%M:%S
    ///
    /// 开始日期，格式%Y-%m-%d %H:%M:%S。
    pub start_date: String,
    /// End time. Format: %Y-%m-%d %H:%M:%S
    ///
    /// 结束日期，格式%Y-%m-%d %H:%M:%S。
    pub end_date: String,
    /// Offset. Default value: `0`.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeSnapshotFilesRequest {
    /// The request with its required members (`BusinessType`, `InstanceId`, `StartDate`, `EndDate`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        business_type: impl Into<String>,
        instance_id: impl Into<String>,
        start_date: impl Into<String>,
        end_date: impl Into<String>,
    ) -> Self {
        Self {
            business_type: business_type.into(),
            instance_id: instance_id.into(),
            start_date: start_date.into(),
            end_date: end_date.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSnapshotFilesRequest {
    type Action = DescribeSnapshotFiles;
}

impl tencent_action::Paginated for DescribeSnapshotFilesRequest {
    type Item = SnapshotFileInfo;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SnapshotFileInfo>> {
        page.snapshot_file_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries snapshot policies (查询快照策略): the request of `DescribeSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshotPoliciesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policy_ids: Option<Vec<String>>,
    /// Filter conditions. `SnapshotPolicyIds` and `Filters` cannot be both specified.
    ///
    /// - `snapshot-policy-id` - String - Snapshot policy ID
    ///
    /// - `snapshot-policy-name` - String - Snapshot policy name
    ///
    /// 过滤条件，参数不支持同时指定SnapshotPolicyIds和Filters。
    ///
    /// - snapshot-policy-id - String -（过滤条件）快照策略ID。
    ///
    /// - snapshot-policy-name - String -（过滤条件）快照策略名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: `0`.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returned results. Default value: 20. Maximum value: 200.
    ///
    /// 返回数量，默认为20，最大为200。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeSnapshotPoliciesRequest {
    type Action = DescribeSnapshotPolicies;
}

impl tencent_action::Paginated for DescribeSnapshotPoliciesRequest {
    type Item = SnapshotPolicy;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SnapshotPolicy>> {
        page.snapshot_policy_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询指定共享流量包的用量明细: the request of `DescribeSpecificTrafficPackageUsedDetails`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSpecificTrafficPackageUsedDetails`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSpecificTrafficPackageUsedDetailsRequest {
    /// 共享流量包唯一ID。可以使用[DescribeTrafficPackages](https://cloud.tencent.com/document/product/215/80090?locationSource=from%3Ddoc-search%26scope%3Dcurrent%26keyword%3D%E6%B5%81%E9%87%8F%E5%8C%85)接口获取TrafficPackageId。
    pub traffic_package_id: String,
    /// 每次请求的`Filters`的上限为10，`Filter.Values`的上限为5。详细的过滤条件如下：
    ///
    /// -  resource-type - String - 是否必填：否 - （过滤条件）按照资源类型过滤，资源类型包括 EIP、BWP、LB。
    ///
    /// -  resource-id - String - 是否必填：否 - （过滤条件）按照抵扣流量资源的唯一 ID 过滤。以下补充资源ID获取方式：
    ///
    /// - EIP：可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取资源ID。
    ///
    /// - BWP：可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口获取资源ID。
    ///
    /// - LB：可以使用[DescribeLoadBalancers](https://cloud.tencent.com/document/product/214/30685)接口获取资源ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 排序条件。该参数仅支持根据抵扣量排序，传值为 deduction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序类型，仅支持0和1，0-降序，1-升序。不传默认为0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_type: Option<i64>,
    /// 开始时间。待查询的共享流量包用量开始时间。不传默认为当前时间往前推30天。
    ///
    /// 时间格式：YYYY-MM-DD hh:mm:ss
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 结束时间。待查询的共享流量包用量结束时间。不传默认为当前时间。
    ///
    /// 时间格式：YYYY-MM-DD hh:mm:ss
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 中的相关小节
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 返回数量，默认为20。关于Limit的更进一步介绍请参考 API 中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeSpecificTrafficPackageUsedDetailsRequest {
    /// The request with its required members (`TrafficPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_package_id: impl Into<String>) -> Self {
        Self {
            traffic_package_id: traffic_package_id.into(),
            filters: None,
            order_field: None,
            order_type: None,
            start_time: None,
            end_time: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeSpecificTrafficPackageUsedDetailsRequest {
    type Action = DescribeSpecificTrafficPackageUsedDetails;
}

impl tencent_action::Paginated for DescribeSpecificTrafficPackageUsedDetailsRequest {
    type Item = UsedDetail;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<UsedDetail>> {
        page.used_detail_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries resources associated with the subnet (查看Subnet资源信息): the request of `DescribeSubnetResourceDashboard`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSubnetResourceDashboard`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubnetResourceDashboardRequest {
    /// Subnet instance ID, such as `subnet-f1xjkw1b`.
    ///
    /// Subnet实例ID，例如：subnet-f1xjkw1b。
    pub subnet_ids: Vec<String>,
}

impl DescribeSubnetResourceDashboardRequest {
    /// The request with its required members (`SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeSubnetResourceDashboardRequest {
    type Action = DescribeSubnetResourceDashboard;
}

/// Queries the subnet list (查询子网列表): the request of `DescribeSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeSubnets`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSubnetsRequest {
    /// Queries the ID of the subnet instance, such as `subnet-pxir56ns`. Each request can have a maximum of 100 instances. `SubnetIds` and `Filters` cannot be specified at the same time.
    ///
    /// 子网实例ID查询。形如：subnet-pxir56ns。每次请求的实例的上限为100（该参数指定的子网是否返回，需要结合分页拉取参数Limit和Offset）。参数不支持同时指定SubnetIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    /// Filter condition. `SubnetIds` and `Filters` cannot be specified at the same time.
    ///
    /// - subnet-id - String - (Filter condition) Subnet instance name.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as `vpc-f49l6u0z`.
    ///
    /// - cidr-block - String - (Filter condition) Subnet IP range, such as `192.168.1.0`.
    ///
    /// - is-default - Boolean - (Filter condition) Whether it is the default subnet.
    ///
    /// - is-remote-vpc-snat - Boolean - (Filter condition) Whether it is a VPC SNAT address pool subnet.
    ///
    /// - subnet-name - String - (Filter condition) Subnet name.
    ///
    /// - zone - String - (Filter condition) Availability zone.
    ///
    /// -  tag-key - String - Required: No - (Filter condition) Filter by tag key.
    ///
    /// - tag:tag-key - String - Required: No - (Filter condition) Filter by tag key-value pair. Use a specific tag key to replace `tag-key`. For its usage, see example 2.
    ///
    /// - cdc-id - String - Required: No - (Filter condition) Filter by CDC ID to obtain subnets in the specified CDC.
    ///
    /// - is-cdc-subnet - String - Required: No - (Filter condition) Whether it is a CDC subnet. Valid values: `0` (no); `1` (yes).
    ///
    /// 过滤条件，参数不支持同时指定SubnetIds和Filters。
    ///
    /// - subnet-id - String - （过滤条件）Subnet实例名称。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - cidr-block - String - （过滤条件）子网网段，形如: 192.168.1.0 。
    ///
    /// - is-default - Boolean - （过滤条件）是否是默认子网。
    ///
    /// - is-remote-vpc-snat - Boolean - （过滤条件）是否为VPC SNAT地址池子网。
    ///
    /// - subnet-name - String - （过滤条件）子网名称。
    ///
    /// - zone - String - （过滤条件）可用区。
    ///
    /// - tag-key - String -是否必填：否- （过滤条件）按照标签键进行过滤。
    ///
    /// - tag:tag-key - String - 是否必填：否 - （过滤条件）按照标签键值对进行过滤。 tag-key使用具体的标签键进行替换。使用请参考示例2。
    ///
    /// - cdc-id - String - 是否必填：否 - （过滤条件）按照cdc信息进行过滤。过滤出来制定cdc下的子网。
    ///
    /// - is-cdc-subnet - String - 是否必填：否 - （过滤条件）按照是否是cdc子网进行过滤。取值：“0”-非cdc子网，“1”--cdc子网
    ///
    /// - ipv6-cidr-block - String - （过滤条件）IPv6子网网段，形如: 2402:4e00:1717:8700::/64 。
    ///
    /// - isp-type  - String - （过滤条件）运营商类型，形如: BGP 。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeSubnetsRequest {
    type Action = DescribeSubnets;
}

impl tencent_action::Paginated for DescribeSubnetsRequest {
    type Item = Subnet;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<Subnet>> {
        page.subnet_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the async job execution results (查询异步任务执行结果): the request of `DescribeTaskResult`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTaskResult`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTaskResultRequest {
    /// Async task ID. Either TaskId or DealName must be entered.
    ///
    /// 异步任务ID。从异步任务接口返回结果中查看。例如：[AllocateAddresses](https://cloud.tencent.com/document/product/215/16699)接口。TaskId和DealName必填一个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<u64>,
    /// Billing order No. Either TaskId or DealName must be entered.
    ///
    /// 计费订单号。在控制台中的[费用中心-订单管理](https://console.cloud.tencent.com/expense/deal)中查看订单号。TaskId和DealName必填一个参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_name: Option<String>,
}

impl tencent_action::Request for DescribeTaskResultRequest {
    type Action = DescribeTaskResult;
}

/// 查询参数模板配额列表: the request of `DescribeTemplateLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTemplateLimits`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTemplateLimitsRequest {}

impl tencent_action::Request for DescribeTemplateLimitsRequest {
    type Action = DescribeTemplateLimits;
}

/// 查询租户云联网实例: the request of `DescribeTenantCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTenantCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTenantCcnsRequest {
    /// 过滤条件，目前`value`值个数只支持一个，允许可支持的字段有：
    ///
    /// - `ccn-ids` 云联网ID数组，值形如：`["ccn-12345678"]`
    ///
    /// - `user-account-id` 用户账号ID，值形如：`["12345678"]`
    ///
    /// - `is-security-lock` 是否锁定，值形如：`["true"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 单页返回数据量，可选值0到100之间的整数，默认20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTenantCcnsRequest {
    type Action = DescribeTenantCcns;
}

impl tencent_action::Paginated for DescribeTenantCcnsRequest {
    type Item = CcnInstanceInfo;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnInstanceInfo>> {
        page.ccn_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询流量镜像过滤规则。: the request of `DescribeTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficMirrorFilterRulesRequest {
    /// 流量镜像唯一ID
    pub traffic_mirror_id: String,
    /// 流量镜像出站、入站过滤唯一ID列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_filter_rule_ids: Option<Vec<String>>,
    /// - traffic-mirror-filter-rule-id - String - （过滤条件） 流量镜像过滤规则，形如：tmfi-qfhrb7yj。
    ///
    /// - action - String - （过滤条件）策略， 支持类型： ACCEPT， DROP。
    ///
    /// - description - String - （过滤条件）描述。
    ///
    /// - direction - String - （过滤条件）方向, 支持类型：INGRESS， EGRESS。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            traffic_mirror_filter_rule_ids: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeTrafficMirrorFilterRulesRequest {
    type Action = DescribeTrafficMirrorFilterRules;
}

/// Queries traffic mirroring for a user (用户查询流量镜像): the request of `DescribeTrafficMirrors`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficMirrors`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficMirrorsRequest {
    /// Collection of traffic mirroring instance IDs.
    ///
    /// 流量镜像实例ID集合
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_ids: Option<Vec<String>>,
    /// Traffic mirroring query filtering and adjustment.
    ///
    /// vpc-id: VPC instance ID, for example: vpc-f49l6u0z.
    ///
    /// traffic-mirror-id: traffic mirroring instance ID.
    ///
    /// Traffic-Mirror-Name: traffic mirroring name.
    ///
    /// tag-key: filters according to the tag key.
    ///
    /// 流量镜像查询过滤调节。
    ///
    /// vpc-id ：VPC实例ID，例如：vpc-f49l6u0z。
    ///
    /// traffic-mirror-id：流量镜像实例ID。
    ///
    /// traffic-mirror-name：流量镜像名称。
    ///
    /// tag-key ：按照标签键进行过滤。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Filter>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of returns. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTrafficMirrorsRequest {
    type Action = DescribeTrafficMirrors;
}

impl tencent_action::Paginated for DescribeTrafficMirrorsRequest {
    type Item = TrafficMirror;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<TrafficMirror>> {
        page.traffic_mirror_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the list of shared traffic packages (查询共享流量包): the request of `DescribeTrafficPackages`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficPackages`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficPackagesRequest {
    /// Traffic package IDs. Multiple values can be used.
    ///
    /// 共享流量包ID，支持批量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_package_ids: Option<Vec<String>>,
    /// Each request can have up to 10 `Filters`. `TrafficPackageIds` and `Filters` cannot be specified at the same time. The specific filter conditions are as follows:
    ///
    /// -  `traffic-package_id` - String - Optional - Filter by the traffic package ID.
    ///
    /// -  `traffic-package-name` - String - Optional - Filter by the traffic package name. Fuzzy match is not supported.
    ///
    /// -  `status` - String - Optional - Filter by the traffic package status. Values: \[AVAILABLE|EXPIRED|EXHAUSTED\].
    ///
    /// 每次请求的`Filters`的上限为10。参数不支持同时指定`TrafficPackageIds`和`Filters`。详细的过滤条件如下：
    ///
    /// -  traffic-package_id - String - 是否必填：否 - （过滤条件）按照共享流量包的唯一标识ID过滤。
    ///
    /// -  traffic-package-name - String - 是否必填：否 - （过滤条件）按照共享流量包名称过滤。不支持模糊过滤。
    ///
    /// -  status - String - 是否必填：否 - （过滤条件）按照共享流量包状态过滤。可选状态：\[AVAILABLE|EXPIRED|EXHAUSTED\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Pagination parameter
    ///
    /// 分页参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Pagination parameter
    ///
    /// 分页参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeTrafficPackagesRequest {
    type Action = DescribeTrafficPackages;
}

impl tencent_action::Paginated for DescribeTrafficPackagesRequest {
    type Item = TrafficPackage;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<TrafficPackage>> {
        page.traffic_package_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询流量调度规则: the request of `DescribeTrafficQosPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeTrafficQosPolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTrafficQosPolicyRequest {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// 本端地域。
    pub local_region: String,
    /// 远端地域。
    pub remote_region: String,
}

impl DescribeTrafficQosPolicyRequest {
    /// The request with its required members (`CcnId`, `LocalRegion`, `RemoteRegion`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        local_region: impl Into<String>,
        remote_region: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            local_region: local_region.into(),
            remote_region: remote_region.into(),
        }
    }
}

impl tencent_action::Request for DescribeTrafficQosPolicyRequest {
    type Action = DescribeTrafficQosPolicy;
}

/// Queries IP usage of the subnet or VPC (查看子网或者vpc内IP使用情况): the request of `DescribeUsedIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeUsedIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeUsedIpAddressRequest {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: String,
    /// Subnet instance ID
    ///
    /// 子网实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// List of IPs to be queried. The IPs must be within the VPC or subnet. Up to 100 IPs can be queried at a time.
    ///
    /// 查询是否占用的ip列表，ip需要在vpc或子网内。最多允许一次查询100个IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_addresses: Option<Vec<String>>,
    /// 过滤条件，不支持同时指定IpAddresses和Filters参数。 支持的过滤条件如下：
    ///
    /// - ip-addresses：IP地址。
    ///
    /// - resource-id：资源ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The offset. Default value: 0
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeUsedIpAddressRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: None,
            ip_addresses: None,
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeUsedIpAddressRequest {
    type Action = DescribeUsedIpAddress;
}

impl tencent_action::Paginated for DescribeUsedIpAddressRequest {
    type Item = IpAddressStates;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<IpAddressStates>> {
        page.ip_address_states.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the endpoint list (查询终端节点列表): the request of `DescribeVpcEndPoint`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPoint`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointRequest {
    /// Filter condition
    ///
    /// -  end-point-service-id - String - (Filter condition) Endpoint service ID.
    ///
    /// - end-point-name - String - (Filter condition) Endpoint instance name.
    ///
    /// -  end-point-id - String - (Filter condition) Endpoint instance ID.
    ///
    /// -  vpc-id - String - (Filter condition) VPC instance ID.
    ///
    /// 过滤条件。当前支持如下过滤条件：
    ///
    /// -  end-point-service-id- String - （过滤条件）终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    ///
    /// - end-point-name - String - （过滤条件）终端节点实例名称。
    ///
    /// -  end-point-id- String - （过滤条件）终端节点实例ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679)
    ///
    /// 接口获取。
    ///
    /// -  vpc-id- String - （过滤条件）VPC实例ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of results per page; default value: 20; maximum value: 100.
    ///
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Endpoint ID list
    ///
    /// 终端节点ID列表。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679)
    ///
    /// 获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_id: Option<Vec<String>>,
    /// 协议类型，支持 Ipv4，Ipv6， DualStack，默认 Ipv4。使用DualStack查询双栈的时候，必须要使用MaxResult配合NextToken查询。第1次查询的时候只需要携带MaxResult，如果返回NextToken非空，表示有更多可用数据。第2次查询的时候就需要携带NextToken进行分页查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回非空字符串 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeVpcEndPointRequest {
    type Action = DescribeVpcEndPoint;
}

impl tencent_action::Paginated for DescribeVpcEndPointRequest {
    type Item = EndPoint;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<EndPoint>> {
        page.end_point_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the endpoint service list (查询终端节点服务列表): the request of `DescribeVpcEndPointService`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPointService`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointServiceRequest {
    /// Filters. `EndPointServiceIds` and `Filters` cannot be both passed in.
    ///
    /// - `service-id` - String - Unique endpoint service ID.
    ///
    /// - `service-name` - String - Endpoint service instance name.
    ///
    /// - `service-instance-id` - String - Unique backend service ID in the format of `lb-xxx`.
    ///
    /// - `service-type` - String - Backend PaaS service type. It can be `CLB`, `CDB` or `CRS`. It defaults to `CLB` if not specified.
    ///
    /// 过滤条件。不支持同时传入参数 EndPointServiceIds and Filters。
    ///
    /// -  service-id - String - （过滤条件）终端节点服务唯一ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    ///
    /// - service-name - String - （过滤条件）终端节点实例名称。
    ///
    /// - service-instance-id - String - （过滤条件）后端服务的唯一ID，比如lb-dehd3e33。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；
    ///
    /// MYSQL可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；
    ///
    /// CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；
    ///
    /// GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取。
    ///
    /// - service-type - String - （过滤条件）后端PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡），不填默认查询类型为CLB。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of results per page; default value: 20; maximum value: 100.
    ///
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Endpoint service ID `EndPointServiceIds` and `Filters` cannot be both passed in.
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。不支持同时传入参数 EndPointServiceIds and Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_ids: Option<Vec<String>>,
    /// - Does not support passing the parameter Filters simultaneously.
    ///
    /// - Lists the endpoint service information authorized to the current account. Can be filtered using the EndPointServiceIds parameter to determine which endpoint services are authorized to the account.
    ///
    /// - 不支持同时传入参数 Filters 。
    ///
    /// - 列出授权给当前账号的终端节点服务信息。可以配合EndPointServiceIds参数进行过滤，哪些终端节点服务授权了该账户。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_list_authorized_end_point_service: Option<bool>,
    /// 协议类型，支持 Ipv4，Ipv6， DualStack，默认 Ipv4。使用DualStack查询双栈的时候，必须要使用MaxResult配合NextToken查询。第1次查询的时候只需要携带MaxResult，如果返回NextToken非空，表示有更多可用数据。第2次查询的时候就需要携带NextToken进行分页查询。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
    /// 每次调用返回的最大结果数。如果查询返回的时候有NextToken返回，您可以使用NextToken值获取更多页结果， 当NextToke返回空或者返回的结果数量小于MaxResults时，表示没有更多数据了。允许的最大页面大小为 100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<u64>,
    /// 如果NextToken返回 ，表示还有更多可用结果。 NextToken是每个页面唯一的分页令牌。使用返回的令牌再次调用以检索下一页。需要保持所有其他参数不变。每个分页令牌在 24 小时后过期。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl tencent_action::Request for DescribeVpcEndPointServiceRequest {
    type Action = DescribeVpcEndPointService;
}

impl tencent_action::Paginated for DescribeVpcEndPointServiceRequest {
    type Item = EndPointService;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<EndPointService>> {
        page.end_point_service_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the endpoint service allowlist (查询终端节点服务的服务白名单列表): the request of `DescribeVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcEndPointServiceWhiteListRequest {
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of results per page; default value: 20; maximum value: 100.
    ///
    /// 单页返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Filter condition
    ///
    /// -  user-uin - String - (Filter condition) UIN.
    ///
    /// -  end-point-service-id - String - (Filter condition) Endpoint service ID.
    ///
    /// 过滤条件。
    ///
    /// -  user-uin String - （过滤条件）用户UIN。登录 腾讯云账号中心控制台 获取。
    ///
    /// -  end-point-service-id String - （过滤条件）终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
}

impl tencent_action::Request for DescribeVpcEndPointServiceWhiteListRequest {
    type Action = DescribeVpcEndPointServiceWhiteList;
}

impl tencent_action::Paginated for DescribeVpcEndPointServiceWhiteListRequest {
    type Item = VpcEndPointServiceUser;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpcEndPointServiceUser>> {
        page.vpc_end_point_service_user_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries a list of VCM instances on VPC (查询VPC下的云主机实例列表): the request of `DescribeVpcInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcInstancesRequest {
    /// Filter condition. `RouteTableIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as `vpc-f49l6u0z`.
    ///
    /// - instance-type - String - (Filter condition) CVM instance ID.
    ///
    /// - instance-name - String - (Filter condition) CVM name.
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - instance-id - String - （过滤条件）云主机实例ID。
    ///
    /// - instance-name - String - （过滤条件）云主机名称。
    pub filters: Vec<Filter>,
    /// Offset.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of requested objects.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeVpcInstancesRequest {
    /// The request with its required members (`Filters`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(filters: impl IntoIterator<Item = Filter>) -> Self {
        Self {
            filters: filters.into_iter().collect(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpcInstancesRequest {
    type Action = DescribeVpcInstances;
}

impl tencent_action::Paginated for DescribeVpcInstancesRequest {
    type Item = CvmInstance;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CvmInstance>> {
        page.instance_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the IPv6 list of a VPC (查询VPC内IPv6列表): the request of `DescribeVpcIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcIpv6AddressesRequest {
    /// The `ID` of the `VPC`, such as `vpc-f49l6u0z`.
    ///
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// The `IP` address list. Each request supports a maximum of `10` batch querying.
    ///
    /// `IP`地址列表，批量查询单次请求最多支持`10`个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_addresses: Option<Vec<String>>,
    /// Offset.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// VPC下的子网ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl DescribeVpcIpv6AddressesRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_addresses: None,
            offset: None,
            limit: None,
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for DescribeVpcIpv6AddressesRequest {
    type Action = DescribeVpcIpv6Addresses;
}

impl tencent_action::Paginated for DescribeVpcIpv6AddressesRequest {
    type Item = VpcIpv6Address;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpcIpv6Address>> {
        page.ipv6_address_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 获取私有网络配额: the request of `DescribeVpcLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcLimitsRequest {
    /// 配额名称。每次最大查询100个配额类型。
    pub limit_types: Vec<String>,
}

impl DescribeVpcLimitsRequest {
    /// The request with its required members (`LimitTypes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(limit_types: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            limit_types: limit_types.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcLimitsRequest {
    type Action = DescribeVpcLimits;
}

/// 查询私有网络对等连接: the request of `DescribeVpcPeeringConnections`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcPeeringConnections`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcPeeringConnectionsRequest {
    /// 对等连接唯一ID数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定PeeringConnectionIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - state String - （过滤条件）对等连接状态，可选值有：PENDING，投放中；ACTIVE，使用中；EXPIRED，已过期；REJECTED，拒绝。
    ///
    /// - peering-connection-name - String - （过滤条件）对等连接名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// 排序字段，可选值有：CreatedTime，PeeringConnectionName。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_field: Option<String>,
    /// 排序方式：DESC，降序；ASC，升序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_direction: Option<String>,
}

impl tencent_action::Request for DescribeVpcPeeringConnectionsRequest {
    type Action = DescribeVpcPeeringConnections;
}

impl tencent_action::Paginated for DescribeVpcPeeringConnectionsRequest {
    type Item = PeerConnection;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<PeerConnection>> {
        page.peer_connection_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries the private IP information of a VPC (查询VPC内网IP信息): the request of `DescribeVpcPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcPrivateIpAddressesRequest {
    /// The `ID` of the `VPC`, such as `vpc-f49l6u0z`.
    ///
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// The private `IP` address list. Each request supports a maximum of `10` batch querying.
    ///
    /// 内网`IP`地址列表，批量查询单次请求最多支持`100`个。
    pub private_ip_addresses: Vec<String>,
}

impl DescribeVpcPrivateIpAddressesRequest {
    /// The request with its required members (`VpcId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            private_ip_addresses: private_ip_addresses
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcPrivateIpAddressesRequest {
    type Action = DescribeVpcPrivateIpAddresses;
}

/// Views VPC resources. (查看VPC资源信息): the request of `DescribeVpcResourceDashboard`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcResourceDashboard`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcResourceDashboardRequest {
    /// Vpc instance ID, e.g. vpc-f1xjkw1b.
    ///
    /// Vpc实例ID，例如：vpc-f1xjkw1b。
    pub vpc_ids: Vec<String>,
}

impl DescribeVpcResourceDashboardRequest {
    /// The request with its required members (`VpcIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            vpc_ids: vpc_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DescribeVpcResourceDashboardRequest {
    type Action = DescribeVpcResourceDashboard;
}

/// Queries VPC async task execution results (查询VPC异步任务执行结果): the request of `DescribeVpcTaskResult`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcTaskResult`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcTaskResultRequest {
    /// `RequestId` returned by an async task
    ///
    /// 异步任务请求返回的RequestId。
    pub task_id: String,
}

impl DescribeVpcTaskResultRequest {
    /// The request with its required members (`TaskId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}

impl tencent_action::Request for DescribeVpcTaskResultRequest {
    type Action = DescribeVpcTaskResult;
}

/// Queries the VPC list (查询VPC列表): the request of `DescribeVpcs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpcs`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpcsRequest {
    /// The VPC instance ID, such as `vpc-f49l6u0z`. Each request supports a maximum of 100 instances. `VpcIds` and `Filters` cannot be specified at the same time.
    ///
    /// VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_ids: Option<Vec<String>>,
    /// Filter condition. `VpcIds` and `Filters` cannot be specified at the same time.
    ///
    /// Valid filters include:
    ///
    /// - `vpc-name`: VPC instance name, which supports fuzzy search.
    ///
    /// - `is-default`: Indicates whether it is the default VPC
    ///
    /// - `vpc-id`: VPC instance ID, such as `vpc-f49l6u0z`
    ///
    /// - `cidr-block`: VPC CIDR block
    ///
    /// - `tag-key`: (Optional) tag key
    ///
    /// - `tag:tag-key`: (Optional) tag key-value pair. Replace the `tag-key` with a specified tag value. For its usage, refer to Example 2.
    ///
    /// **Note:** If one filter has multiple values, the logical relationship between these values is `OR`. The logical relationship between filters is `AND`.
    ///
    /// 过滤条件，不支持同时指定VpcIds和Filters参数。
    ///
    /// 支持的过滤条件如下：
    ///
    /// - vpc-name：VPC实例名称，支持模糊查询。
    ///
    /// - is-default ：是否默认VPC。
    ///
    /// - vpc-id ：VPC实例ID，例如：vpc-f49l6u0z。
    ///
    /// - cidr-block：VPC的CIDR。
    ///
    /// - tag-key ：按照标签键进行过滤，非必填参数。
    ///
    /// - tag:tag-key：按照标签键值对进行过滤，非必填参数。 其中 tag-key 请使用具体的标签键进行替换，可参考示例2。
    ///
    /// **说明：**若同一个过滤条件（Filter）存在多个Values，则同一Filter下Values间的关系为逻辑或（OR）关系；若存在多个过滤条件（Filter），Filter之间的关系为逻辑与（AND）关系。
    ///
    /// - ipv6-cidr-block - String - （过滤条件）IPv6子网网段，形如: 2402:4e00:1717:8700::/64 。
    ///
    /// - isp-type  - String - （过滤条件）运营商类型，形如: BGP 取值范围：'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联通。
    ///
    /// - address-type - String - （过滤条件）IPv6 Cidr 的类型，精确匹配。`GUA`(全球单播地址), `ULA`(唯一本地地址)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// 偏移量，默认为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<String>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

impl tencent_action::Request for DescribeVpcsRequest {
    type Action = DescribeVpcs;
}

/// Queries the VPN tunnel list (查询VPN通道列表): the request of `DescribeVpnConnections`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnConnections`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnConnectionsRequest {
    /// The instance ID of the VPN tunnel, such as `vpnx-f49l6u0z`. Each request can have a maximum of 100 instances. `VpnConnectionIds` and `Filters` cannot be specified at the same time.
    ///
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnConnectionIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_ids: Option<Vec<String>>,
    /// Filter condition. In each request, the upper limit for `Filters` is 10 and 5 for `Filter.Values`. `VpnConnectionIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - VPC instance ID, such as `vpc-0a36uwkr`.
    ///
    /// - vpn-gateway-id - String - VPN gateway instance ID, such as `vpngw-p4lmqawn`.
    ///
    /// - customer-gateway-id - String - Customer gateway instance ID, such as `cgw-l4rblw63`.
    ///
    /// - vpn-connection-name - String - Connection name, such as `test-vpn`.
    ///
    /// - vpn-connection-id - String - Connection instance ID, such as `vpnx-5p7vkch8"`.
    ///
    /// 过滤条件。每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定VpnConnectionIds和Filters。
    ///
    /// - vpc-id - String - VPC实例ID，形如：`vpc-0a36uwkr`。
    ///
    /// - vpn-gateway-id - String - VPN网关实例ID，形如：`vpngw-p4lmqawn`。
    ///
    /// - customer-gateway-id - String - 对端网关实例ID，形如：`cgw-l4rblw63`。
    ///
    /// - vpn-connection-name - String - 通道名称，形如：`test-vpn`。
    ///
    /// - vpn-connection-id - String - 通道实例ID，形如：`vpnx-5p7vkch8"`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The Offset. The default value is 0. For more information about Offset, see the relevant section in the API Introduction.
    ///
    /// 偏移量，默认为0。关于Offset的更进一步介绍请参考 API 简介中的相关小节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Number of values to be returned. The default value is 20. Maximum is 100.
    ///
    /// 返回数量，默认为20，最大值为100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeVpnConnectionsRequest {
    type Action = DescribeVpnConnections;
}

impl tencent_action::Paginated for DescribeVpnConnectionsRequest {
    type Item = VpnConnection;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpnConnection>> {
        page.vpn_connection_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Querying VPN gateway-based CCN routes (查询VPN网关云联网路由): the request of `DescribeVpnGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewayCcnRoutesRequest {
    /// Instance ID of the VPN gateway
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// Offset.
    ///
    /// 偏移量。默认值：0
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The returned quantity
    ///
    /// 返回数量。默认值：20
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl DescribeVpnGatewayCcnRoutesRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpnGatewayCcnRoutesRequest {
    type Action = DescribeVpnGatewayCcnRoutes;
}

impl tencent_action::Paginated for DescribeVpnGatewayCcnRoutesRequest {
    type Item = VpngwCcnRoutes;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpngwCcnRoutes>> {
        page.route_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries routes of a VPN gateway (查询VPN网关路由): the request of `DescribeVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewayRoutesRequest {
    /// Instance ID of the VPN gateway
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// Filter condition. Valid values: `DestinationCidr`, `InstanceId`, and `InstanceType`.
    ///
    /// 过滤条件,  条件包括(DestinationCidr, InstanceId,InstanceType)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0
    ///
    /// 偏移量, 默认0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Number of returned results per page. Default value: 20; maximum value: 100
    ///
    /// 单页个数, 默认20, 最大值100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

impl DescribeVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            filters: None,
            offset: None,
            limit: None,
        }
    }
}

impl tencent_action::Request for DescribeVpnGatewayRoutesRequest {
    type Action = DescribeVpnGatewayRoutes;
}

impl tencent_action::Paginated for DescribeVpnGatewayRoutesRequest {
    type Item = VpnGatewayRoute;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpnGatewayRoute>> {
        page.routes.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询SSL-VPN-CLIENT 列表: the request of `DescribeVpnGatewaySslClients`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewaySslClients`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaySslClientsRequest {
    /// 过滤条件，参数不支持同时指定SslVpnClientIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID形如：vpngw-5aluhh9t。
    ///
    /// - ssl-vpn-server-id - String - （过滤条件）SSL-VPN-SERVER实例ID形如：vpns-1j2w6xpx。
    ///
    /// - ssl-vpn-client-id - String - （过滤条件）SSL-VPN-CLIENT实例ID形如：vpnc-3rlxp4nd。
    ///
    /// - ssl-vpn-client-name - String - （过滤条件）SSL-VPN-CLIENT实例名称。
    ///
    /// - ssl-vpn-client-inner-ip - String - （过滤条件）SSL-VPN-CLIENT私网IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// 偏移量，默认值0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数，默认值20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// SSL-VPN-CLIENT实例ID。形如：
    ///
    /// vpns-1jww3xpx。每次请求的实例的上限为100。参数不支持同时指定SslVpnClientIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
    /// VPN门户网站使用。默认是False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
}

impl tencent_action::Request for DescribeVpnGatewaySslClientsRequest {
    type Action = DescribeVpnGatewaySslClients;
}

impl tencent_action::Paginated for DescribeVpnGatewaySslClientsRequest {
    type Item = SslVpnClient;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SslVpnClient>> {
        page.ssl_vpn_client_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// 查询SSL-VPN SERVER 列表: the request of `DescribeVpnGatewaySslServers`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGatewaySslServers`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaySslServersRequest {
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// 请求对象个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// SSL-VPN-SERVER实例ID。形如：vpns-0p4rj60。每次请求的实例的上限为100。参数不支持同时指定SslVpnServerIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_server_ids: Option<Vec<String>>,
    /// 过滤条件，参数不支持同时指定SslVpnServerIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID，形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID，形如：vpngw-5aluhh9t。
    ///
    /// - vpn-gateway-name - String - （过滤条件）VPN实例名称。
    ///
    /// - ssl-vpn-server-name - String - （过滤条件）SSL-VPN-SERVER实例名称。
    ///
    /// - ssl-vpn-server-id - String - （过滤条件）SSL-VPN-SERVER实例ID，形如：vpns-xxx。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// vpn门户使用。 默认Flase
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
}

impl tencent_action::Request for DescribeVpnGatewaySslServersRequest {
    type Action = DescribeVpnGatewaySslServers;
}

impl tencent_action::Paginated for DescribeVpnGatewaySslServersRequest {
    type Item = SslVpnSever;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<SslVpnSever>> {
        page.ssl_vpn_sever_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Queries VPN gateways (查询VPN网关): the request of `DescribeVpnGateways`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DescribeVpnGateways`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeVpnGatewaysRequest {
    /// The VPN gateway instance ID, such as `vpngw-f49l6u0z`. Each request can have a maximum of 100 instances. `VpnGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// VPN网关实例ID。形如：vpngw-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpnGatewayIds和Filters。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_ids: Option<Vec<String>>,
    /// Filter condition. `VpnGatewayIds` and `Filters` cannot be specified at the same time.
    ///
    /// - vpc-id - String - (Filter condition) VPC instance ID, such as `vpc-f49l6u0z`.
    ///
    /// - vpn-gateway-id - String - (Filter condition) VPN instance ID, such as `vpngw-5aluhh9t`.
    ///
    /// - vpn-gateway-name - String - (Filter condition) VPN instance name.
    ///
    /// - type - String - (Filter condition) VPN gateway type: 'IPSEC', 'SSL'.
    ///
    /// - public-ip-address- String - (Filter condition) Public IP.
    ///
    /// - renew-flag - String - (Filter condition) Gateway renewal type. Manual renewal: `NOTIFY_AND_MANUAL_RENEW`, Automatic renewal: `NOTIFY_AND_AUTO_RENEW`.
    ///
    /// - zone - String - (Filter condition) The availability zone where the VPN is located, such as `ap-guangzhou-2`.
    ///
    /// 过滤条件，参数不支持同时指定VpnGatewayIds和Filters。
    ///
    /// - vpc-id - String - （过滤条件）VPC实例ID形如：vpc-f49l6u0z。
    ///
    /// - vpn-gateway-id - String - （过滤条件）VPN实例ID形如：vpngw-5aluhh9t。
    ///
    /// - vpn-gateway-name - String - （过滤条件）VPN实例名称。
    ///
    /// - type - String - （过滤条件）VPN网关类型：'IPSEC', 'SSL', 'CCN', 'SSL_CCN'。
    ///
    /// - public-ip-address- String - （过滤条件）公网IP。
    ///
    /// - renew-flag - String - （过滤条件）网关续费类型，手动续费：'NOTIFY_AND_MANUAL_RENEW'、自动续费：'NOTIFY_AND_AUTO_RENEW'。
    ///
    /// - zone - String - （过滤条件）VPN所在可用区，形如：ap-guangzhou-2。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<FilterObject>>,
    /// Offset
    ///
    /// 偏移量，默认值为0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// The number of request objects.
    ///
    /// 请求对象个数，默认值为20。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl tencent_action::Request for DescribeVpnGatewaysRequest {
    type Action = DescribeVpnGateways;
}

impl tencent_action::Paginated for DescribeVpnGatewaysRequest {
    type Item = VpnGateway;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<VpnGateway>> {
        page.vpn_gateway_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Unbinds instances from a CCN (云联网解关联实例): the request of `DetachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachCcnInstancesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The list of network instances to be unbound
    ///
    /// 要解关联网络实例列表
    pub instances: Vec<CcnInstance>,
}

impl DetachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DetachCcnInstancesRequest {
    type Action = DetachCcnInstances;
}

/// Deletes a Classiclink (删除基础网络互通): the request of `DetachClassicLinkVpc`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachClassicLinkVpc`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachClassicLinkVpcRequest {
    /// The ID of the VPC instance. You can obtain the parameter value from the VpcId field in the returned result of DescribeVpcs API.
    ///
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// Queries the ID of the CVM instance, such as `ins-r8hr2upy`.
    ///
    /// CVM实例ID查询。形如：ins-r8hr2upy。
    pub instance_ids: Vec<String>,
}

impl DetachClassicLinkVpcRequest {
    /// The request with its required members (`VpcId`, `InstanceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        instance_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            instance_ids: instance_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DetachClassicLinkVpcRequest {
    type Action = DetachClassicLinkVpc;
}

/// Unbinds an ENI from a CVM (弹性网卡解绑云服务器): the request of `DetachNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachNetworkInterfaceRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The ID of the CVM instance, such as `ins-r8hr2upy`.
    ///
    /// CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub instance_id: String,
    /// 用于保证请求幂等性的字符串。该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。若不指定该参数，则无法保证请求的幂等性。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl DetachNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            client_token: None,
        }
    }
}

impl tencent_action::Request for DetachNetworkInterfaceRequest {
    type Action = DetachNetworkInterface;
    const CLIENT_TOKEN: bool = true;
}

/// Disassociates a snapshot policy with instances (快照策略解关联实例): the request of `DetachSnapshotInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DetachSnapshotInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetachSnapshotInstancesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Information of instances
    ///
    /// 实例信息。
    pub instances: Vec<SnapshotInstance>,
}

impl DetachSnapshotInstancesRequest {
    /// The request with its required members (`SnapshotPolicyId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        instances: impl IntoIterator<Item = SnapshotInstance>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DetachSnapshotInstancesRequest {
    type Action = DetachSnapshotInstances;
}

/// Disables CCN routes (禁用云联网路由): the request of `DisableCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableCcnRoutesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The unique ID of the CCN routing policy, such as `ccnr-f49l6u0z`.
    ///
    /// CCN路由策略唯一ID。形如：ccnr-f49l6u0z。可通过DescribeCcnRoutes获取。
    pub route_ids: Vec<String>,
}

impl DisableCcnRoutesRequest {
    /// The request with its required members (`CcnId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisableCcnRoutesRequest {
    type Action = DisableCcnRoutes;
}

/// Disables flow log (停止流日志): the request of `DisableFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableFlowLogs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableFlowLogsRequest {
    /// Flow log ID.
    ///
    /// 流日志Id。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_ids: Vec<String>,
}

impl DisableFlowLogsRequest {
    /// The request with its required members (`FlowLogIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            flow_log_ids: flow_log_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisableFlowLogsRequest {
    type Action = DisableFlowLogs;
}

/// Disables gateway traffic monitor (关闭网关流量监控): the request of `DisableGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableGatewayFlowMonitorRequest {
    /// Gateway instance ID. Supported types:
    ///
    /// Direct connect gateway instance, such as `dcg-ltjahce6`;
    ///
    /// NAT gateway instance, such as `nat-ltjahce6`;
    ///
    /// VPN gateway instance, such as `vpn-ltjahce6`.
    ///
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl DisableGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DisableGatewayFlowMonitorRequest {
    type Action = DisableGatewayFlowMonitor;
}

/// Disables subnet routes (禁用子网路由): the request of `DisableRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableRoutesRequest {
    /// Unique route table ID.
    ///
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// Routing policy ID. This parameter cannot be used simultaneously with RouteItemIds, but at least one of them should be entered. The value of this parameter can be obtained by querying the route list ([DescribeRouteTables](https://intl.cloud.tencent.com/document/product/215/15763?from_cn_redirect=1)).
    ///
    /// 路由策略ID。不能和RouteItemIds同时使用，但至少输入一个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<u64>>,
    /// Unique routing policy ID. This parameter cannot be used simultaneously with RouteIds, but at least one of them should be entered. The value of this parameter can be obtained by querying the route list ([DescribeRouteTables](https://intl.cloud.tencent.com/document/product/215/15763?from_cn_redirect=1)).
    ///
    /// 路由策略唯一ID。不能和RouteIds同时使用，但至少输入一个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_item_ids: Option<Vec<String>>,
}

impl DisableRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_ids: None,
            route_item_ids: None,
        }
    }
}

impl tencent_action::Request for DisableRoutesRequest {
    type Action = DisableRoutes;
}

/// Disables specified snapshot policies (停用快照策略): the request of `DisableSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableSnapshotPoliciesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl DisableSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DisableSnapshotPoliciesRequest {
    type Action = DisableSnapshotPolicies;
}

/// 禁用SSL-VPN-CLIENT 证书: the request of `DisableVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisableVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisableVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量禁用时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DisableVpnGatewaySslClientCertRequest {
    type Action = DisableVpnGatewaySslClientCert;
}

/// Unbinds an EIP (解绑弹性公网IP): the request of `DisassociateAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateAddressRequest {
    /// The unique ID of the EIP, such as `eip-11112222`.
    ///
    /// 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// Whether a common public IP is assigned after the EIP is unbound. Value range:
    ///
    /// - TRUE: Indicates that after the EIP is unbound, a common public IP is assigned.
    ///
    /// - FALSE: Indicates that after the EIP is unbound, a common public IP is not assigned.
    ///
    /// Default value: FALSE.
    ///
    /// The parameter can be specified only under the following conditions:
    ///
    /// - It can only be specified when you unbind an EIP from the primary private IP of the primary ENI.
    ///
    /// - After an EIP is unbound, you can assign public IPs to an account up to 10 times per day. For more information, use the \[DescribeAddressQuota\] (<https://intl.cloud.tencent.com/document/api/213/1378?from_cn_redirect=1>) API.
    ///
    /// 表示解绑 EIP 之后是否分配普通公网 IP。取值范围：
    ///
    /// - TRUE：表示解绑 EIP 之后分配普通公网 IP。
    ///
    /// - FALSE：表示解绑 EIP 之后不分配普通公网 IP。
    ///
    /// 默认取值：FALSE。
    ///
    /// 只有满足以下条件时才能指定该参数：
    ///
    /// - 只有在解绑主网卡的主内网 IP 上的 EIP 时才能指定该参数。
    ///
    /// - 解绑 EIP 后重新分配普通公网 IP 操作一个账号每天最多操作 10 次；详情可通过 [DescribeAddressQuota](https://cloud.tencent.com/document/api/213/1378) 接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reallocate_normal_public_ip: Option<bool>,
}

impl DisassociateAddressRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            reallocate_normal_public_ip: None,
        }
    }
}

impl tencent_action::Request for DisassociateAddressRequest {
    type Action = DisassociateAddress;
}

/// DhcpIp解绑EIP: the request of `DisassociateDhcpIpWithAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateDhcpIpWithAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateDhcpIpWithAddressIpRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。必须是已绑定`EIP`的`DhcpIp`。
    pub dhcp_ip_id: String,
}

impl DisassociateDhcpIpWithAddressIpRequest {
    /// The request with its required members (`DhcpIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateDhcpIpWithAddressIpRequest {
    type Action = DisassociateDhcpIpWithAddressIp;
}

/// Unbinds a direct connect gateway from a NAT Gateway (专线网关解绑NAT网关): the request of `DisassociateDirectConnectGatewayNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateDirectConnectGatewayNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateDirectConnectGatewayNatGatewayRequest {
    /// The direct connect gateway ID.
    ///
    /// VPC实例ID。形如：vpc-xxx。
    pub vpc_id: String,
    /// The NAT Gateway ID.
    ///
    /// NAT网关ID。形如：nat-xxx
    pub nat_gateway_id: String,
    /// The ID of the VPC instance, which can be obtained from the `VpcId` field in response of the `DescribeVpcs` API.
    ///
    /// 专线网关ID。形如：dcg-xxx
    pub direct_connect_gateway_id: String,
}

impl DisassociateDirectConnectGatewayNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        direct_connect_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateDirectConnectGatewayNatGatewayRequest {
    type Action = DisassociateDirectConnectGatewayNatGateway;
}

/// HAVIP解绑定子机或网卡: the request of `DisassociateHaVipInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateHaVipInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateHaVipInstanceRequest {
    /// HaVip解绑的子机或网卡。最多支持10个实例。
    pub ha_vip_association_set: Vec<HaVipAssociation>,
}

impl DisassociateHaVipInstanceRequest {
    /// The request with its required members (`HaVipAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ha_vip_association_set: impl IntoIterator<Item = HaVipAssociation>,
    ) -> Self {
        Self {
            ha_vip_association_set: ha_vip_association_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for DisassociateHaVipInstanceRequest {
    type Action = DisassociateHaVipInstance;
}

/// Unbinds an EIPv6 (解绑弹性公网IPv6): the request of `DisassociateIPv6Address`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateIPv6Address`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateIPv6AddressRequest {
    /// Indicates the unique ID of the EIPv6, such as eipv6-11112222.
    ///
    /// 弹性公网IPv6唯一ID，EIPv6 唯一 ID 形如：eipv6-11112222。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressId")]
    pub ipv6_address_id: String,
    /// Indicates whether to keep the ENI bound when unbinding.
    ///
    /// 解绑时是否保持绑定弹性网卡。可选值：true、false。
    ///
    /// 默认值：false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_bind_with_eni: Option<bool>,
}

impl DisassociateIPv6AddressRequest {
    /// The request with its required members (`IPv6AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_id: impl Into<String>) -> Self {
        Self {
            ipv6_address_id: ipv6_address_id.into(),
            keep_bind_with_eni: None,
        }
    }
}

impl tencent_action::Request for DisassociateIPv6AddressRequest {
    type Action = DisassociateIPv6Address;
}

/// Unbinds an EIP from a NAT gateway (NAT网关解绑弹性IP): the request of `DisassociateNatGatewayAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNatGatewayAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNatGatewayAddressRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// Array of the EIPs to be unbound from the NAT gateway.
    ///
    /// 待解绑NAT网关的弹性IP数组。
    pub public_ip_addresses: Vec<String>,
}

impl DisassociateNatGatewayAddressRequest {
    /// The request with its required members (`NatGatewayId`, `PublicIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        public_ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            public_ip_addresses: public_ip_addresses
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNatGatewayAddressRequest {
    type Action = DisassociateNatGatewayAddress;
}

/// Disassociates a network ACL from a subnet (网络ACL解关联子网): the request of `DisassociateNetworkAclSubnets`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNetworkAclSubnets`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNetworkAclSubnetsRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Array of subnet instance IDs, such as \[subnet-12345678\].
    ///
    /// 子网实例ID数组。例如：\[subnet-12345678\]。
    pub subnet_ids: Vec<String>,
}

impl DisassociateNetworkAclSubnetsRequest {
    /// The request with its required members (`NetworkAclId`, `SubnetIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        subnet_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            subnet_ids: subnet_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNetworkAclSubnetsRequest {
    type Action = DisassociateNetworkAclSubnets;
}

/// Detaches a security group from an ENI. (弹性网卡解绑安全组): the request of `DisassociateNetworkInterfaceSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateNetworkInterfaceSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateNetworkInterfaceSecurityGroupsRequest {
    /// ENI instance ID, e.g. eni-pxir56ns. You can enter up to 100 instances for each request.
    ///
    /// 弹性网卡实例ID。形如：eni-pxir56ns。每次请求的实例的上限为100。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// The security group instance ID, such as `sg-33ocnj9n`. It can be obtained through DescribeSecurityGroups. You can enter up to 100 instances for each request.
    ///
    /// 安全组实例ID，例如：sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。每次请求的实例的上限为100。
    pub security_group_ids: Vec<String>,
}

impl DisassociateNetworkInterfaceSecurityGroupsRequest {
    /// The request with its required members (`NetworkInterfaceIds`, `SecurityGroupIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for DisassociateNetworkInterfaceSecurityGroupsRequest {
    type Action = DisassociateNetworkInterfaceSecurityGroups;
}

/// Unbinds an endpoint from a security group (终端节点解绑安全组): the request of `DisassociateVpcEndPointSecurityGroups`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DisassociateVpcEndPointSecurityGroups`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DisassociateVpcEndPointSecurityGroupsRequest {
    /// Array of security group IDs
    ///
    /// 安全组ID数组。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    pub security_group_ids: Vec<String>,
    /// Endpoint ID
    ///
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
}

impl DisassociateVpcEndPointSecurityGroupsRequest {
    /// The request with its required members (`SecurityGroupIds`, `EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: impl IntoIterator<Item = impl Into<String>>,
        end_point_id: impl Into<String>,
    ) -> Self {
        Self {
            security_group_ids: security_group_ids.into_iter().map(Into::into).collect(),
            end_point_id: end_point_id.into(),
        }
    }
}

impl tencent_action::Request for DisassociateVpcEndPointSecurityGroupsRequest {
    type Action = DisassociateVpcEndPointSecurityGroups;
}

/// Downloads a VPN tunnel configuration (下载VPN通道配置): the request of `DownloadCustomerGatewayConfiguration`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DownloadCustomerGatewayConfiguration`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DownloadCustomerGatewayConfigurationRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The ID of the VPN tunnel instance, such as `vpnx-f49l6u0z`.
    ///
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
    /// Customer gateway vendor information object, which can be obtained through DescribeCustomerGatewayVendors.
    ///
    /// 对端网关厂商信息对象，可通过[DescribeCustomerGatewayVendors](https://cloud.tencent.com/document/api/215/17517)获取。
    pub customer_gateway_vendor: CustomerGatewayVendor,
    /// Name of the physical API for tunnel access device.
    ///
    /// 通道接入设备物理接口名称。
    pub interface_name: String,
}

impl DownloadCustomerGatewayConfigurationRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`, `CustomerGatewayVendor`, `InterfaceName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
        customer_gateway_vendor: CustomerGatewayVendor,
        interface_name: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
            customer_gateway_vendor,
            interface_name: interface_name.into(),
        }
    }
}

impl tencent_action::Request for DownloadCustomerGatewayConfigurationRequest {
    type Action = DownloadCustomerGatewayConfiguration;
}

/// 下载SSL-VPN-CLIENT 客户端证书: the request of `DownloadVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`DownloadVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DownloadVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可以和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SAML Token（SAML令牌）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_token: Option<String>,
    /// VPN门户网站使用。默认False
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_vpn_portal: Option<bool>,
    /// SSL-VPN-CLIENT 实例ID列表。批量下载时使用。不可以和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for DownloadVpnGatewaySslClientCertRequest {
    type Action = DownloadVpnGatewaySslClientCert;
}

/// Enables CCN routes (启用云联网路由): the request of `EnableCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableCcnRoutesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The unique ID of the CCN routing policy, such as `ccnr-f49l6u0z`.
    ///
    /// CCN路由策略唯一ID。形如：ccnr-f49l6u0z。可通过DescribeCcnRoutes接口获取。
    pub route_ids: Vec<String>,
}

impl EnableCcnRoutesRequest {
    /// The request with its required members (`CcnId`, `RouteIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_ids: route_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for EnableCcnRoutesRequest {
    type Action = EnableCcnRoutes;
}

/// Enables flow log (启动流日志): the request of `EnableFlowLogs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableFlowLogs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableFlowLogsRequest {
    /// Flow log ID.
    ///
    /// 流日志Id。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_ids: Vec<String>,
}

impl EnableFlowLogsRequest {
    /// The request with its required members (`FlowLogIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            flow_log_ids: flow_log_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for EnableFlowLogsRequest {
    type Action = EnableFlowLogs;
}

/// Enables gateway traffic monitor (开启网关流量监控): the request of `EnableGatewayFlowMonitor`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableGatewayFlowMonitor`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableGatewayFlowMonitorRequest {
    /// Gateway instance ID. Supported types:
    ///
    /// Direct connect gateway instance, such as `dcg-ltjahce6`;
    ///
    /// NAT gateway instance, such as `nat-ltjahce6`;
    ///
    /// VPN gateway instance, such as `vpn-ltjahce6`.
    ///
    /// 网关实例ID，目前我们支持的网关实例有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
}

impl EnableGatewayFlowMonitorRequest {
    /// The request with its required members (`GatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(gateway_id: impl Into<String>) -> Self {
        Self {
            gateway_id: gateway_id.into(),
        }
    }
}

impl tencent_action::Request for EnableGatewayFlowMonitorRequest {
    type Action = EnableGatewayFlowMonitor;
}

/// Enables subnet routes (启用子网路由): the request of `EnableRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableRoutesRequest {
    /// Unique route table ID.
    ///
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// Routing policy ID. This parameter cannot be used simultaneously with RouteItemIds, but at least one of them should be entered. The maximum number of items processed in a single request is 100. The value of this parameter can be obtained by querying the route list ([DescribeRouteTables](https://intl.cloud.tencent.com/document/product/215/15763?from_cn_redirect=1)).
    ///
    /// 路由策略ID。不能和RouteItemIds同时使用，但至少输入一个。单次处理上限100个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_ids: Option<Vec<u64>>,
    /// Unique routing policy ID. This parameter cannot be used simultaneously with RouteIds, but at least one of them should be entered. The maximum number of items processed in a single request is 100. The value of this parameter can be obtained by querying the route list ([DescribeRouteTables](https://intl.cloud.tencent.com/document/product/215/15763?from_cn_redirect=1)).
    ///
    /// 路由策略唯一ID。不能和RouteIds同时使用，但至少输入一个。单次处理上限100个。该参数取值可通过查询路由列表（[DescribeRouteTables](https://cloud.tencent.com/document/product/215/15763)）获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_item_ids: Option<Vec<String>>,
}

impl EnableRoutesRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_ids: None,
            route_item_ids: None,
        }
    }
}

impl tencent_action::Request for EnableRoutesRequest {
    type Action = EnableRoutes;
}

/// Enables specified snapshot policies (启用快照策略): the request of `EnableSnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableSnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableSnapshotPoliciesRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_ids: Vec<String>,
}

impl EnableSnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPolicyIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            snapshot_policy_ids: snapshot_policy_ids
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
}

impl tencent_action::Request for EnableSnapshotPoliciesRequest {
    type Action = EnableSnapshotPolicies;
}

/// Determines whether to accept the request of connecting with an endpoint (是否接受终端节点连接请求): the request of `EnableVpcEndPointConnect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableVpcEndPointConnect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableVpcEndPointConnectRequest {
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// Endpoint ID
    ///
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: Vec<String>,
    /// Whether to accept the request of connecting with an endpoint
    ///
    /// 是否接受终端节点连接请求。
    ///
    /// -  true：自动接受。
    ///
    /// -  false：不自动接受。
    pub accept_flag: bool,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl EnableVpcEndPointConnectRequest {
    /// The request with its required members (`EndPointServiceId`, `EndPointId`, `AcceptFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        end_point_service_id: impl Into<String>,
        end_point_id: impl IntoIterator<Item = impl Into<String>>,
        accept_flag: bool,
    ) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            end_point_id: end_point_id.into_iter().map(Into::into).collect(),
            accept_flag,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for EnableVpcEndPointConnectRequest {
    type Action = EnableVpcEndPointConnect;
}

/// 启用SSL-VPN-CLIENT 证书: the request of `EnableVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`EnableVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnableVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID。不可和SslVpnClientIds同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_id: Option<String>,
    /// SSL-VPN-CLIENT 实例ID列表。批量启用时使用。不可和SslVpnClientId同时使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_client_ids: Option<Vec<String>>,
}

impl tencent_action::Request for EnableVpnGatewaySslClientCertRequest {
    type Action = EnableVpnGatewaySslClientCert;
}

/// Obtains a pair of VPN tunnel health check addresses (获取一对VPN通道健康检查地址): the request of `GenerateVpnConnectionDefaultHealthCheckIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GenerateVpnConnectionDefaultHealthCheckIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GenerateVpnConnectionDefaultHealthCheckIpRequest {
    /// VPN gateway ID, such as `vpngw-1w9tue3d`
    ///
    /// VPN网关id， 例如：vpngw-1w9tue3d
    pub vpn_gateway_id: String,
}

impl GenerateVpnConnectionDefaultHealthCheckIpRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
        }
    }
}

impl tencent_action::Request for GenerateVpnConnectionDefaultHealthCheckIpRequest {
    type Action = GenerateVpnConnectionDefaultHealthCheckIp;
}

/// Queries the inter-region bandwidth limits of a CCN (查询云联网相关地域带宽信息): the request of `GetCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`GetCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCcnRegionBandwidthLimitsRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The filter condition.
    ///
    /// - sregion - String - (Filter condition) Filter by the source region, such as 'ap-guangzhou'.
    ///
    /// - dregion - String - (Filter condition) Filter by the destination region, such as 'ap-shanghai-bm'.
    ///
    /// 过滤条件。
    ///
    /// - sregion - String - （过滤条件）源地域，形如：ap-guangzhou。
    ///
    /// - dregion - String - （过滤条件）目的地域，形如：ap-shanghai-bm
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<Filter>>,
    /// The sorting condition. Valid values: `BandwidthLimit` and `ExpireTime`.
    ///
    /// 排序条件，目前支持带宽（`BandwidthLimit`）和过期时间（`ExpireTime`），默认按 `ExpireTime` 排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sorted_by: Option<String>,
    /// Offset
    ///
    /// 偏移量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Quantity of returned items
    ///
    /// 返回数量。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// In ascending or descending order. Valid values: 'ASC' and 'DESC'.
    ///
    /// 排序方式，'ASC':升序,'DESC':降序。默认按'ASC'排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_by: Option<String>,
}

impl GetCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            filters: None,
            sorted_by: None,
            offset: None,
            limit: None,
            order_by: None,
        }
    }
}

impl tencent_action::Request for GetCcnRegionBandwidthLimitsRequest {
    type Action = GetCcnRegionBandwidthLimits;
}

impl tencent_action::Paginated for GetCcnRegionBandwidthLimitsRequest {
    type Item = CcnBandwidthInfo;
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
    fn items(page: &mut Self::Action) -> Option<&mut Vec<CcnBandwidthInfo>> {
        page.ccn_bandwidth_set.as_mut()
    }
    fn total(page: &Self::Action) -> Option<u64> {
        tencent_action::Count::count(&page.total_count)
    }
}

/// Binds an EIP to an HAVIP (HAVIP绑定EIP): the request of `HaVipAssociateAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`HaVipAssociateAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVipAssociateAddressIpRequest {
    /// The unique `ID` of the `HAVIP`, such as `havip-9o233uri`. This must be a `HAVIP` that has not been bound to an `EIP`
    ///
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。必须是没有绑定`EIP`的`HAVIP`。
    pub ha_vip_id: String,
    /// The Elastic `IP`. This must be an `EIP` that has not been bound to a `HAVIP`
    ///
    /// 弹性公网`IP`。必须是没有绑定`HAVIP`的`EIP`。
    pub address_ip: String,
}

impl HaVipAssociateAddressIpRequest {
    /// The request with its required members (`HaVipId`, `AddressIp`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>, address_ip: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
            address_ip: address_ip.into(),
        }
    }
}

impl tencent_action::Request for HaVipAssociateAddressIpRequest {
    type Action = HaVipAssociateAddressIp;
}

/// Unbinds an EIP from HAVIP (HAVIP解绑EIP): the request of `HaVipDisassociateAddressIp`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`HaVipDisassociateAddressIp`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVipDisassociateAddressIpRequest {
    /// The unique `ID` of the `HAVIP`, such as `havip-9o233uri`. This must be an `HAVIP` that has been bound to an `EIP`.
    ///
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。必须是已绑定`EIP`的`HAVIP`。
    pub ha_vip_id: String,
}

impl HaVipDisassociateAddressIpRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
        }
    }
}

impl tencent_action::Request for HaVipDisassociateAddressIpRequest {
    type Action = HaVipDisassociateAddressIp;
}

/// Queries the price of creating a direct connect gateway (创建专线网关询价): the request of `InquirePriceCreateDirectConnectGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquirePriceCreateDirectConnectGateway`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquirePriceCreateDirectConnectGatewayRequest {}

impl tencent_action::Request for InquirePriceCreateDirectConnectGatewayRequest {
    type Action = InquirePriceCreateDirectConnectGateway;
}

/// Queries new purchase of Elastic Public IP (弹性公网IP新购询价): the request of `InquiryPriceAllocateAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceAllocateAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceAllocateAddressesRequest {
    /// EIP billing method.
    ///
    /// - Users with standard account type. Valid values:
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR: billed by hourly bandwidth on a pay-as-you-go basis.
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH: monthly bandwidth subscription.
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR: billed by hourly traffic on a pay-as-you-go basis.
    ///
    /// Default value: TRAFFIC_POSTPAID_BY_HOUR.
    ///
    /// EIP计费方式。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    pub internet_charge_type: String,
    /// The EIP outbound bandwidth cap, in Mbps.
    ///
    /// - For users with standard account type, the range of optional values depends on the EIP billing method:
    ///
    /// - `BANDWIDTH_POSTPAID_BY_HOUR`: 1 Mbps to 100 Mbps.
    ///
    /// - `BANDWIDTH_PREPAID_BY_MONTH`: 1 Mbps to 200 Mbps
    ///
    /// - `TRAFFIC_POSTPAID_BY_HOUR`: 1 Mbps to 100 Mbps.
    ///
    /// Default value: 1 Mbps.
    ///
    /// - For users with traditional account type, the EIP outbound bandwidth cap is subject to the public network egress bandwidth limit of the bound instance. No need to pass this parameter.
    ///
    /// EIP出带宽上限，单位：Mbps。
    ///
    /// - 账号为标准账户类型的用户，可选值范围取决于EIP计费方式：
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH：1 Mbps 至 200 Mbps
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：1 Mbps 至 100 Mbps
    ///
    /// 默认值：1 Mbps。
    ///
    /// - 账号为传统账户类型的用户，EIP出带宽上限取决于与其绑定的实例的公网出带宽上限，无需传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<i64>,
    /// A required billing parameter for an EIP billed by "BANDWIDTH_PREPAID_BY_MONTH". When the EIP is billed by "BANDWIDTH_PREPAID_BY_MONTH" this parameter is required. For other scenarios, it can be ignored.
    ///
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，其余场景不需传递
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
    /// EIP type. Default value: EIP.
    ///
    /// - High quality EIP, valid values:
    ///
    /// - HighQualityEIP: high quality EIP
    ///
    /// Note: High quality EIP is supported only in some regions.
    ///
    /// - High-defense IP, valid values:
    ///
    /// - AntiDDoSEIP: high-defense IP
    ///
    /// EIP类型。默认值：EIP。
    ///
    /// - 弹性公网IP，可选值：
    ///
    /// - EIP：弹性公网IP
    ///
    /// - 精品IP，可选值：
    ///
    /// - HighQualityEIP：精品IP
    ///
    /// 注意：仅新加坡和中国香港支持精品IP。
    ///
    /// - 高防IP，可选值：
    ///
    /// - AntiDDoSEIP：高防IP
    ///
    /// 注意：仅部分地域支持高防IP，详情可见弹性公网IP[产品概述](https://cloud.tencent.com/document/product/1199/41646)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// 原生EIP IP资源的计费方式。
    ///
    /// - 账号为标准账户类型的用户，可选值：
    ///
    /// - IP_POSTPAID_BY_HOUR：IP资源按小时后付费
    ///
    /// - IP_PREPAID_BY_MONTH：IP资源包月预付费
    #[serde(rename = "IPChargeType", default, skip_serializing_if = "Option::is_none")]
    pub ip_charge_type: Option<String>,
}

impl InquiryPriceAllocateAddressesRequest {
    /// The request with its required members (`InternetChargeType`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_charge_type: impl Into<String>) -> Self {
        Self {
            internet_charge_type: internet_charge_type.into(),
            internet_max_bandwidth_out: None,
            address_charge_prepaid: None,
            address_type: None,
            ip_charge_type: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceAllocateAddressesRequest {
    type Action = InquiryPriceAllocateAddresses;
}

/// 创建VPN网关询价: the request of `InquiryPriceCreateVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceCreateVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceCreateVpnGatewayRequest {
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000, 3000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
    /// VPN网关计费模式，PREPAID：表示预付费，即包年包月，POSTPAID_BY_HOUR：表示后付费，即按量计费。默认：POSTPAID_BY_HOUR，如果指定预付费模式，参数InstanceChargePrepaid必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// SSL VPN连接数设置，可选规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
    /// 查询的VPN类型，支持IPSEC、SSL两种类型，为SSL类型时，MaxConnection参数必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl InquiryPriceCreateVpnGatewayRequest {
    /// The request with its required members (`InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_max_bandwidth_out: u64) -> Self {
        Self {
            internet_max_bandwidth_out,
            instance_charge_type: None,
            instance_charge_prepaid: None,
            max_connection: None,
            r#type: None,
        }
    }
}

impl tencent_action::Request for InquiryPriceCreateVpnGatewayRequest {
    type Action = InquiryPriceCreateVpnGateway;
}

/// Elastic Public IP Bandwidth Adjustment Pricing Inquiry (弹性公网IP调整带宽询价): the request of `InquiryPriceModifyAddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceModifyAddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceModifyAddressesBandwidthRequest {
    /// Unique ID of EIP
    ///
    /// EIP唯一ID，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// New Bandwidth Value
    ///
    /// 新带宽值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: i64,
}

impl InquiryPriceModifyAddressesBandwidthRequest {
    /// The request with its required members (`AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for InquiryPriceModifyAddressesBandwidthRequest {
    type Action = InquiryPriceModifyAddressesBandwidth;
}

/// Queries the price of renewing elastic public IPs (弹性公网IP续费询价): the request of `InquiryPriceRenewAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceRenewAddressesRequest {
    /// Indicates the renewal resource instance ID.
    ///
    /// 续费资源实例ID。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// A required billing parameter for an EIP billed by "BANDWIDTH_PREPAID_BY_MONTH". When the EIP is billed by "BANDWIDTH_PREPAID_BY_MONTH", this parameter is required. For other scenarios, it can be ignored.
    ///
    /// 包月按带宽预付费EIP的计费参数。EIP为包月按带宽预付费时，该参数必传，不支持其他计费模式。
    pub address_charge_prepaid: AddressChargePrepaid,
}

impl InquiryPriceRenewAddressesRequest {
    /// The request with its required members (`AddressIds`, `AddressChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        address_charge_prepaid: AddressChargePrepaid,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            address_charge_prepaid,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewAddressesRequest {
    type Action = InquiryPriceRenewAddresses;
}

/// Queries the price for VPN gateway renewal (续费VPN网关询价): the request of `InquiryPriceRenewVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceRenewVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceRenewVpnGatewayRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// Specifies the purchased validity period, whether to enable auto-renewal. This parameter is required for monthly-subscription instances.
    ///
    /// 预付费模式，即包年包月相关参数设置。通过该参数可以指定包年包月实例的购买时长、是否设置自动续费等属性。若指定实例的付费模式为预付费则该参数必传。
    pub instance_charge_prepaid: InstanceChargePrepaid,
}

impl InquiryPriceRenewVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`, `InstanceChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        instance_charge_prepaid: InstanceChargePrepaid,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            instance_charge_prepaid,
        }
    }
}

impl tencent_action::Request for InquiryPriceRenewVpnGatewayRequest {
    type Action = InquiryPriceRenewVpnGateway;
}

/// Queries the price for adjusting the bandwidth cap of a VPN gateway (调整VPN网关带宽上限询价): the request of `InquiryPriceResetVpnGatewayInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`InquiryPriceResetVpnGatewayInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The public network bandwidth configuration. Available bandwidth specifications: 5, 10, 20, 50, and 100. Unit: Mbps.
    ///
    /// 公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：Mbps。
    pub internet_max_bandwidth_out: u64,
}

impl InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    /// The request with its required members (`VpnGatewayId`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest {
    type Action = InquiryPriceResetVpnGatewayInternetMaxBandwidth;
}

/// 安全锁定云联网带宽: the request of `LockCcnBandwidths`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`LockCcnBandwidths`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LockCcnBandwidthsRequest {
    /// 带宽实例的唯一ID数组。
    pub instances: Vec<CcnFlowLock>,
}

impl LockCcnBandwidthsRequest {
    /// The request with its required members (`Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instances: impl IntoIterator<Item = CcnFlowLock>) -> Self {
        Self {
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for LockCcnBandwidthsRequest {
    type Action = LockCcnBandwidths;
}

/// 安全锁定云联网实例: the request of `LockCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`LockCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LockCcnsRequest {}

impl tencent_action::Request for LockCcnsRequest {
    type Action = LockCcns;
}

/// 共享带宽包资源迁移接口: the request of `MigrateBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigrateBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigrateBandwidthPackageResourcesRequest {
    /// 当前资源所在的共享带宽包ID
    pub bandwidth_package_id: String,
    /// 要迁移的目标共享带宽包的ID
    pub target_bandwidth_package_id: String,
    /// 要迁移的资源的ID列表
    pub resource_ids: Vec<String>,
}

impl MigrateBandwidthPackageResourcesRequest {
    /// The request with its required members (`BandwidthPackageId`, `TargetBandwidthPackageId`, `ResourceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        bandwidth_package_id: impl Into<String>,
        target_bandwidth_package_id: impl Into<String>,
        resource_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            bandwidth_package_id: bandwidth_package_id.into(),
            target_bandwidth_package_id: target_bandwidth_package_id.into(),
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for MigrateBandwidthPackageResourcesRequest {
    type Action = MigrateBandwidthPackageResources;
}

/// Migrates an ENI (弹性网卡迁移): the request of `MigrateNetworkInterface`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigrateNetworkInterface`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigrateNetworkInterfaceRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The ID of the CVM bound to the ENI, such as `ins-r8hr2upy`.
    ///
    /// 弹性网卡当前绑定的CVM实例ID。形如：ins-r8hr2upy。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub source_instance_id: String,
    /// ID of the destination CVM instance to be migrated.
    ///
    /// 待迁移的目的CVM实例ID。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    pub destination_instance_id: String,
    /// ENI mount method. Valid values: 0: standard; 1: extension; default value: 0
    ///
    /// 网卡绑定类型：0 标准型 1 扩展型。默认：0。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach_type: Option<u64>,
}

impl MigrateNetworkInterfaceRequest {
    /// The request with its required members (`NetworkInterfaceId`, `SourceInstanceId`, `DestinationInstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        source_instance_id: impl Into<String>,
        destination_instance_id: impl Into<String>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            source_instance_id: source_instance_id.into(),
            destination_instance_id: destination_instance_id.into(),
            attach_type: None,
        }
    }
}

impl tencent_action::Request for MigrateNetworkInterfaceRequest {
    type Action = MigrateNetworkInterface;
}

/// Migrates private IPs of an ENI (弹性网卡内网IP迁移): the request of `MigratePrivateIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`MigratePrivateIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MigratePrivateIpAddressRequest {
    /// ID of the ENI instance bound with the private IP, such as `eni-m6dyj72l`.
    ///
    /// 当内网IP绑定的弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub source_network_interface_id: String,
    /// ID of the destination ENI instance to be migrated.
    ///
    /// 待迁移的目的弹性网卡实例ID。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub destination_network_interface_id: String,
    /// The private IP to be migrated, such as 10.0.0.6.
    ///
    /// 迁移的内网IP地址，例如：10.0.0.6。
    pub private_ip_address: String,
}

impl MigratePrivateIpAddressRequest {
    /// The request with its required members (`SourceNetworkInterfaceId`, `DestinationNetworkInterfaceId`, `PrivateIpAddress`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        source_network_interface_id: impl Into<String>,
        destination_network_interface_id: impl Into<String>,
        private_ip_address: impl Into<String>,
    ) -> Self {
        Self {
            source_network_interface_id: source_network_interface_id.into(),
            destination_network_interface_id: destination_network_interface_id.into(),
            private_ip_address: private_ip_address.into(),
        }
    }
}

impl tencent_action::Request for MigratePrivateIpAddressRequest {
    type Action = MigratePrivateIpAddress;
}

/// Modifies EIP attributes (修改弹性公网IP属性): the request of `ModifyAddressAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressAttributeRequest {
    /// The unique ID of the EIP, such as `eip-11112222`.
    ///
    /// 标识 EIP 的唯一 ID。EIP 唯一 ID 形如：`eip-11112222`。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// The EIP name after modification. The maximum length is 20 characters.
    ///
    /// 修改后的 EIP 名称。长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"\_"，不能包含空格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_name: Option<String>,
    /// Whether the set EIP is a direct connection EIP. TRUE: yes. FALSE: no. Note that this parameter is available only to users who have activated the EIP direct connection function.
    ///
    /// 设定EIP是否直通，"TRUE"表示直通，"FALSE"表示非直通。
    ///
    /// 注意：该参数仅对 EIP 直通功能可见的用户可以设定，EIP 必须为绑定状态，绑定的对象为 CVM 。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_direct_connection: Option<String>,
}

impl ModifyAddressAttributeRequest {
    /// The request with its required members (`AddressId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_id: impl Into<String>) -> Self {
        Self {
            address_id: address_id.into(),
            address_name: None,
            eip_direct_connection: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressAttributeRequest {
    type Action = ModifyAddressAttribute;
}

/// Adjusts EIP billing modes (调整弹性公网ip计费模式): the request of `ModifyAddressInternetChargeType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressInternetChargeType`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressInternetChargeTypeRequest {
    /// Unique EIP ID, such as "eip-xxxx"
    ///
    /// 弹性公网IP的唯一ID，形如eip-xxx，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_id: String,
    /// The target billing method. It can be `BANDWIDTH_PREPAID_BY_MONTH` or `TRAFFIC_POSTPAID_BY_HOUR`
    ///
    /// 弹性公网IP调整目标计费模式，支持：
    ///
    /// BANDWIDTH_PREPAID_BY_MONTH：包月按带宽预付费
    ///
    /// TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    pub internet_charge_type: String,
    /// The target bandwidth value
    ///
    /// 弹性公网IP调整目标带宽值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: u64,
    /// Billing details of monthly-subscribed network bandwidth. This parameter is required if the target billing method is `BANDWIDTH_PREPAID_BY_MONTH`.
    ///
    /// 包月带宽网络计费模式参数。弹性公网IP的调整目标计费模式是 BANDWIDTH_PREPAID_BY_MONTH（包月按带宽预付费）时，必传该参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_charge_prepaid: Option<AddressChargePrepaid>,
}

impl ModifyAddressInternetChargeTypeRequest {
    /// The request with its required members (`AddressId`, `InternetChargeType`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_id: impl Into<String>,
        internet_charge_type: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            address_id: address_id.into(),
            internet_charge_type: internet_charge_type.into(),
            internet_max_bandwidth_out,
            address_charge_prepaid: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressInternetChargeTypeRequest {
    type Action = ModifyAddressInternetChargeType;
}

/// Modifies an IP address template (修改IP地址模板): the request of `ModifyAddressTemplateAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressTemplateAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressTemplateAttributeRequest {
    /// IP address template instance ID, such as `ipm-mdunqeb6`.
    ///
    /// IP地址模板实例ID，例如：ipm-mdunqeb6。
    pub address_template_id: String,
    /// IP address template name.
    ///
    /// IP地址模板名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_name: Option<String>,
    /// Address information, including IP, CIDR and IP address range.
    ///
    /// 地址信息，支持 IP、CIDR、IP 范围。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
    /// Address information with remarks, including the IP, CIDR block or IP address range.
    ///
    /// 支持添加备注的地址信息，支持 IP、CIDR、IP 范围。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses_extra: Option<Vec<AddressInfo>>,
}

impl ModifyAddressTemplateAttributeRequest {
    /// The request with its required members (`AddressTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_id: impl Into<String>) -> Self {
        Self {
            address_template_id: address_template_id.into(),
            address_template_name: None,
            addresses: None,
            addresses_extra: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressTemplateAttributeRequest {
    type Action = ModifyAddressTemplateAttribute;
}

/// Modifies an IP address template group (修改IP地址模板集合): the request of `ModifyAddressTemplateGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressTemplateGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressTemplateGroupAttributeRequest {
    /// IP address template group instance ID, such as `ipmg-2uw6ujo6`.
    ///
    /// IP地址模板集合实例ID，例如：ipmg-2uw6ujo6。
    pub address_template_group_id: String,
    /// IP address template group name.
    ///
    /// IP地址模板集合名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_group_name: Option<String>,
    /// IP address template instance ID, such as `ipm-mdunqeb6`.
    ///
    /// IP地址模板实例ID， 例如：ipm-mdunqeb6。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_ids: Option<Vec<String>>,
}

impl ModifyAddressTemplateGroupAttributeRequest {
    /// The request with its required members (`AddressTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_template_group_id: impl Into<String>) -> Self {
        Self {
            address_template_group_id: address_template_group_id.into(),
            address_template_group_name: None,
            address_template_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressTemplateGroupAttributeRequest {
    type Action = ModifyAddressTemplateGroupAttribute;
}

/// Modifies the EIP bandwidth (调整弹性公网IP带宽): the request of `ModifyAddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressesBandwidthRequest {
    /// List of EIP IDs, such as “eip-xxxx”.
    ///
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// Target bandwidth value adjustment
    ///
    /// 调整带宽目标值，可调整的带宽上限值参考产品文档[带宽上限](https://cloud.tencent.com/document/product/1199/48333)。
    pub internet_max_bandwidth_out: i64,
    /// (Disused) The start time of the monthly bandwidth subscription
    ///
    /// 包月带宽起始时间(已废弃，输入无效)
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// (Disused) The end time of the monthly bandwidth subscription
    ///
    /// 包月带宽结束时间(已废弃，输入无效)
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}

impl ModifyAddressesBandwidthRequest {
    /// The request with its required members (`AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
            start_time: None,
            end_time: None,
        }
    }
}

impl tencent_action::Request for ModifyAddressesBandwidthRequest {
    type Action = ModifyAddressesBandwidth;
}

/// Adjusts the renewal flag for the monthly subscription EIP (调整包月IP续费标识): the request of `ModifyAddressesRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAddressesRenewFlag`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAddressesRenewFlagRequest {
    /// List of unique EIP IDs, for example, eip-xxxx.
    ///
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// Auto-renewal flag.
    ///
    /// - NOTIFY_AND_AUTO_RENEW: Notify upon expiration and automatically renew.
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: Notify upon expiration but do not automatically renew.
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: Do not notify upon expiration and do not automatically renew.
    ///
    /// If this parameter is set to NOTIFY_AND_AUTO_RENEW and the account balance is sufficient, the instance will be automatically renewed on a monthly basis after expiration.
    ///
    /// 自动续费标识。取值范围： NOTIFY_AND_AUTO_RENEW：通知过期且自动续费 NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费 DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费  若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。 示例值：NOTIFY_AND_AUTO_RENEW
    pub renew_flag: String,
}

impl ModifyAddressesRenewFlagRequest {
    /// The request with its required members (`AddressIds`, `RenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        renew_flag: impl Into<String>,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            renew_flag: renew_flag.into(),
        }
    }
}

impl tencent_action::Request for ModifyAddressesRenewFlagRequest {
    type Action = ModifyAddressesRenewFlag;
}

/// Modifies secondary CIDR blocks (修改辅助CIDR): the request of `ModifyAssistantCidr`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyAssistantCidr`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAssistantCidrRequest {
    /// `VPC` instance `ID`, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`。
    pub vpc_id: String,
    /// Array of the secondary CIDR blocks to be added, such as \["10.0.0.0/16", "172.16.0.0/16"\]. At least one of `NewCidrBlocks` and `OldCidrBlocks` must be specified.
    ///
    /// 待添加的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]，入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_cidr_blocks: Option<Vec<String>>,
    /// Array of the secondary CIDR blocks to be deleted, such as \["10.0.0.0/16", "172.16.0.0/16"\]. At least one of `NewCidrBlocks` or `OldCidrBlocks` must be specified.
    ///
    /// 待删除的辅助CIDR。CIDR数组，格式如\["10.0.0.0/16", "172.16.0.0/16"\]，入参NewCidrBlocks和OldCidrBlocks至少需要其一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_cidr_blocks: Option<Vec<String>>,
}

impl ModifyAssistantCidrRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            new_cidr_blocks: None,
            old_cidr_blocks: None,
        }
    }
}

impl tencent_action::Request for ModifyAssistantCidrRequest {
    type Action = ModifyAssistantCidr;
}

/// Modifies the attributes of a bandwidth package (修改带宽包属性): the request of `ModifyBandwidthPackageAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyBandwidthPackageAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBandwidthPackageAttributeRequest {
    /// The unique ID of the bandwidth package.
    ///
    /// 带宽包唯一标识ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// The name of the bandwidth package.
    ///
    /// 带宽包名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_name: Option<String>,
    /// The billing mode of the bandwidth package. Values:
    ///
    /// `TOP5_POSTPAID_BY_MONTH`: Bill by the top 5 bandwidth value of the current month in a postpaid manner
    ///
    /// 带宽包计费模式，可选值:
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 后付费-增强型95计费
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 后付费-按主流量计费
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 常规BGP-后付费-按带宽计费
    ///
    /// - FIXED_PREPAID_BY_MONTH: 常规BGP-预付费
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 静态单线-后付费-按日结算
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 后付费-TOP5计费，如需使用，请提交工单申请
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
}

impl tencent_action::Request for ModifyBandwidthPackageAttributeRequest {
    type Action = ModifyBandwidthPackageAttribute;
}

/// ModifyBandwidthPackageBandwidth (调整共享带宽包带宽): the request of `ModifyBandwidthPackageBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyBandwidthPackageBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyBandwidthPackageBandwidthRequest {
    /// Maximum bandwidth. Unit: Mbps.
    ///
    /// 带宽包限速大小。单位：Mbps。带宽包计费类型对应的带宽上下限可参考：[BandwidthRange](https://cloud.tencent.com/document/api/215/15824#BandwidthRange)
    pub internet_max_bandwidth: i64,
    /// Bandwidth package ID.
    ///
    /// 共享带宽包ID，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    pub bandwidth_package_id: String,
}

impl ModifyBandwidthPackageBandwidthRequest {
    /// The request with its required members (`InternetMaxBandwidth`, `BandwidthPackageId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        internet_max_bandwidth: i64,
        bandwidth_package_id: impl Into<String>,
    ) -> Self {
        Self {
            internet_max_bandwidth,
            bandwidth_package_id: bandwidth_package_id.into(),
        }
    }
}

impl tencent_action::Request for ModifyBandwidthPackageBandwidthRequest {
    type Action = ModifyBandwidthPackageBandwidth;
}

/// Modifies CCN-associated instance attributes (修改CCN关联实例属性): the request of `ModifyCcnAttachedInstancesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnAttachedInstancesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnAttachedInstancesAttributeRequest {
    /// CCN instance ID in the format of `ccn-f49l6u0z`
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// List of associated network instances
    ///
    /// 关联网络实例列表
    pub instances: Vec<CcnInstance>,
}

impl ModifyCcnAttachedInstancesAttributeRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyCcnAttachedInstancesAttributeRequest {
    type Action = ModifyCcnAttachedInstancesAttribute;
}

/// Modifies CCN attributes (修改CCN属性): the request of `ModifyCcnAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnAttributeRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The name of CCN instance. Up to 60 characters allowed. It can contain up to 60 bytes. Either `CcnName` or `CcnDescription` must be specified.
    ///
    /// CCN名称，最大长度不能超过60个字节，限制：CcnName和CcnDescription必须至少选择一个参数输入，否则报错。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_name: Option<String>,
    /// The description of CCN instance. Up to 100 characters allowed. It can contain up to 60 bytes. Either `CcnName` or `CcnDescription` must be specified.
    ///
    /// CCN描述信息，最大长度不能超过100个字节，限制：CcnName和CcnDescription必须至少选择一个参数输入，否则报错。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_description: Option<String>,
    /// 是否开启等价路由功能。`False` 不开启，`True` 开启。
    #[serde(rename = "RouteECMPFlag", default, skip_serializing_if = "Option::is_none")]
    pub route_ecmp_flag: Option<bool>,
    /// 是否开启路由重叠功能。`False` 不开启，`True` 开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_overlap_flag: Option<bool>,
    /// 是否开启qos功能。`False` 不开启，`True` 开启。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_marking_policy_flag: Option<bool>,
    /// 是否切换为混合计费
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixed_billing_flag: Option<bool>,
}

impl ModifyCcnAttributeRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_name: None,
            ccn_description: None,
            route_ecmp_flag: None,
            route_overlap_flag: None,
            traffic_marking_policy_flag: None,
            mixed_billing_flag: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnAttributeRequest {
    type Action = ModifyCcnAttribute;
}

/// 更新云联网策略路由下一跳参数: the request of `ModifyCcnPolicyBasedRoutingNextHopAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnPolicyBasedRoutingNextHopAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_id: String,
    /// 名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 下一跳地域
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_region: Option<String>,
    /// 实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// 关联实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// 下一跳资源类型\[HAVIP,GWLB_ENDPOINT\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_resource_id: Option<String>,
    /// 状态
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingNextHopId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_next_hop_id: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_next_hop_id: policy_based_routing_next_hop_id.into(),
            name: None,
            description: None,
            next_hop_region: None,
            instance_type: None,
            instance_id: None,
            next_hop_resource_type: None,
            next_hop_resource_id: None,
            state: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnPolicyBasedRoutingNextHopAttributeRequest {
    type Action = ModifyCcnPolicyBasedRoutingNextHopAttribute;
}

/// 更新云联网策略路由匹配规则参数: the request of `ModifyCcnPolicyBasedRoutingRuleAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnPolicyBasedRoutingRuleAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 策略路由匹配规则ID
    pub policy_based_routing_rule_id: String,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    /// The request with its required members (`CcnId`, `PolicyBasedRoutingRuleId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        policy_based_routing_rule_id: impl Into<String>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            policy_based_routing_rule_id: policy_based_routing_rule_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnPolicyBasedRoutingRuleAttributeRequest {
    type Action = ModifyCcnPolicyBasedRoutingRuleAttribute;
}

/// Modifies the bandwidth limit policy of a postpaid instance (后付费产品修改带宽限速策略): the request of `ModifyCcnRegionBandwidthLimitsType`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnRegionBandwidthLimitsType`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnRegionBandwidthLimitsTypeRequest {
    /// CCN instance ID.
    ///
    /// 云联网实例ID。
    pub ccn_id: String,
    /// CCN bandwidth limit type. INTER_REGION_LIMIT: limit between regions. OUTER_REGION_LIMIT: region egress limit.
    ///
    /// 云联网限速类型，INTER_REGION_LIMIT：地域间限速，OUTER_REGION_LIMIT：地域出口限速。默认值：OUTER_REGION_LIMIT。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_limit_type: Option<String>,
}

impl ModifyCcnRegionBandwidthLimitsTypeRequest {
    /// The request with its required members (`CcnId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ccn_id: impl Into<String>) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            bandwidth_limit_type: None,
        }
    }
}

impl tencent_action::Request for ModifyCcnRegionBandwidthLimitsTypeRequest {
    type Action = ModifyCcnRegionBandwidthLimitsType;
}

/// 修改云联网路由表: the request of `ModifyCcnRouteTables`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCcnRouteTables`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCcnRouteTablesRequest {
    /// 需要修改的路由表列表。
    pub route_table_info: Vec<ModifyRouteTableInfo>,
}

impl ModifyCcnRouteTablesRequest {
    /// The request with its required members (`RouteTableInfo`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_info: impl IntoIterator<Item = ModifyRouteTableInfo>,
    ) -> Self {
        Self {
            route_table_info: route_table_info.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyCcnRouteTablesRequest {
    type Action = ModifyCcnRouteTables;
}

/// 修改 IDC通道信息: the request of `ModifyCdcLDCXAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCdcLDCXAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdcLDCXAttributeRequest {}

impl tencent_action::Request for ModifyCdcLDCXAttributeRequest {
    type Action = ModifyCdcLDCXAttribute;
}

/// 修改虚拟连接: the request of `ModifyCdcNetPlaneAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCdcNetPlaneAttribute`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCdcNetPlaneAttributeRequest {}

impl tencent_action::Request for ModifyCdcNetPlaneAttributeRequest {
    type Action = ModifyCdcNetPlaneAttribute;
}

/// Modifies a customer gateway (修改对端网关): the request of `ModifyCustomerGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyCustomerGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCustomerGatewayAttributeRequest {
    /// The ID of the customer gateway, such as `cgw-2wqq41m9`. You can query the customer gateway by using the [DescribeCustomerGateways](https://intl.cloud.tencent.com/document/api/215/17516?from_cn_redirect=1) API.
    ///
    /// 对端网关ID，例如：cgw-2wqq41m9，可通过[DescribeCustomerGateways](https://cloud.tencent.com/document/api/215/17516)接口查询对端网关。
    pub customer_gateway_id: String,
    /// Customer gateway can be named freely, but the maximum length is 60 characters.
    ///
    /// 对端网关名称，可任意命名，但不得超过60个字符。
    pub customer_gateway_name: String,
    /// BGP ASN。只有开启BGP白名单才可以修改此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
}

impl ModifyCustomerGatewayAttributeRequest {
    /// The request with its required members (`CustomerGatewayId`, `CustomerGatewayName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        customer_gateway_id: impl Into<String>,
        customer_gateway_name: impl Into<String>,
    ) -> Self {
        Self {
            customer_gateway_id: customer_gateway_id.into(),
            customer_gateway_name: customer_gateway_name.into(),
            bgp_asn: None,
        }
    }
}

impl tencent_action::Request for ModifyCustomerGatewayAttributeRequest {
    type Action = ModifyCustomerGatewayAttribute;
}

/// 修改DhcpIp属性: the request of `ModifyDhcpIpAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDhcpIpAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDhcpIpAttributeRequest {
    /// `DhcpIp`唯一`ID`，形如：`dhcpip-9o233uri`。
    pub dhcp_ip_id: String,
    /// `DhcpIp`名称，可任意命名，但不得超过60个字符。
    pub dhcp_ip_name: String,
}

impl ModifyDhcpIpAttributeRequest {
    /// The request with its required members (`DhcpIpId`, `DhcpIpName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(dhcp_ip_id: impl Into<String>, dhcp_ip_name: impl Into<String>) -> Self {
        Self {
            dhcp_ip_id: dhcp_ip_id.into(),
            dhcp_ip_name: dhcp_ip_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyDhcpIpAttributeRequest {
    type Action = ModifyDhcpIpAttribute;
}

/// Modifies the attributes of a direct connect gateway (修改专线网关属性): the request of `ModifyDirectConnectGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyDirectConnectGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyDirectConnectGatewayAttributeRequest {
    /// The unique ID of the direct connect gateway, such as `dcg-9o233uri`.
    ///
    /// 专线网关唯一`ID`，形如：`dcg-9o233uri`。
    pub direct_connect_gateway_id: String,
    /// The direct connect gateway name. You can enter any name within 60 characters.
    ///
    /// 专线网关名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_connect_gateway_name: Option<String>,
    /// The CCN route-learning type. Valid values: `BGP` (Automatic learning), `STATIC` (Static, that is, user-configured). You can only modify `CcnRouteType` for a CCN direct connect gateway with BGP enabled.
    ///
    /// 云联网路由学习类型，可选值：`BGP`（自动学习）、`STATIC`（静态，即用户配置）。只有云联网类型专线网关且开启了BGP功能才支持修改`CcnRouteType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_route_type: Option<String>,
    /// CCN route publishing method. Valid values: `standard` and `exquisite`. You can only modify `ModeType` for a CCN direct connect gateway.
    ///
    /// 云联网路由发布模式，可选值：`standard`（标准模式）、`exquisite`（精细模式）。只有云联网类型专线网关才支持修改`ModeType`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode_type: Option<String>,
}

impl ModifyDirectConnectGatewayAttributeRequest {
    /// The request with its required members (`DirectConnectGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(direct_connect_gateway_id: impl Into<String>) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            direct_connect_gateway_name: None,
            ccn_route_type: None,
            mode_type: None,
        }
    }
}

impl tencent_action::Request for ModifyDirectConnectGatewayAttributeRequest {
    type Action = ModifyDirectConnectGatewayAttribute;
}

/// Modifies the attributes of a flow log (修改流日志属性): the request of `ModifyFlowLogAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyFlowLogAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyFlowLogAttributeRequest {
    /// The unique ID of the flow log.
    ///
    /// 流日志唯一ID。可通过[CreateFlowLog](https://cloud.tencent.com/document/product/215/35015)接口创建；可通过[DescribeFlowLogs](https://cloud.tencent.com/document/product/215/35012)接口获取。
    pub flow_log_id: String,
    /// The VPC ID or unique ID of the resource. We recommend using the unique ID. This parameter is required unless the attributes of a CCN flow log is modified.
    ///
    /// 私用网络唯一ID。修改云联网流日志属性时可不填，其他流日志类型必填。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The name of the flow log instance.
    ///
    /// 流日志实例名称。长度为不超过60字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_name: Option<String>,
    /// The description of the flow log.
    ///
    /// 流日志实例描述。长度为不超过512个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_description: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。 取值范围（单位s）：60， 300， 600。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<u64>,
}

impl ModifyFlowLogAttributeRequest {
    /// The request with its required members (`FlowLogId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(flow_log_id: impl Into<String>) -> Self {
        Self {
            flow_log_id: flow_log_id.into(),
            vpc_id: None,
            flow_log_name: None,
            flow_log_description: None,
            period: None,
        }
    }
}

impl tencent_action::Request for ModifyFlowLogAttributeRequest {
    type Action = ModifyFlowLogAttribute;
}

/// Adjusts the bandwidth limit of a gateway (调整网关流控带宽): the request of `ModifyGatewayFlowQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGatewayFlowQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGatewayFlowQosRequest {
    /// Gateway instance ID. Supported types:
    ///
    /// Direct connect gateway instance, such as `dcg-ltjahce6`;
    ///
    /// NAT gateway instance, such as `nat-ltjahce6`;
    ///
    /// VPN gateway instance, such as `vpn-ltjahce6`.
    ///
    /// 网关实例ID，目前我们支持的网关实例类型有，
    ///
    /// 专线网关实例ID，形如，`dcg-ltjahce6`；
    ///
    /// Nat网关实例ID，形如，`nat-ltjahce6`；
    ///
    /// VPN网关实例ID，形如，`vpn-ltjahce6`。
    pub gateway_id: String,
    /// Bandwidth limit value in Mbps. Valid values: \>0: Set the limit to the specified value. 0: Block all traffic. -1: No bandwidth limit.
    ///
    /// 流控带宽值。取值大于0，表示限流到指定的Mbps；取值等于0，表示完全限流；取值为-1，不限流。
    pub bandwidth: i64,
    /// CVM private IP addresses with limited bandwidth.
    ///
    /// 限流的云服务器内网IP。
    pub ip_addresses: Vec<String>,
}

impl ModifyGatewayFlowQosRequest {
    /// The request with its required members (`GatewayId`, `Bandwidth`, `IpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        gateway_id: impl Into<String>,
        bandwidth: i64,
        ip_addresses: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            gateway_id: gateway_id.into(),
            bandwidth,
            ip_addresses: ip_addresses.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ModifyGatewayFlowQosRequest {
    type Action = ModifyGatewayFlowQos;
}

/// 修改全局路由ECMP的HASH算法: the request of `ModifyGlobalRouteECMPAlgorithm`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGlobalRouteECMPAlgorithm`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGlobalRouteECMPAlgorithmRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// Ipv4目标网段。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_cidr_block: Option<String>,
    /// 支持的 ECMP算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_route_algorithm: Option<String>,
    /// CDC 集群唯一 ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_id: Option<String>,
}

impl ModifyGlobalRouteECMPAlgorithmRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            destination_cidr_block: None,
            subnet_route_algorithm: None,
            cdc_id: None,
        }
    }
}

impl tencent_action::Request for ModifyGlobalRouteECMPAlgorithmRequest {
    type Action = ModifyGlobalRouteECMPAlgorithm;
}

/// 修改全局路由。: the request of `ModifyGlobalRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyGlobalRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGlobalRoutesRequest {
    /// VPC唯一Id。
    pub vpc_id: String,
    /// 全局路由对象。仅支持修改：'Description'，其他字段暂不支持。
    pub global_routes: Vec<GlobalRoute>,
}

impl ModifyGlobalRoutesRequest {
    /// The request with its required members (`VpcId`, `GlobalRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        global_routes: impl IntoIterator<Item = GlobalRoute>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            global_routes: global_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyGlobalRoutesRequest {
    type Action = ModifyGlobalRoutes;
}

/// Modifies HAVIP attributes (修改HAVIP属性): the request of `ModifyHaVipAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHaVipAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHaVipAttributeRequest {
    /// The unique `ID` of the `HAVIP`, such as `havip-9o233uri`.
    ///
    /// `HAVIP`唯一`ID`，形如：`havip-9o233uri`。
    pub ha_vip_id: String,
    /// `HAVIP` can be named freely, but the maximum length is 60 characters.
    ///
    /// `HAVIP`名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_name: Option<String>,
}

impl ModifyHaVipAttributeRequest {
    /// The request with its required members (`HaVipId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ha_vip_id: impl Into<String>) -> Self {
        Self {
            ha_vip_id: ha_vip_id.into(),
            ha_vip_name: None,
        }
    }
}

impl tencent_action::Request for ModifyHaVipAttributeRequest {
    type Action = ModifyHaVipAttribute;
}

/// 修改高优路由表条目属性: the request of `ModifyHighPriorityRouteAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteAttributeRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目修改属性。
    pub high_priority_modify_items: Vec<HighPriorityModifyItem>,
}

impl ModifyHighPriorityRouteAttributeRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityModifyItems`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_modify_items: impl IntoIterator<Item = HighPriorityModifyItem>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_modify_items: high_priority_modify_items.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteAttributeRequest {
    type Action = ModifyHighPriorityRouteAttribute;
}

/// 修改高优路由ECMP的HASH算法: the request of `ModifyHighPriorityRouteECMPAlgorithm`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteECMPAlgorithm`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteECMPAlgorithmRequest {
    /// 高优路由表实例唯一ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表HASH策略。
    #[serde(rename = "RouteECMPAlgorithms")]
    pub route_ecmp_algorithms: Vec<RouteECMPAlgorithm>,
}

impl ModifyHighPriorityRouteECMPAlgorithmRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `RouteECMPAlgorithms`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        route_ecmp_algorithms: impl IntoIterator<Item = RouteECMPAlgorithm>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            route_ecmp_algorithms: route_ecmp_algorithms.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteECMPAlgorithmRequest {
    type Action = ModifyHighPriorityRouteECMPAlgorithm;
}

/// 修改高优路由表属性: the request of `ModifyHighPriorityRouteTableAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyHighPriorityRouteTableAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyHighPriorityRouteTableAttributeRequest {
    /// 高优路由表表唯一ID
    pub high_priority_route_table_id: String,
    /// 高优路由表表名称
    pub name: String,
}

impl ModifyHighPriorityRouteTableAttributeRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `Name`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            name: name.into(),
        }
    }
}

impl tencent_action::Request for ModifyHighPriorityRouteTableAttributeRequest {
    type Action = ModifyHighPriorityRouteTableAttribute;
}

/// Modifies EIPv6 attributes (修改弹性公网IPv6属性): the request of `ModifyIPv6AddressesAttributes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIPv6AddressesAttributes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIPv6AddressesAttributesRequest {
    /// List of unique IDs of EIPv6.
    ///
    /// 弹性公网IPv6唯一ID列表。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressIds。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
    /// Name of the EIPv6 address
    ///
    /// 弹性公网IPv6地址名称，长度上限为128个字符，允许使用大小写字母、汉字、数字、连字符"-"和下划线"_"，不能包含空格。
    #[serde(
        rename = "IPv6AddressName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipv6_address_name: Option<String>,
}

impl ModifyIPv6AddressesAttributesRequest {
    /// The request with its required members (`IPv6AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
            ipv6_address_name: None,
        }
    }
}

impl tencent_action::Request for ModifyIPv6AddressesAttributesRequest {
    type Action = ModifyIPv6AddressesAttributes;
}

/// Modifies the EIPv6 bandwidth (调整弹性公网IPv6带宽): the request of `ModifyIPv6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIPv6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIPv6AddressesBandwidthRequest {
    /// Unique ID of the EIPv6 address
    ///
    /// 弹性公网IPv6地址唯一ID，可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
    /// Network bandwidth of the EIPv6 address
    ///
    /// 弹性公网IPv6地址网络带宽，可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    pub internet_max_bandwidth_out: i64,
}

impl ModifyIPv6AddressesBandwidthRequest {
    /// The request with its required members (`IPv6AddressIds`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>,
        internet_max_bandwidth_out: i64,
    ) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for ModifyIPv6AddressesBandwidthRequest {
    type Action = ModifyIPv6AddressesBandwidth;
}

/// Adjusts the bandwidth limit of a classic elastic public IPv6 instance (调整传统弹性公网IPv6带宽): the request of `ModifyIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6AddressesBandwidthRequest {
    /// Modified target bandwidth, in Mbps.
    ///
    /// 修改的目标带宽，单位Mbps。可调整的带宽上限值参考产品文档中[IPv6 计费限制说明](https://cloud.tencent.com/document/product/1142/38369#IPv6)。
    pub internet_max_bandwidth_out: i64,
    /// IPv6 addresses. Both Ip6Addresses and Ip6AddressId are required, but they cannot be specified at the same time.
    ///
    /// IPv6地址。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_addresses: Option<Vec<String>>,
    /// Unique IDs corresponding to the IPv6 addresses. Format: eip-xxxxxxxx. Both Ip6Addresses and Ip6AddressId are required, but they cannot be specified at the same time.
    ///
    /// IPv6地址对应的唯一ID，形如eip-xxxxxxxx。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
}

impl ModifyIp6AddressesBandwidthRequest {
    /// The request with its required members (`InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(internet_max_bandwidth_out: i64) -> Self {
        Self {
            internet_max_bandwidth_out,
            ip6_addresses: None,
            ip6_address_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6AddressesBandwidthRequest {
    type Action = ModifyIp6AddressesBandwidth;
}

/// 修改IPV6转换规则属性: the request of `ModifyIp6Rule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6Rule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6RuleRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换规则唯一ID，形如rule6-xxxxxxxx
    pub ip6_rule_id: String,
    /// IPV6转换规则修改后的名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_rule_name: Option<String>,
    /// IPV6转换规则修改后的IPV4地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vip: Option<String>,
    /// IPV6转换规则修改后的IPV4端口号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vport: Option<i64>,
}

impl ModifyIp6RuleRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_id: impl Into<String>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_id: ip6_rule_id.into(),
            ip6_rule_name: None,
            vip: None,
            vport: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6RuleRequest {
    type Action = ModifyIp6Rule;
}

/// 修改IP6转换实例属性: the request of `ModifyIp6Translator`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIp6Translator`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIp6TranslatorRequest {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxxx
    pub ip6_translator_id: String,
    /// IPV6转换实例修改名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_translator_name: Option<String>,
}

impl ModifyIp6TranslatorRequest {
    /// The request with its required members (`Ip6TranslatorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ip6_translator_id: impl Into<String>) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_translator_name: None,
        }
    }
}

impl tencent_action::Request for ModifyIp6TranslatorRequest {
    type Action = ModifyIp6Translator;
}

/// Modifies the IPv6 address attributes of an ENI (修改弹性网卡IPv6地址属性): the request of `ModifyIpv6AddressesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyIpv6AddressesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyIpv6AddressesAttributeRequest {
    /// The `ID` of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The information of the specified private `IPv6` addresses.
    ///
    /// 指定的内网IPv6地址信息。
    pub ipv6_addresses: Vec<Ipv6Address>,
}

impl ModifyIpv6AddressesAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`, `Ipv6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        ipv6_addresses: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: ipv6_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyIpv6AddressesAttributeRequest {
    type Action = ModifyIpv6AddressesAttribute;
}

/// Modifies a local gateway (修改本地网关): the request of `ModifyLocalGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyLocalGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyLocalGatewayRequest {
    /// Local gateway name
    ///
    /// 本地网关名称。
    pub local_gateway_name: String,
    /// CDC instance ID
    ///
    /// CDC实例ID。
    pub cdc_id: String,
    /// Local gateway instance ID
    ///
    /// 本地网关实例ID。
    pub local_gateway_id: String,
    /// VPC instance ID
    ///
    /// VPC实例ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl ModifyLocalGatewayRequest {
    /// The request with its required members (`LocalGatewayName`, `CdcId`, `LocalGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        local_gateway_name: impl Into<String>,
        cdc_id: impl Into<String>,
        local_gateway_id: impl Into<String>,
    ) -> Self {
        Self {
            local_gateway_name: local_gateway_name.into(),
            cdc_id: cdc_id.into(),
            local_gateway_id: local_gateway_id.into(),
            vpc_id: None,
        }
    }
}

impl tencent_action::Request for ModifyLocalGatewayRequest {
    type Action = ModifyLocalGateway;
}

/// 修改NAT网关高级属性: the request of `ModifyNatGatewayAdvancedAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayAdvancedAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayAdvancedAttributeRequest {
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// UDP映射空闲时间，单位：秒。含义为UDP流空闲多少秒以后从NAT映射中释放。取值范围为：3-7200，默认为180。
    #[serde(
        rename = "UDPMappingTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub udp_mapping_timeout: Option<u64>,
    /// TCP已建立的连接空闲超时时间，单位：秒。含义为TCP已建立的连接空闲多少秒以后从NAT映射中释放。取值范围为：40-10800，默认为10800。
    #[serde(
        rename = "TCPEstablishedConnectionTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tcp_established_connection_timeout: Option<u64>,
    /// TCP TIME_WAIT超时时间，单位：秒。含义为完全关闭的TCP连接在到期后保留在NAT映射中的秒数。取值范围为：10-600，默认为120。
    #[serde(
        rename = "TCPTimeWaitTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tcp_time_wait_timeout: Option<u64>,
}

impl ModifyNatGatewayAdvancedAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            udp_mapping_timeout: None,
            tcp_established_connection_timeout: None,
            tcp_time_wait_timeout: None,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewayAdvancedAttributeRequest {
    type Action = ModifyNatGatewayAdvancedAttribute;
}

/// Modifies the attributes of a NAT gateway (修改NAT网关的属性): the request of `ModifyNatGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayAttributeRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The NAT gateway name, such as `test_nat`.
    ///
    /// NAT网关的名称，形如：`test_nat`，边界值：\[1,60\] 字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_name: Option<String>,
    /// The maximum outbound bandwidth of the NAT gateway. Unit: Mbps.
    ///
    /// NAT网关最大外网出带宽(单位:Mbps)，边界值：\[0,50000\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// Whether to modify the security group bound to the NAT gateway
    ///
    /// 是否修改NAT网关绑定的安全组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modify_security_group: Option<bool>,
    /// The final security groups bound to the NAT Gateway, such as `['sg-1n232323', 'sg-o4242424']`. An empty list indicates that all the security groups have been deleted.
    ///
    /// NAT网关绑定的安全组列表，最终状态，空列表表示删除所有安全组，形如: `['sg-1n232323', 'sg-o4242424']`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
    /// 同一个内网地址通过NAT网关访问同一个目的IP时，是否使用固定的弹性公网IP。默认为true，使用固定IP；false代表使用随机IP。当前适用于标准型NAT网关。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_address_affinity: Option<bool>,
}

impl ModifyNatGatewayAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_name: None,
            internet_max_bandwidth_out: None,
            modify_security_group: None,
            security_group_ids: None,
            deletion_protection_enabled: None,
            public_address_affinity: None,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewayAttributeRequest {
    type Action = ModifyNatGatewayAttribute;
}

/// Modifies the port forwarding rule of a NAT gateway (修改NAT网关端口转发规则): the request of `ModifyNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The ID of the NAT gateway, such as `nat-df45454`.
    ///
    /// NAT网关的ID，形如：`nat-df45454`。
    pub nat_gateway_id: String,
    /// The port forwarding rule of the source NAT gateway.
    ///
    /// 源NAT网关的端口转换规则。
    pub source_nat_rule: DestinationIpPortTranslationNatRule,
    /// The port forwarding rule of the destination NAT gateway.
    ///
    /// 目的NAT网关的端口转换规则。
    pub destination_nat_rule: DestinationIpPortTranslationNatRule,
}

impl ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceNatRule`, `DestinationNatRule`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_nat_rule: DestinationIpPortTranslationNatRule,
        destination_nat_rule: DestinationIpPortTranslationNatRule,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_nat_rule,
            destination_nat_rule,
        }
    }
}

impl tencent_action::Request
for ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = ModifyNatGatewayDestinationIpPortTranslationNatRule;
}

/// Modifies a NAT gateway's SNAT forwarding rules (修改NAT网关SNAT转发规则): the request of `ModifyNatGatewaySourceIpTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNatGatewaySourceIpTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /// The ID of the NAT Gateway, such as `nat-df453454`
    ///
    /// NAT网关的ID，形如：`nat-df453454`。
    pub nat_gateway_id: String,
    /// The SNAT forwarding rule of the NAT Gateway
    ///
    /// NAT网关的SNAT转换规则。仅支持根据指定的NatGatewaySnatId修改PublicIpAddresses或Description。
    pub source_ip_translation_nat_rule: SourceIpTranslationNatRule,
}

impl ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `SourceIpTranslationNatRule`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        source_ip_translation_nat_rule: SourceIpTranslationNatRule,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            source_ip_translation_nat_rule,
        }
    }
}

impl tencent_action::Request for ModifyNatGatewaySourceIpTranslationNatRuleRequest {
    type Action = ModifyNatGatewaySourceIpTranslationNatRule;
}

/// ModifyNetDetect (修改网络探测): the request of `ModifyNetDetect`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetDetect`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetDetectRequest {
    /// The ID of a network detection instance, such as `netd-12345678`.
    ///
    /// 网络探测实例`ID`。形如：`netd-12345678`
    pub net_detect_id: String,
    /// The name of a network detection instance. The maximum length is 60 characters.
    ///
    /// 网络探测名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_name: Option<String>,
    /// The array of detection destination IPv4 addresses, which contains at most two IP addresses.
    ///
    /// 探测目的IPv4地址数组，最多两个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detect_destination_ip: Option<Vec<String>>,
    /// Type of the next hop. Valid values:
    ///
    /// `VPN`: VPN gateway;
    ///
    /// `DIRECTCONNECT`: Direct connect gateway;
    ///
    /// `PEERCONNECTION`: Peering connection;
    ///
    /// `NAT`: NAT gateway;
    ///
    /// `NORMAL_CVM`: CVM instance;
    ///
    /// `CCN`: CCN instance;
    ///
    /// `NONEXTHOP`: No next hop.
    ///
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// NAT：NAT网关；
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// CCN：云联网网关；
    ///
    /// NONEXTHOP：无下一跳；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_type: Option<String>,
    /// ID of the next-hop gateway.
    ///
    /// If NextHopType is set to VPN, the value of this parameter is the VPN gateway ID, such as vpngw-12345678.
    ///
    /// `NextHopType` = `DIRECTCONNECT`: Direct connect gateway ID, such as `dcg-12345678`.
    ///
    /// `NextHopType` = `PEERCONNECTION`: Peering connection ID, such as `pcx-12345678`.
    ///
    /// `NextHopType` = `NAT`: NAT gateway ID, such as `nat-12345678`.
    ///
    /// If NextHopType is set to NORMAL_CVM, the value of this parameter is the IPv4 address of the CVM, such as 10.0.0.12.
    ///
    /// `NextHopType` = `CCN`: CCN instance ID, such as `ccn-12345678`.
    ///
    /// `NextHopType` = `NONEXTHOP`: No next hop.
    ///
    /// 下一跳目的网关，取值与“下一跳类型”相关：
    ///
    /// 下一跳类型为VPN，取值VPN网关ID，形如：vpngw-12345678；
    ///
    /// 下一跳类型为DIRECTCONNECT，取值专线网关ID，形如：dcg-12345678；
    ///
    /// 下一跳类型为PEERCONNECTION，取值对等连接ID，形如：pcx-12345678；
    ///
    /// 下一跳类型为NAT，取值Nat网关，形如：nat-12345678；
    ///
    /// 下一跳类型为NORMAL_CVM，取值云服务器IPv4地址，形如：10.0.0.12；
    ///
    /// 下一跳类型为CCN，取值云联网ID，形如：ccn-12345678；
    ///
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测；
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_hop_destination: Option<String>,
    /// Network detection description.
    ///
    /// 网络探测描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_description: Option<String>,
}

impl ModifyNetDetectRequest {
    /// The request with its required members (`NetDetectId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(net_detect_id: impl Into<String>) -> Self {
        Self {
            net_detect_id: net_detect_id.into(),
            net_detect_name: None,
            detect_destination_ip: None,
            next_hop_type: None,
            next_hop_destination: None,
            net_detect_description: None,
        }
    }
}

impl tencent_action::Request for ModifyNetDetectRequest {
    type Action = ModifyNetDetect;
}

/// Modifies network ACL attributes (修改网络ACL属性): the request of `ModifyNetworkAclAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclAttributeRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Network ACL name, which can contain up to 60 bytes.
    ///
    /// 网络ACL名称，最大长度不能超过60个字节。
    pub network_acl_name: String,
}

impl ModifyNetworkAclAttributeRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_name: impl Into<String>,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_name: network_acl_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclAttributeRequest {
    type Action = ModifyNetworkAclAttribute;
}

/// Modifies network ACL rules (修改网络ACL规则): the request of `ModifyNetworkAclEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclEntriesRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Network ACL rule set. `NetworkAclEntrySet` and `NetworkAclQuintupleSet` cannot be entered at the same time.
    ///
    /// 网络ACL规则集。NetworkAclEntrySet和NetworkAclQuintupleSet只能输入一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_entry_set: Option<NetworkAclEntrySet>,
    /// Network ACL quintuple rule set. `NetworkAclEntrySet` and `NetworkAclQuintupleSet` cannot be entered at the same time.
    ///
    /// 网络ACL五元组规则集。NetworkAclEntrySet和NetworkAclQuintupleSet只能输入一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_acl_quintuple_set: Option<NetworkAclQuintupleEntries>,
    /// 三元组的增量更新。该接口的默认语义为全量覆盖。当需要实现增量更新语义时，设置该参数为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_update_acl_entries: Option<bool>,
}

impl ModifyNetworkAclEntriesRequest {
    /// The request with its required members (`NetworkAclId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_acl_id: impl Into<String>) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_entry_set: None,
            network_acl_quintuple_set: None,
            enable_update_acl_entries: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclEntriesRequest {
    type Action = ModifyNetworkAclEntries;
}

/// Updates the network ACL quintuple rules incrementally (增量更新网络ACL五元组规则接口): the request of `ModifyNetworkAclQuintupleEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkAclQuintupleEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkAclQuintupleEntriesRequest {
    /// Network ACL instance ID, such as `acl-12345678`.
    ///
    /// 网络ACL实例ID。例如：acl-12345678。
    pub network_acl_id: String,
    /// Network ACL quintuple rule set.
    ///
    /// 网络五元组ACL规则集。
    pub network_acl_quintuple_set: NetworkAclQuintupleEntries,
}

impl ModifyNetworkAclQuintupleEntriesRequest {
    /// The request with its required members (`NetworkAclId`, `NetworkAclQuintupleSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_acl_id: impl Into<String>,
        network_acl_quintuple_set: NetworkAclQuintupleEntries,
    ) -> Self {
        Self {
            network_acl_id: network_acl_id.into(),
            network_acl_quintuple_set,
        }
    }
}

impl tencent_action::Request for ModifyNetworkAclQuintupleEntriesRequest {
    type Action = ModifyNetworkAclQuintupleEntries;
}

/// Modifies an ENI (修改弹性网卡): the request of `ModifyNetworkInterfaceAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkInterfaceAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkInterfaceAttributeRequest {
    /// The ID of the ENI instance, such as `eni-pxir56ns`.
    ///
    /// 弹性网卡实例ID，例如：eni-pxir56ns。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The name of the ENI. The maximum length is 60 characters.
    ///
    /// 弹性网卡名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_name: Option<String>,
    /// ENI description can be named freely, but the maximum length is 60 characters.
    ///
    /// 弹性网卡描述，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_interface_description: Option<String>,
    /// The specified security groups to be bound with, such as \['sg-1dd51d'\].
    ///
    /// 指定绑定的安全组，例如:\['sg-1dd51d'\]。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// Configuration of the ENI trunking mode. Valid values: `Enable` and `Disable`. Default value: `Disable`.
    ///
    /// 网卡trunking模式设置，Enable-开启，Disable--关闭，默认关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trunking_flag: Option<String>,
}

impl ModifyNetworkInterfaceAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(network_interface_id: impl Into<String>) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            network_interface_name: None,
            network_interface_description: None,
            security_group_ids: None,
            trunking_flag: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkInterfaceAttributeRequest {
    type Action = ModifyNetworkInterfaceAttribute;
}

/// 修改弹性网卡服务质量: the request of `ModifyNetworkInterfaceQos`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyNetworkInterfaceQos`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyNetworkInterfaceQosRequest {
    /// 弹性网卡ID，支持批量修改。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_ids: Vec<String>,
    /// 服务质量，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qos_level: Option<String>,
    /// DirectSend端口范围最大值。最大值: 65535。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_send_max_port: Option<u64>,
}

impl ModifyNetworkInterfaceQosRequest {
    /// The request with its required members (`NetworkInterfaceIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            network_interface_ids: network_interface_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            qos_level: None,
            direct_send_max_port: None,
        }
    }
}

impl tencent_action::Request for ModifyNetworkInterfaceQosRequest {
    type Action = ModifyNetworkInterfaceQos;
}

/// Modifies the private IP information of an ENI (修改弹性网卡内网IP信息): the request of `ModifyPrivateIpAddressesAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateIpAddressesAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateIpAddressesAttributeRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The specified private IP information.
    ///
    /// 指定的内网IP信息。
    pub private_ip_addresses: Vec<PrivateIpAddressSpecification>,
}

impl ModifyPrivateIpAddressesAttributeRequest {
    /// The request with its required members (`NetworkInterfaceId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: private_ip_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyPrivateIpAddressesAttributeRequest {
    type Action = ModifyPrivateIpAddressesAttribute;
}

/// 修改私网NAT网关属性: the request of `ModifyPrivateNatGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayAttributeRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 私网网关名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway_name: Option<String>,
    /// 私网NAT实例是否开启删除保护
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection_enabled: Option<bool>,
}

impl ModifyPrivateNatGatewayAttributeRequest {
    /// The request with its required members (`NatGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(nat_gateway_id: impl Into<String>) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            nat_gateway_name: None,
            deletion_protection_enabled: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayAttributeRequest {
    type Action = ModifyPrivateNatGatewayAttribute;
}

/// 修改私网NAT网关目的端口转换规则: the request of `ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 目的端口转换规则列表。
    pub local_destination_ip_port_translation_nat_rules: Vec<
        DestinationIpPortTranslationNatRuleDiff,
    >,
}

impl ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `LocalDestinationIpPortTranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        local_destination_ip_port_translation_nat_rules: impl IntoIterator<
            Item = DestinationIpPortTranslationNatRuleDiff,
        >,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            local_destination_ip_port_translation_nat_rules: local_destination_ip_port_translation_nat_rules
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request
for ModifyPrivateNatGatewayDestinationIpPortTranslationNatRuleRequest {
    type Action = ModifyPrivateNatGatewayDestinationIpPortTranslationNatRule;
}

/// 修改私网NAT网关源端转换访问控制规则: the request of `ModifyPrivateNatGatewayTranslationAclRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayTranslationAclRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayTranslationAclRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则目标，可选值"LOCAL"。
    pub translation_direction: String,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。
    pub translation_type: String,
    /// 转换`IP`,当转换规则类型为四层时为`IP`池
    pub translation_ip: String,
    /// 访问控制列表，需要附带AclRuleId参数。
    pub translation_acl_rules: Vec<TranslationAclRule>,
    /// 源`IP`,当转换规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

impl ModifyPrivateNatGatewayTranslationAclRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationDirection`, `TranslationType`, `TranslationIp`, `TranslationAclRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_direction: impl Into<String>,
        translation_type: impl Into<String>,
        translation_ip: impl Into<String>,
        translation_acl_rules: impl IntoIterator<Item = TranslationAclRule>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_direction: translation_direction.into(),
            translation_type: translation_type.into(),
            translation_ip: translation_ip.into(),
            translation_acl_rules: translation_acl_rules.into_iter().collect(),
            original_ip: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayTranslationAclRuleRequest {
    type Action = ModifyPrivateNatGatewayTranslationAclRule;
}

/// 修改私网NAT网关源端转换规则: the request of `ModifyPrivateNatGatewayTranslationNatRule`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyPrivateNatGatewayTranslationNatRule`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyPrivateNatGatewayTranslationNatRuleRequest {
    /// 私网网关唯一`ID`，形如：`intranat-xxxxxxxx`。
    pub nat_gateway_id: String,
    /// 转换规则对象数组。仅支持修改单个转换规则
    pub translation_nat_rules: Vec<TranslationNatRuleDiff>,
    /// 跨域参数，当VPC为跨域时填写为True。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain: Option<bool>,
}

impl ModifyPrivateNatGatewayTranslationNatRuleRequest {
    /// The request with its required members (`NatGatewayId`, `TranslationNatRules`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        translation_nat_rules: impl IntoIterator<Item = TranslationNatRuleDiff>,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            translation_nat_rules: translation_nat_rules.into_iter().collect(),
            cross_domain: None,
        }
    }
}

impl tencent_action::Request for ModifyPrivateNatGatewayTranslationNatRuleRequest {
    type Action = ModifyPrivateNatGatewayTranslationNatRule;
}

/// Modifies a reserved private IP address (修改内网保留IP): the request of `ModifyReserveIpAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyReserveIpAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyReserveIpAddressRequest {
    /// Unique ID of the VPC.
    ///
    /// VPC唯一 ID。
    pub vpc_id: String,
    /// Unique ID of the reserved private IP address.
    ///
    /// 内网保留IP唯一ID。
    pub reserve_ip_id: String,
    /// Name of the reserved private IP address.
    ///
    /// 内网保留 IP名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the reserved private IP address.
    ///
    /// 内网保留 IP描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyReserveIpAddressRequest {
    /// The request with its required members (`VpcId`, `ReserveIpId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>, reserve_ip_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            reserve_ip_id: reserve_ip_id.into(),
            name: None,
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyReserveIpAddressRequest {
    type Action = ModifyReserveIpAddress;
}

/// Modify the routing strategy attribute (修改路由策略属性): the request of `ModifyRoutePolicyAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRoutePolicyAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRoutePolicyAttributeRequest {
    /// Instance ID of the route reception policy, such as rrp-dz0219jq.
    ///
    /// 路由接收策略实例ID，例如：rrp-dz0219jq。
    pub route_policy_id: String,
    /// Specifies the route reception policy name.
    ///
    /// 路由接收策略名称。
    pub route_policy_name: String,
    /// Describes the route reception policy.
    ///
    /// 路由接收策略描述。
    pub route_policy_description: String,
}

impl ModifyRoutePolicyAttributeRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyName`, `RoutePolicyDescription`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_name: impl Into<String>,
        route_policy_description: impl Into<String>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_name: route_policy_name.into(),
            route_policy_description: route_policy_description.into(),
        }
    }
}

impl tencent_action::Request for ModifyRoutePolicyAttributeRequest {
    type Action = ModifyRoutePolicyAttribute;
}

/// Modifies route table attributes (修改路由表属性): the request of `ModifyRouteTableAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRouteTableAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRouteTableAttributeRequest {
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// Route table name.
    ///
    /// 路由表名称。
    pub route_table_name: String,
}

impl ModifyRouteTableAttributeRequest {
    /// The request with its required members (`RouteTableId`, `RouteTableName`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_table_name: impl Into<String>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_table_name: route_table_name.into(),
        }
    }
}

impl tencent_action::Request for ModifyRouteTableAttributeRequest {
    type Action = ModifyRouteTableAttribute;
}

/// 编辑云联网路由表选择策略: the request of `ModifyRouteTableSelectionPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyRouteTableSelectionPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRouteTableSelectionPoliciesRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 选择策略信息集合，表示需要按照当前的策略来修改。
    pub selection_policies: Vec<CcnRouteTableSelectPolicy>,
}

impl ModifyRouteTableSelectionPoliciesRequest {
    /// The request with its required members (`CcnId`, `SelectionPolicies`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        selection_policies: impl IntoIterator<Item = CcnRouteTableSelectPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            selection_policies: selection_policies.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyRouteTableSelectionPoliciesRequest {
    type Action = ModifyRouteTableSelectionPolicies;
}

/// Modifies security group attributes (修改安全组属性): the request of `ModifySecurityGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySecurityGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySecurityGroupAttributeRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// Security group can be named freely, but cannot exceed 60 characters.
    ///
    /// 安全组名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// The remarks for the security group. The maximum length is 100 characters.
    ///
    /// 安全组备注，最多100个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_description: Option<String>,
}

impl ModifySecurityGroupAttributeRequest {
    /// The request with its required members (`SecurityGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(security_group_id: impl Into<String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            group_name: None,
            group_description: None,
        }
    }
}

impl tencent_action::Request for ModifySecurityGroupAttributeRequest {
    type Action = ModifySecurityGroupAttribute;
}

/// Modifies the outbound and inbound policies of a security group (重置安全组出站和入站规则): the request of `ModifySecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySecurityGroupPoliciesRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// The security group policy set. SecurityGroupPolicySet object must specify new egress and ingress policies at the same time. SecurityGroupPolicy object does not support custom index (PolicyIndex).
    ///
    /// 安全组规则集合。 SecurityGroupPolicySet对象必须同时指定新的出（Egress）入（Ingress）站规则。 SecurityGroupPolicy对象不支持自定义索引（PolicyIndex）。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// Whether the security group rule is sorted. Default value: False. If it is set to `True`, security group rules will be strictly sorted according to the sequence specified in the `SecurityGroupPolicySet` parameter. Manual entry may cause omission, so we recommend sorting security group rules in the console.
    ///
    /// 排序安全组标识，默认值为False。当SortPolicys为False时，不改变安全组规则排序；当SortPolicys为True时，系统将严格按照SecurityGroupPolicySet参数传入的安全组规则及顺序进行重置，考虑到人为输入参数可能存在遗漏风险，建议通过控制台对安全组规则进行排序。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_policys: Option<bool>,
}

impl ModifySecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            sort_policys: None,
        }
    }
}

impl tencent_action::Request for ModifySecurityGroupPoliciesRequest {
    type Action = ModifySecurityGroupPolicies;
}

/// Modifies a protocol port template (修改协议端口模板): the request of `ModifyServiceTemplateAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyServiceTemplateAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceTemplateAttributeRequest {
    /// Protocol port template instance ID, such as `ppm-529nwwj8`.
    ///
    /// 协议端口模板实例ID，例如：ppm-529nwwj8。
    pub service_template_id: String,
    /// Protocol port template name.
    ///
    /// 协议端口模板名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_name: Option<String>,
    /// It supports single port, multiple ports, consecutive ports and all ports. Supported protocols include TCP, UDP, ICMP, and GRE.
    ///
    /// 支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。协议后面的端口部分长度不能超过128个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// Protocol port information with remarks. Supported ports include single port, multiple ports, consecutive ports and other ports. Supported protocols include TCP, UDP, ICMP, and GRE.
    ///
    /// 支持添加备注的协议端口信息，支持单个端口、多个端口、连续端口及所有端口，协议支持：TCP、UDP、ICMP、GRE 协议。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services_extra: Option<Vec<ServicesInfo>>,
}

impl ModifyServiceTemplateAttributeRequest {
    /// The request with its required members (`ServiceTemplateId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_id: impl Into<String>) -> Self {
        Self {
            service_template_id: service_template_id.into(),
            service_template_name: None,
            services: None,
            services_extra: None,
        }
    }
}

impl tencent_action::Request for ModifyServiceTemplateAttributeRequest {
    type Action = ModifyServiceTemplateAttribute;
}

/// Modifies a protocol port template group (修改协议端口模板集合): the request of `ModifyServiceTemplateGroupAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyServiceTemplateGroupAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyServiceTemplateGroupAttributeRequest {
    /// The protocol port template group instance ID, such as `ppmg-ei8hfd9a`.
    ///
    /// 协议端口模板集合实例ID，例如：ppmg-ei8hfd9a。
    pub service_template_group_id: String,
    /// Protocol port template group name.
    ///
    /// 协议端口模板集合名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_group_name: Option<String>,
    /// Instance ID of the protocol port template, such as `ppm-4dw6agho`.
    ///
    /// 协议端口模板实例ID，例如：ppm-4dw6agho。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_ids: Option<Vec<String>>,
}

impl ModifyServiceTemplateGroupAttributeRequest {
    /// The request with its required members (`ServiceTemplateGroupId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(service_template_group_id: impl Into<String>) -> Self {
        Self {
            service_template_group_id: service_template_group_id.into(),
            service_template_group_name: None,
            service_template_ids: None,
        }
    }
}

impl tencent_action::Request for ModifyServiceTemplateGroupAttributeRequest {
    type Action = ModifyServiceTemplateGroupAttribute;
}

/// Modifies specified snapshot policies (修改快照策略): the request of `ModifySnapshotPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySnapshotPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySnapshotPoliciesRequest {
    /// Modify snapshot policies
    ///
    /// 快照策略修改信息。
    pub snapshot_policies_info: Vec<BatchModifySnapshotPolicy>,
}

impl ModifySnapshotPoliciesRequest {
    /// The request with its required members (`SnapshotPoliciesInfo`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policies_info: impl IntoIterator<Item = BatchModifySnapshotPolicy>,
    ) -> Self {
        Self {
            snapshot_policies_info: snapshot_policies_info.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifySnapshotPoliciesRequest {
    type Action = ModifySnapshotPolicies;
}

/// Modifies subnet attributes (修改子网属性): the request of `ModifySubnetAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifySubnetAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifySubnetAttributeRequest {
    /// Subnet instance ID, such as `subnet-pxir56ns`.
    ///
    /// 子网实例ID。形如：subnet-pxir56ns。
    pub subnet_id: String,
    /// The subnet name. The maximum length is 60 bytes.
    ///
    /// 子网名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_name: Option<String>,
    /// Whether the subnet has broadcast enabled.
    ///
    /// 子网是否开启广播。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_broadcast: Option<String>,
}

impl ModifySubnetAttributeRequest {
    /// The request with its required members (`SubnetId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(subnet_id: impl Into<String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
            subnet_name: None,
            enable_broadcast: None,
        }
    }
}

impl tencent_action::Request for ModifySubnetAttributeRequest {
    type Action = ModifySubnetAttribute;
}

/// Modifies a parameter template (修改模板对象成员): the request of `ModifyTemplateMember`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTemplateMember`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTemplateMemberRequest {
    /// Parameter template instance ID, which can be the instance ID of a parameter template of the following four types: IP address, protocol port, IP address group, and protocol port group.
    ///
    /// 参数模板实例ID，支持IP地址、协议端口、IP地址组、协议端口组四种参数模板的实例ID。
    pub template_id: String,
    /// Information on the parameter template to be modified. The template can be of the following four types: IP address, protocol port, IP address group, and protocol port group. The type should be consistent with that of the template specified by the TemplateId parameter. The parameter sequence should be the same as that of TemplateMember, and the input parameter length should be consistent with that of TemplateMember.
    ///
    /// 需要修改的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致，修改顺序与TemplateMember参数顺序一一对应，入参长度需要与TemplateMember参数保持一致。
    pub original_template_member: Vec<MemberInfo>,
    /// New parameter template information. The template can be of the following four types: IP address, protocol port, IP address group, and protocol port group. The type should be consistent with that of the template specified by the TemplateId parameter. The parameter sequence should be the same as that of OriginalTemplateMember, and the input parameter length should be consistent with that of OriginalTemplateMember.
    ///
    /// 新的参数模板成员信息，支持IP地址、协议端口、IP地址组、协议端口组四种类型，类型需要与TemplateId参数类型一致，修改顺序与OriginalTemplateMember参数顺序一一对应，入参长度需要与OriginalTemplateMember参数保持一致。
    pub template_member: Vec<MemberInfo>,
}

impl ModifyTemplateMemberRequest {
    /// The request with its required members (`TemplateId`, `OriginalTemplateMember`, `TemplateMember`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        template_id: impl Into<String>,
        original_template_member: impl IntoIterator<Item = MemberInfo>,
        template_member: impl IntoIterator<Item = MemberInfo>,
    ) -> Self {
        Self {
            template_id: template_id.into(),
            original_template_member: original_template_member.into_iter().collect(),
            template_member: template_member.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyTemplateMemberRequest {
    type Action = ModifyTemplateMember;
}

/// Modifies traffic mirroring attributes (修改流量镜像属性): the request of `ModifyTrafficMirrorAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTrafficMirrorAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTrafficMirrorAttributeRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// Traffic mirroring instance name.
    ///
    /// 流量镜像实例名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_name: Option<String>,
    /// Traffic mirroring instance description information.
    ///
    /// 流量镜像实例描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub traffic_mirror_description: Option<String>,
}

impl ModifyTrafficMirrorAttributeRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            traffic_mirror_name: None,
            traffic_mirror_description: None,
        }
    }
}

impl tencent_action::Request for ModifyTrafficMirrorAttributeRequest {
    type Action = ModifyTrafficMirrorAttribute;
}

/// 修改流量镜像过滤规则。: the request of `ModifyTrafficMirrorFilterRules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyTrafficMirrorFilterRules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyTrafficMirrorFilterRulesRequest {
    /// 流量镜像实例唯一ID。
    pub traffic_mirror_id: String,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl ModifyTrafficMirrorFilterRulesRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for ModifyTrafficMirrorFilterRulesRequest {
    type Action = ModifyTrafficMirrorFilterRules;
}

/// Modifies VPC attributes (修改VPC属性): the request of `ModifyVpcAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcAttributeRequest {
    /// VPC instance ID, in the format of vpc-f49l6u0z.
    ///
    /// VPC实例ID。形如：vpc-f49l6u0z。
    pub vpc_id: String,
    /// VPC can be named freely, but the maximum length is 60 characters.
    ///
    /// 私有网络名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_name: Option<String>,
    /// Whether multicast is enabled. `true`: Enabled. `false`: Off.
    ///
    /// 是否开启组播。true: 开启, false: 关闭。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_multicast: Option<String>,
    /// DNS address. A maximum of 4 addresses is supported. The first one is primary server by default, and the rest are secondary servers.
    ///
    /// DNS地址，最多支持4个，第1个默认为主，其余为备。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    /// Domain name
    ///
    /// 域名。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,
    /// Vpc association with CCN route publish policy. true enables cidr route publishing. false enables subnet route publishing. the default is subnet route publishing when creating a vpc. to use cidr route publishing, submit a ticket to add to allowlist.
    ///
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish: Option<bool>,
    /// Whether to publish the CDC subnet to CCN. `true`: Publish; `false`: Do not publish
    ///
    /// 发布cdc 子网到云联网的开关。true: 发布, false: 不发布。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_cdc_publish: Option<bool>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

impl ModifyVpcAttributeRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            vpc_name: None,
            enable_multicast: None,
            dns_servers: None,
            domain_name: None,
            enable_route_vpc_publish: None,
            enable_cdc_publish: None,
            enable_route_vpc_publish_ipv6: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcAttributeRequest {
    type Action = ModifyVpcAttribute;
}

/// Modifies endpoint attributes (修改终端节点属性): the request of `ModifyVpcEndPointAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointAttributeRequest {
    /// Endpoint ID
    ///
    /// 终端节点ID。可通过[DescribeVpcEndPoint](https://cloud.tencent.com/document/product/215/54679) 获取。
    pub end_point_id: String,
    /// Endpoint name
    ///
    /// 终端节点名称。长度限制为60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_name: Option<String>,
    /// List of security group IDs
    ///
    /// 安全组ID列表。可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl ModifyVpcEndPointAttributeRequest {
    /// The request with its required members (`EndPointId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(end_point_id: impl Into<String>) -> Self {
        Self {
            end_point_id: end_point_id.into(),
            end_point_name: None,
            security_group_ids: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointAttributeRequest {
    type Action = ModifyVpcEndPointAttribute;
}

/// Modifies endpoint service attributes (修改终端节点服务属性): the request of `ModifyVpcEndPointServiceAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointServiceAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointServiceAttributeRequest {
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// VPC ID
    ///
    /// VPC唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/1108/43663)接口获取。
    pub vpc_id: String,
    /// Endpoint service name
    ///
    /// 终端节点服务名称。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_service_name: Option<String>,
    /// Whether to automatically accept VPC endpoint connection requests. Valid values: \<ui\>
    ///
    /// - `true`: yes
    ///
    /// - `false`: no
    ///
    /// 是否自动接受终端节点的连接请求。
    ///
    /// - true：自动接受
    ///
    /// - false：不自动接受
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_accept_flag: Option<bool>,
    /// Real server ID in the format of `lb-xxx`.
    ///
    /// 后端服务的ID，比如lb-p1hiksdg。CLB可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/product/1108/48459)接口获取；
    ///
    /// MYSQL可通过[DescribeDBInstances](https://cloud.tencent.com/document/api/240/38568)接口获取；
    ///
    /// CRS可通过[DescribeInstances](https://cloud.tencent.com/document/product/239/20018)接口获取；
    ///
    /// GWLB可通过[DescribeGatewayLoadBalancers](https://cloud.tencent.com/document/product/1782/111683)接口获取
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_instance_id: Option<String>,
    /// 协议类型，支持 Ipv4，Ipv6，默认 Ipv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<String>,
}

impl ModifyVpcEndPointServiceAttributeRequest {
    /// The request with its required members (`EndPointServiceId`, `VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        end_point_service_id: impl Into<String>,
        vpc_id: impl Into<String>,
    ) -> Self {
        Self {
            end_point_service_id: end_point_service_id.into(),
            vpc_id: vpc_id.into(),
            end_point_service_name: None,
            auto_accept_flag: None,
            service_instance_id: None,
            ip_address_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointServiceAttributeRequest {
    type Action = ModifyVpcEndPointServiceAttribute;
}

/// Modifies the attributes of the endpoint service allowlist (修改终端节点服务白名单属性): the request of `ModifyVpcEndPointServiceWhiteList`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcEndPointServiceWhiteList`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcEndPointServiceWhiteListRequest {
    /// User UIN
    ///
    /// 用户UIN。可以通过终端节点所在的用户通过登录 腾讯云账号中心控制台获取。
    pub user_uin: String,
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: String,
    /// Allowlist description
    ///
    /// 白名单描述信息。长度不超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl ModifyVpcEndPointServiceWhiteListRequest {
    /// The request with its required members (`UserUin`, `EndPointServiceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        user_uin: impl Into<String>,
        end_point_service_id: impl Into<String>,
    ) -> Self {
        Self {
            user_uin: user_uin.into(),
            end_point_service_id: end_point_service_id.into(),
            description: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcEndPointServiceWhiteListRequest {
    type Action = ModifyVpcEndPointServiceWhiteList;
}

/// 修改私有网络对等连接属性: the request of `ModifyVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpcPeeringConnectionRequest {
    /// 对等连接ID。
    pub peering_connection_id: String,
    /// 对等连接名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peering_connection_name: Option<String>,
    /// 带宽上限，单位Mbps。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth: Option<i64>,
    /// 计费模式，日峰值POSTPAID_BY_DAY_MAX，月95 POSTPAID_BY_MONTH_95。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
}

impl ModifyVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
            peering_connection_name: None,
            bandwidth: None,
            charge_type: None,
        }
    }
}

impl tencent_action::Request for ModifyVpcPeeringConnectionRequest {
    type Action = ModifyVpcPeeringConnection;
}

/// Modifies the VPN tunnel (修改VPN通道): the request of `ModifyVpnConnectionAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnConnectionAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnConnectionAttributeRequest {
    /// The ID of the VPN tunnel instance, such as `vpnx-f49l6u0z`.
    ///
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
    /// VPN tunnel can be named freely, but the maximum length is 60 characters.
    ///
    /// VPN通道名称，可任意命名，但不得超过60个字符。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_connection_name: Option<String>,
    /// The pre-shared key.
    ///
    /// 预共享密钥。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_share_key: Option<String>,
    /// SPD policy group. Taking {"10.0.0.5/24":\["172.123.10.5/16"\]} as an example, 10.0.0.5/24 is the VPC private IP range, and 172.123.10.5/16 is the IDC IP range. The user specifies the IP range in the VPC that can communicate with the IP range in the IDC.
    ///
    /// SPD策略组，例如：{"10.0.0.5/24":\["172.123.10.5/16"\]}，10.0.0.5/24是vpc内网段，172.123.10.5/16是IDC网段。用户指定VPC内哪些网段可以和您IDC中哪些网段通信。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_policy_databases: Option<Vec<SecurityPolicyDatabase>>,
    /// IKE (Internet Key Exchange) configuration. IKE comes with a self-protection mechanism. The network security protocol is configured by the user.
    ///
    /// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议。
    #[serde(
        rename = "IKEOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSec configuration. The IPSec secure session configuration is provided by Tencent Cloud.
    ///
    /// IPSec配置，腾讯云提供IPSec安全会话设置。
    #[serde(
        rename = "IPSECOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// Whether to enable the tunnel health check. The default value is `False`.
    ///
    /// 是否启用通道健康检查，默认为False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_health_check: Option<bool>,
    /// Local IP address for the tunnel health check
    ///
    /// 本端通道探测IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_local_ip: Option<String>,
    /// Peer IP address for the tunnel health check
    ///
    /// 对端通道探测IP。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_remote_ip: Option<String>,
    /// Negotiation type. Valid values: `active` (default value), `passive` and `flowTrigger`.
    ///
    /// 协商类型，默认为active（主动协商）。可选值：active（主动协商），passive（被动协商），flowTrigger（流量协商）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_type: Option<String>,
    /// Specifies whether to enable DPD. Valid values: `0` (disable) and `1` (enable)
    ///
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_enable: Option<i64>,
    /// DPD timeout period. Default: 30; unit: second. If the request is not responded within this period, the peer end is considered not exists. This parameter is valid when the value of `DpdEnable` is 1.
    ///
    /// DPD超时时间。即探测确认对端不存在需要的时间。dpdEnable为1（开启）时有效。默认30，单位为秒
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_timeout: Option<String>,
    /// The action after DPD timeout. Valid values: `clear` (disconnect) and `restart` (try again). It’s valid when `DpdEnable` is `1`.
    ///
    /// DPD超时后的动作。默认为clear。dpdEnable为1（开启）时有效。可取值为clear（断开）和restart（重试）
    ///
    /// 默认值：restart
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpd_action: Option<String>,
    /// Peer gateway ID. You can update tunnels of V4.0 and later gateways.
    ///
    /// 对端网关ID，4.0及以上网关下的通道支持更新。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_gateway_id: Option<String>,
    /// 健康检查配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_config: Option<HealthCheckConfig>,
    /// BGP隧道配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_config: Option<BgpConfig>,
}

impl ModifyVpnConnectionAttributeRequest {
    /// The request with its required members (`VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_connection_id: impl Into<String>) -> Self {
        Self {
            vpn_connection_id: vpn_connection_id.into(),
            vpn_connection_name: None,
            pre_share_key: None,
            security_policy_databases: None,
            ike_options_specification: None,
            ipsec_options_specification: None,
            enable_health_check: None,
            health_check_local_ip: None,
            health_check_remote_ip: None,
            negotiation_type: None,
            dpd_enable: None,
            dpd_timeout: None,
            dpd_action: None,
            customer_gateway_id: None,
            health_check_config: None,
            bgp_config: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnConnectionAttributeRequest {
    type Action = ModifyVpnConnectionAttribute;
}

/// Modifies VPN gateway attributes (修改VPN网关属性): the request of `ModifyVpnGatewayAttribute`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayAttribute`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayAttributeRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The VPN gateway name. The maximum length is 60 bytes.
    ///
    /// VPN网关名称，最大长度不能超过60个字节。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_name: Option<String>,
    /// VPN gateway billing mode. Currently, only the conversion of prepaid (yearly/monthly subscription) to postpaid (that is, pay-as-you-go) is supported. That is, the parameters only supports POSTPAID_BY_HOUR.
    ///
    /// VPN网关计费模式，目前只支持预付费（即包年包月）到后付费（即按量计费）的转换。即参数只支持：POSTPAID_BY_HOUR。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_charge_type: Option<String>,
    /// BGP ASN。ASN取值范围为1- 4294967295，默认值64551，其中139341、45090和58835不可用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_asn: Option<u64>,
    /// 服务端最大连接数个数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connection: Option<u64>,
}

impl ModifyVpnGatewayAttributeRequest {
    /// The request with its required members (`VpnGatewayId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpn_gateway_id: impl Into<String>) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_gateway_name: None,
            instance_charge_type: None,
            bgp_asn: None,
            max_connection: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayAttributeRequest {
    type Action = ModifyVpnGatewayAttribute;
}

/// Modifying VPN gateway-based CCN routes (修改VPN网关云联网路由): the request of `ModifyVpnGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayCcnRoutesRequest {
    /// Instance ID of the VPN gateway
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The CCN route (IDC IP range) list.
    ///
    /// 云联网路由（IDC网段）列表。其中RouteId可通过[DescribeVpnGatewayCcnRoutes](https://cloud.tencent.com/document/product/215/43514)接口获取。
    pub routes: Vec<VpngwCcnRoutes>,
}

impl ModifyVpnGatewayCcnRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpngwCcnRoutes>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayCcnRoutesRequest {
    type Action = ModifyVpnGatewayCcnRoutes;
}

/// Modifies the route status of a VPN gateway (修改VPN路由状态): the request of `ModifyVpnGatewayRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewayRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewayRoutesRequest {
    /// Instance ID of the VPN gateway
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// Route parameters to modify
    ///
    /// 路由修改参数。
    pub routes: Vec<VpnGatewayRouteModify>,
}

impl ModifyVpnGatewayRoutesRequest {
    /// The request with its required members (`VpnGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = VpnGatewayRouteModify>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewayRoutesRequest {
    type Action = ModifyVpnGatewayRoutes;
}

/// 更新SslVpnClient证书: the request of `ModifyVpnGatewaySslClientCert`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewaySslClientCert`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewaySslClientCertRequest {
    /// SSL-VPN-CLIENT 实例ID列表。
    pub ssl_vpn_client_ids: Vec<String>,
}

impl ModifyVpnGatewaySslClientCertRequest {
    /// The request with its required members (`SslVpnClientIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_client_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ssl_vpn_client_ids: ssl_vpn_client_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewaySslClientCertRequest {
    type Action = ModifyVpnGatewaySslClientCert;
}

/// 修改SSL-VPN 服务端属性: the request of `ModifyVpnGatewaySslServer`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ModifyVpnGatewaySslServer`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyVpnGatewaySslServerRequest {
    /// SSL-VPN SERVER 实例ID
    pub ssl_vpn_server_id: String,
    /// SSL-VPN SERVER NAME
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_server_name: Option<String>,
    /// 本端地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_address: Option<Vec<String>>,
    /// 客户端地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_address: Option<String>,
    /// SSL VPN服务端监听协议。当前仅支持 UDP。默认UDP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssl_vpn_port: Option<i64>,
    /// 加密算法。可选 'AES-128-CBC','AES-192-CBC', 'AES-256-CBC', 默认AES-128-CBC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_algorithm: Option<String>,
    /// 认证算法。可选 'SHA1'，默认SHA1。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity_algorithm: Option<String>,
    /// 是否支持压缩。当前不支持压缩。默认False。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compress: Option<bool>,
    /// 是否开启SSO认证。默认为False。该功能当前需要申请开白使用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_enabled: Option<bool>,
    /// SAML-DATA
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_data: Option<String>,
    /// DNS Server地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<DnsServers>,
}

impl ModifyVpnGatewaySslServerRequest {
    /// The request with its required members (`SslVpnServerId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ssl_vpn_server_id: impl Into<String>) -> Self {
        Self {
            ssl_vpn_server_id: ssl_vpn_server_id.into(),
            ssl_vpn_server_name: None,
            local_address: None,
            remote_address: None,
            ssl_vpn_protocol: None,
            ssl_vpn_port: None,
            encrypt_algorithm: None,
            integrity_algorithm: None,
            compress: None,
            sso_enabled: None,
            saml_data: None,
            dns_servers: None,
        }
    }
}

impl tencent_action::Request for ModifyVpnGatewaySslServerRequest {
    type Action = ModifyVpnGatewaySslServer;
}

/// Publishes a route to CCN (发布路由至云联网): the request of `NotifyRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`NotifyRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NotifyRoutesRequest {
    /// The unique ID of the route table
    ///
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// The unique ID of the route
    ///
    /// 路由策略唯一ID。
    pub route_item_ids: Vec<String>,
}

impl NotifyRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteItemIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_item_ids: route_item_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for NotifyRoutesRequest {
    type Action = NotifyRoutes;
}

/// Refreshes the routes of a NAT gateway associated with Direct Connect (刷新专线直连NAT路由): the request of `RefreshDirectConnectGatewayRouteToNatGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RefreshDirectConnectGatewayRouteToNatGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    /// VPC ID
    ///
    /// vpc的ID
    pub vpc_id: String,
    /// The NAT gateway ID.
    ///
    /// NAT网关ID
    pub nat_gateway_id: String,
    /// Whether it is pre-refresh. Valid values: `True` (yes) and `False` (no)
    ///
    /// 是否是预刷新；true:是， false:否
    pub dry_run: bool,
}

impl RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `DryRun`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        dry_run: bool,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            dry_run,
        }
    }
}

impl tencent_action::Request for RefreshDirectConnectGatewayRouteToNatGatewayRequest {
    type Action = RefreshDirectConnectGatewayRouteToNatGateway;
}

/// Rejects instance association (云联网拒绝关联实例): the request of `RejectAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RejectAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RejectAttachCcnInstancesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The list of instances whose association is rejected.
    ///
    /// 拒绝关联实例列表。
    pub instances: Vec<CcnInstance>,
}

impl RejectAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for RejectAttachCcnInstancesRequest {
    type Action = RejectAttachCcnInstances;
}

/// 驳回对等连接: the request of `RejectVpcPeeringConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RejectVpcPeeringConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RejectVpcPeeringConnectionRequest {
    /// 对等连接唯一ID。
    pub peering_connection_id: String,
}

impl RejectVpcPeeringConnectionRequest {
    /// The request with its required members (`PeeringConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(peering_connection_id: impl Into<String>) -> Self {
        Self {
            peering_connection_id: peering_connection_id.into(),
        }
    }
}

impl tencent_action::Request for RejectVpcPeeringConnectionRequest {
    type Action = RejectVpcPeeringConnection;
}

/// Releases the EIP (释放弹性公网IP): the request of `ReleaseAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseAddressesRequest {
    /// The unique ID list of the EIP. The unique ID of an EIP is as follows: `eip-11112222`.
    ///
    /// 标识 EIP 的唯一 ID 列表。可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。EIP 唯一 ID 形如：`eip-11112222`。
    pub address_ids: Vec<String>,
}

impl ReleaseAddressesRequest {
    /// The request with its required members (`AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReleaseAddressesRequest {
    type Action = ReleaseAddresses;
}

/// Releases an EIPv6 (释放弹性公网IPv6): the request of `ReleaseIPv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseIPv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIPv6AddressesRequest {
    /// Unique ID of the IPv6 address.
    ///
    /// IPv6地址唯一ID。可以使用[DescribeIPv6Addresses](https://cloud.tencent.com/document/api/215/113677)接口获取IPv6AddressId。
    #[serde(rename = "IPv6AddressIds")]
    pub ipv6_address_ids: Vec<String>,
}

impl ReleaseIPv6AddressesRequest {
    /// The request with its required members (`IPv6AddressIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(ipv6_address_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            ipv6_address_ids: ipv6_address_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReleaseIPv6AddressesRequest {
    type Action = ReleaseIPv6Addresses;
}

/// Releases the IPv6 public network bandwidth (关闭IPv6公网带宽): the request of `ReleaseIp6AddressesBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReleaseIp6AddressesBandwidth`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReleaseIp6AddressesBandwidthRequest {
    /// IPv6 addresses. Both Ip6Addresses and Ip6AddressIds are required, but they cannot be specified at the same time.
    ///
    /// IPv6地址。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6Addresses。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_addresses: Option<Vec<String>>,
    /// Unique IDs corresponding to the IPv6 addresses. Format: eip-xxxxxxxx. Both Ip6Addresses and Ip6AddressIds are required, but they cannot be specified at the same time.
    ///
    /// IPv6地址对应的唯一ID，形如eip-xxxxxxxx。可以使用[DescribeIp6Addresses](https://cloud.tencent.com/document/product/215/40089)接口查询Ip6AddressIds。Ip6Addresses和Ip6AddressIds必须且只能传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6_address_ids: Option<Vec<String>>,
}

impl tencent_action::Request for ReleaseIp6AddressesBandwidthRequest {
    type Action = ReleaseIp6AddressesBandwidth;
}

/// Deletes a bandwidth package resource (删除带宽包资源): the request of `RemoveBandwidthPackageResources`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveBandwidthPackageResources`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveBandwidthPackageResourcesRequest {
    /// The resource IP, such as `eip-xxxx` and `lb-xxxx`.
    ///
    /// 资源唯一ID，当前支持EIP资源和LB资源，形如'eip-xxxx', 'lb-xxxx'。
    ///
    /// - EIP资源列表：可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取。高防EIP、Anycast EIP、精品BGP EIP默认不支持从共享带宽包中移除，其中高防EIP和精品BGP IP可以迁移到其他同线路类型的共享带宽包中。
    ///
    /// - LB资源列表：可通过[DescribeLoadBalancers](https://cloud.tencent.com/document/api/214/30685)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// The unique ID of the bandwidth package, such as `bwp-xxxx`.
    ///
    /// 带宽包唯一标识ID，形如'bwp-xxxx'，可以使用[DescribeBandwidthPackages](https://cloud.tencent.com/document/product/215/19209)接口查询BandwidthPackageId。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_package_id: Option<String>,
    /// The resource type. Valid values: `Address` and `LoadBalance`.
    ///
    /// 资源类型，可选值：
    ///
    /// - Address：弹性公网IP
    ///
    /// - LoadBalance：负载均衡
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// 用于移除带宽包内IP资源时指定IP的带宽值。
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_max_bandwidth_out: Option<u64>,
    /// 用于移除带宽包内IP资源时指定资源移除后的计费模式。
    ///
    /// - 小时流量：TRAFFIC_POSTPAID_BY_HOUR；
    ///
    /// - 小时带宽：BANDWIDTH_POSTPAID_BY_HOUR
    ///
    /// 说明：当前功能处于内测中，如需使用，请提交[工单申请](https://console.cloud.tencent.com/workorder/category)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_charge_type: Option<String>,
}

impl tencent_action::Request for RemoveBandwidthPackageResourcesRequest {
    type Action = RemoveBandwidthPackageResources;
}

/// 删除IPV6转换规则: the request of `RemoveIp6Rules`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RemoveIp6Rules`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoveIp6RulesRequest {
    /// IPV6转换规则所属的转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: String,
    /// 待删除IPV6转换规则，形如rule6-xxxxxxxx
    pub ip6_rule_ids: Vec<String>,
}

impl RemoveIp6RulesRequest {
    /// The request with its required members (`Ip6TranslatorId`, `Ip6RuleIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ip6_translator_id: impl Into<String>,
        ip6_rule_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ip6_translator_id: ip6_translator_id.into(),
            ip6_rule_ids: ip6_rule_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for RemoveIp6RulesRequest {
    type Action = RemoveIp6Rules;
}

/// 续费包月带宽弹性公网IP: the request of `RenewAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RenewAddressesRequest {
    /// EIP唯一标识ID列表，形如'eip-xxxx'，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressId。
    pub address_ids: Vec<String>,
    /// 续费参数
    pub address_charge_prepaid: AddressChargePrepaid,
}

impl RenewAddressesRequest {
    /// The request with its required members (`AddressIds`, `AddressChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        address_ids: impl IntoIterator<Item = impl Into<String>>,
        address_charge_prepaid: AddressChargePrepaid,
    ) -> Self {
        Self {
            address_ids: address_ids.into_iter().map(Into::into).collect(),
            address_charge_prepaid,
        }
    }
}

impl tencent_action::Request for RenewAddressesRequest {
    type Action = RenewAddresses;
}

/// Renews a VPN gateway (续费VPN网关): the request of `RenewVpnGateway`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`RenewVpnGateway`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RenewVpnGatewayRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// Billing Methods
    ///
    /// 预付费计费模式。
    pub instance_charge_prepaid: InstanceChargePrepaid,
}

impl RenewVpnGatewayRequest {
    /// The request with its required members (`VpnGatewayId`, `InstanceChargePrepaid`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        instance_charge_prepaid: InstanceChargePrepaid,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            instance_charge_prepaid,
        }
    }
}

impl tencent_action::Request for RenewVpnGatewayRequest {
    type Action = RenewVpnGateway;
}

/// 替换云联网路由传播策略: the request of `ReplaceCcnRouteTableBroadcastPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceCcnRouteTableBroadcastPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceCcnRouteTableBroadcastPolicysRequest {
    /// 云联网ID
    pub ccn_id: String,
    /// 云联网路由表ID
    pub route_table_id: String,
    /// 新的路由传播策略
    pub policys: Vec<CcnRouteTableBroadcastPolicy>,
}

impl ReplaceCcnRouteTableBroadcastPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Policys`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        policys: impl IntoIterator<Item = CcnRouteTableBroadcastPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policys: policys.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceCcnRouteTableBroadcastPolicysRequest {
    type Action = ReplaceCcnRouteTableBroadcastPolicys;
}

/// 替换云联网路由接收策略: the request of `ReplaceCcnRouteTableInputPolicys`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceCcnRouteTableInputPolicys`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceCcnRouteTableInputPolicysRequest {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表ID。
    pub route_table_id: String,
    /// 新的路由接收策略。
    pub policys: Vec<CcnRouteTableInputPolicy>,
}

impl ReplaceCcnRouteTableInputPolicysRequest {
    /// The request with its required members (`CcnId`, `RouteTableId`, `Policys`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        route_table_id: impl Into<String>,
        policys: impl IntoIterator<Item = CcnRouteTableInputPolicy>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            route_table_id: route_table_id.into(),
            policys: policys.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceCcnRouteTableInputPolicysRequest {
    type Action = ReplaceCcnRouteTableInputPolicys;
}

/// Replaces the CCN routes of a Direct Connect gateway (替换专线网关云联网路由): the request of `ReplaceDirectConnectGatewayCcnRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceDirectConnectGatewayCcnRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceDirectConnectGatewayCcnRoutesRequest {
    /// The ID of the Direct Connect gateway, such as `dcg-prpqlmg1`
    ///
    /// 专线网关ID，形如：dcg-prpqlmg1
    pub direct_connect_gateway_id: String,
    /// The list of IDC IP range that must be connected
    ///
    /// 需要连通的IDC网段列表
    pub routes: Vec<DirectConnectGatewayCcnRoute>,
    /// 地址类型，支持：IPv4、IPv6。默认IPv4。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

impl ReplaceDirectConnectGatewayCcnRoutesRequest {
    /// The request with its required members (`DirectConnectGatewayId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        direct_connect_gateway_id: impl Into<String>,
        routes: impl IntoIterator<Item = DirectConnectGatewayCcnRoute>,
    ) -> Self {
        Self {
            direct_connect_gateway_id: direct_connect_gateway_id.into(),
            routes: routes.into_iter().collect(),
            address_type: None,
        }
    }
}

impl tencent_action::Request for ReplaceDirectConnectGatewayCcnRoutesRequest {
    type Action = ReplaceDirectConnectGatewayCcnRoutes;
}

/// 替换高优路由表和子网绑定关系: the request of `ReplaceHighPriorityRouteTableAssociation`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceHighPriorityRouteTableAssociation`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceHighPriorityRouteTableAssociationRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 子网唯一 ID。对于存在子网唯一ID的场景，该参数为必选。对于不存在子网ID的特殊场景，SubnetId和CidrBlock参数至少提供一个，二选一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ReplaceHighPriorityRouteTableAssociationRequest {
    /// The request with its required members (`HighPriorityRouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(high_priority_route_table_id: impl Into<String>) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ReplaceHighPriorityRouteTableAssociationRequest {
    type Action = ReplaceHighPriorityRouteTableAssociation;
}

/// 替换高优路由表条目信息。: the request of `ReplaceHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl ReplaceHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceHighPriorityRoutesRequest {
    type Action = ReplaceHighPriorityRoutes;
}

/// Replace a route reception policy binding (替换路由接收策略绑定): the request of `ReplaceRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutePolicyAssociationsRequest {
    /// Route reception policy binding object list. requires specifying the route reception policy instance ID (RoutePolicyId) and route table instance ID (RouteTableId).
    ///
    /// 路由接收策略绑定对象列表。需要指定路由接收策略实例ID（RoutePolicyId）和路由表实例ID（RouteTableId）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl ReplaceRoutePolicyAssociationsRequest {
    /// The request with its required members (`RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutePolicyAssociationsRequest {
    type Action = ReplaceRoutePolicyAssociations;
}

/// Replace a route reception policy entry (替换路由表接收策略条目): the request of `ReplaceRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutePolicyEntriesRequest {
    /// Instance ID of the routing strategy, such as rrp-azd4dt1c.
    ///
    /// 路由策略实例ID，例如：rrp-azd4dt1c。
    pub route_policy_id: String,
    /// Rule list of the routing strategy. requires specifying the policy rule ID (RoutePolicyEntryId).
    ///
    /// 路由策略规则列表。需要指定路由策略规则ID（RoutePolicyEntryId）。
    pub route_policy_entry_set: Vec<RoutePolicyEntry>,
}

impl ReplaceRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`, `RoutePolicyEntrySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_policy_id: impl Into<String>,
        route_policy_entry_set: impl IntoIterator<Item = RoutePolicyEntry>,
    ) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: route_policy_entry_set.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutePolicyEntriesRequest {
    type Action = ReplaceRoutePolicyEntries;
}

/// Replaces the association relation of a route table (替换路由表绑定关系): the request of `ReplaceRouteTableAssociation`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRouteTableAssociation`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRouteTableAssociationRequest {
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// Subnet instance ID, such as `subnet-3x5lf5q0`. This can be queried using the DescribeSubnets API.
    ///
    /// 子网实例ID，例如：subnet-3x5lf5q0。可通过DescribeSubnets接口查询。对于存在子网唯一ID的子网，该参数为必选；否则， SubnetId和CidrBlock必选二选一。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ReplaceRouteTableAssociationRequest {
    /// The request with its required members (`RouteTableId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_table_id: impl Into<String>) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ReplaceRouteTableAssociationRequest {
    type Action = ReplaceRouteTableAssociation;
}

/// Replaces a routing policy (替换路由策略): the request of `ReplaceRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutesRequest {
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// Routing policy object. The routing policy ID (RouteId) must be specified.
    ///
    /// 路由策略对象。需要指定路由策略ID（RouteId）。
    pub routes: Vec<Route>,
}

impl ReplaceRoutesRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutesRequest {
    type Action = ReplaceRoutes;
}

/// Match route reception policy (匹配路由接收策略): the request of `ReplaceRoutesWithRoutePolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceRoutesWithRoutePolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutesWithRoutePolicyRequest {
    /// Route Table Instance ID
    ///
    /// 路由表实例ID。
    pub route_table_id: String,
    /// Routing policy object. requires specifying the unique ID of routing policy (RouteItemId).
    ///
    /// 路由策略对象。需要指定路由策略唯一ID（RouteItemId）。
    pub routes: Vec<ReplaceRoutesWithRoutePolicyRoute>,
}

impl ReplaceRoutesWithRoutePolicyRequest {
    /// The request with its required members (`RouteTableId`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        routes: impl IntoIterator<Item = ReplaceRoutesWithRoutePolicyRoute>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ReplaceRoutesWithRoutePolicyRequest {
    type Action = ReplaceRoutesWithRoutePolicy;
}

/// Batch modifies security group policies (批量修改安全组规则): the request of `ReplaceSecurityGroupPolicies`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceSecurityGroupPolicies`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceSecurityGroupPoliciesRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through the `DescribeSecurityGroups` API.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// Security group policy set object.
    ///
    /// 安全组规则集合对象。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// (Optional) The old policy set of the security group, which is used for log records.
    ///
    /// 旧的安全组规则集合对象，当更新优先级时为必选，且修改顺序与SecurityGroupPolicySet参数顺序一一对应，入参长度需要与SecurityGroupPolicySet参数保持一致。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// 更新类型，默认 Policy  Policy：只更新内容  Priority：只更新优先级  Both：内容和优先级都更新
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_type: Option<String>,
}

impl ReplaceSecurityGroupPoliciesRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            original_security_group_policy_set: None,
            update_type: None,
        }
    }
}

impl tencent_action::Request for ReplaceSecurityGroupPoliciesRequest {
    type Action = ReplaceSecurityGroupPolicies;
}

/// Replaces a single security group rule (替换单条安全组规则): the request of `ReplaceSecurityGroupPolicy`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReplaceSecurityGroupPolicy`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceSecurityGroupPolicyRequest {
    /// The security group instance ID, such as `sg-33ocnj9n`. This can be obtained through DescribeSecurityGroups.
    ///
    /// 安全组实例ID，例如sg-33ocnj9n，可通过[DescribeSecurityGroups](https://cloud.tencent.com/document/product/215/15808)获取。
    pub security_group_id: String,
    /// Security group policy set object.
    ///
    /// 安全组规则集合对象。
    pub security_group_policy_set: SecurityGroupPolicySet,
    /// (Optional) The old policy set of the security group, which is used for log records.
    ///
    /// 旧的安全组规则集合对象，可选，日志记录用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_security_group_policy_set: Option<SecurityGroupPolicySet>,
}

impl ReplaceSecurityGroupPolicyRequest {
    /// The request with its required members (`SecurityGroupId`, `SecurityGroupPolicySet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl Into<String>,
        security_group_policy_set: SecurityGroupPolicySet,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            security_group_policy_set,
            original_security_group_policy_set: None,
        }
    }
}

impl tencent_action::Request for ReplaceSecurityGroupPolicyRequest {
    type Action = ReplaceSecurityGroupPolicy;
}

/// Re-applies for the instance association (重新申请关联实例): the request of `ResetAttachCcnInstances`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetAttachCcnInstances`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetAttachCcnInstancesRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The UIN (root account) to which the CCN belongs.
    ///
    /// CCN所属UIN（根账号）。
    pub ccn_uin: String,
    /// The list of network instances that re-apply for association.
    ///
    /// 重新申请关联网络实例列表。
    pub instances: Vec<CcnInstance>,
}

impl ResetAttachCcnInstancesRequest {
    /// The request with its required members (`CcnId`, `CcnUin`, `Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        ccn_uin: impl Into<String>,
        instances: impl IntoIterator<Item = CcnInstance>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_uin: ccn_uin.into(),
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetAttachCcnInstancesRequest {
    type Action = ResetAttachCcnInstances;
}

/// 重置高优路由表路由: the request of `ResetHighPriorityRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetHighPriorityRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetHighPriorityRoutesRequest {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: String,
    /// 高优路由表名称。
    pub name: String,
    /// 高优路由表条目信息。
    pub high_priority_routes: Vec<HighPriorityRoute>,
}

impl ResetHighPriorityRoutesRequest {
    /// The request with its required members (`HighPriorityRouteTableId`, `Name`, `HighPriorityRoutes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        high_priority_route_table_id: impl Into<String>,
        name: impl Into<String>,
        high_priority_routes: impl IntoIterator<Item = HighPriorityRoute>,
    ) -> Self {
        Self {
            high_priority_route_table_id: high_priority_route_table_id.into(),
            name: name.into(),
            high_priority_routes: high_priority_routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetHighPriorityRoutesRequest {
    type Action = ResetHighPriorityRoutes;
}

/// Adjusts the concurrent connection cap for the NAT gateway (调整NAT网关并发连接上限): the request of `ResetNatGatewayConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetNatGatewayConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetNatGatewayConnectionRequest {
    /// The NAT gateway ID.
    ///
    /// NAT网关ID。
    pub nat_gateway_id: String,
    /// Concurrent connections cap of the NAT gateway, such as 1000000, 3000000, 10000000.
    ///
    /// NAT网关并发连接上限，形如：1000000、3000000、10000000。
    pub max_concurrent_connection: u64,
    /// 独享实例规格。如果要变配到独享实例，此参数必选，取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_type: Option<String>,
}

impl ResetNatGatewayConnectionRequest {
    /// The request with its required members (`NatGatewayId`, `MaxConcurrentConnection`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        nat_gateway_id: impl Into<String>,
        max_concurrent_connection: u64,
    ) -> Self {
        Self {
            nat_gateway_id: nat_gateway_id.into(),
            max_concurrent_connection,
            exclusive_type: None,
        }
    }
}

impl tencent_action::Request for ResetNatGatewayConnectionRequest {
    type Action = ResetNatGatewayConnection;
}

/// Reset a route policy binding (重置路由策略绑定): the request of `ResetRoutePolicyAssociations`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutePolicyAssociations`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutePolicyAssociationsRequest {
    /// Routing table instance ID, e.g., rtb-azd4dt1c.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// The list of routing policy binding objects (RoutePolicyAssociation). note: the route table instance ID (RouteTableId) in the binding must match the RouteTableId parameter of this API (that is, this API only supports modifying the strategy binding relationship and priority within the same route table instance).
    ///
    /// 路由策略绑定对象（RoutePolicyAssociation）列表。注意：路由策略绑定中的路由表实例ID（RouteTableId）需要和该接口的RouteTableId参数保持一致（也就是该接口只支持修改同一个路由表实例下的路有策略绑定关系及优先级）。
    pub route_policy_association_set: Vec<RoutePolicyAssociation>,
}

impl ResetRoutePolicyAssociationsRequest {
    /// The request with its required members (`RouteTableId`, `RoutePolicyAssociationSet`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_policy_association_set: impl IntoIterator<Item = RoutePolicyAssociation>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_policy_association_set: route_policy_association_set
                .into_iter()
                .collect(),
        }
    }
}

impl tencent_action::Request for ResetRoutePolicyAssociationsRequest {
    type Action = ResetRoutePolicyAssociations;
}

/// Reset a route reception policy entry (重置路由接收策略条目): the request of `ResetRoutePolicyEntries`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutePolicyEntries`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutePolicyEntriesRequest {
    /// Specifies the instance ID of the route reception policy, such as rrp-azd4dt1c.
    ///
    /// 路由接收策略实例ID，例如：rrp-azd4dt1c。
    pub route_policy_id: String,
    /// Route reception policy entry list. requires specifying the routing strategy entry ID (RoutePolicyEntryId).
    ///
    /// 路由接收策略条目列表。需要指定路由策略条目ID（RoutePolicyEntryId）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
    /// Describes the route reception policy.
    ///
    /// 路由接收策略描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_description: Option<String>,
    /// Specifies the route reception policy name.
    ///
    /// 路由接收策略名字。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_name: Option<String>,
}

impl ResetRoutePolicyEntriesRequest {
    /// The request with its required members (`RoutePolicyId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(route_policy_id: impl Into<String>) -> Self {
        Self {
            route_policy_id: route_policy_id.into(),
            route_policy_entry_set: None,
            route_policy_description: None,
            route_policy_name: None,
        }
    }
}

impl tencent_action::Request for ResetRoutePolicyEntriesRequest {
    type Action = ResetRoutePolicyEntries;
}

/// Resets the names and routing policies of route tables (重置路由表名称和路由策略): the request of `ResetRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetRoutesRequest {
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: String,
    /// The route table name. The maximum length is 60 characters.
    ///
    /// 路由表名称，最大长度不能超过60个字节。
    pub route_table_name: String,
    /// Routing policy.
    ///
    /// 路由策略。
    pub routes: Vec<Route>,
}

impl ResetRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteTableName`, `Routes`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_table_name: impl Into<String>,
        routes: impl IntoIterator<Item = Route>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_table_name: route_table_name.into(),
            routes: routes.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for ResetRoutesRequest {
    type Action = ResetRoutes;
}

/// Updates a traffic mirroring filter rule (更新流量镜像过滤规则): the request of `ResetTrafficMirrorFilter`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorFilter`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorFilterRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// NAT gateway instance ID to be filtered by traffic mirroring.
    ///
    /// 流量镜像需要过滤的natgw实例ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// Five tuple rule to be filtered by traffic mirroring.
    ///
    /// 流量镜像需要过滤的五元组规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl ResetTrafficMirrorFilterRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            nat_id: None,
            collector_normal_filters: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorFilterRequest {
    type Action = ResetTrafficMirrorFilter;
}

/// Resets the traffic mirroring collection object (重置流量镜像采集对象): the request of `ResetTrafficMirrorSrcs`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorSrcs`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorSrcsRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// Traffic mirroring collection object.
    ///
    /// 流量镜像采集对象
    pub collector_srcs: Vec<String>,
}

impl ResetTrafficMirrorSrcsRequest {
    /// The request with its required members (`TrafficMirrorId`, `CollectorSrcs`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        collector_srcs: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            collector_srcs: collector_srcs.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorSrcsRequest {
    type Action = ResetTrafficMirrorSrcs;
}

/// Updates the traffic mirroring receiving destination information (更新流量镜像接收目的信息): the request of `ResetTrafficMirrorTarget`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetTrafficMirrorTarget`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetTrafficMirrorTargetRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// Traffic mirroring receiving destination information.
    ///
    /// 流量镜像的接收目的信息
    pub collector_target: TrafficMirrorTarget,
    /// Subnet of the sender of the traffic mirroring collection traffic of the public IP address type.
    ///
    /// 公网IP类型的流量镜像采集流量的发送端所属子网
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
}

impl ResetTrafficMirrorTargetRequest {
    /// The request with its required members (`TrafficMirrorId`, `CollectorTarget`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        collector_target: TrafficMirrorTarget,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            collector_target,
            subnet_id: None,
        }
    }
}

impl tencent_action::Request for ResetTrafficMirrorTargetRequest {
    type Action = ResetTrafficMirrorTarget;
}

/// Resets a VPN tunnel (重置VPN通道): the request of `ResetVpnConnection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetVpnConnection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetVpnConnectionRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The ID of the VPN tunnel instance, such as `vpnx-f49l6u0z`.
    ///
    /// VPN通道实例ID。形如：vpnx-f49l6u0z。
    pub vpn_connection_id: String,
}

impl ResetVpnConnectionRequest {
    /// The request with its required members (`VpnGatewayId`, `VpnConnectionId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        vpn_connection_id: impl Into<String>,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            vpn_connection_id: vpn_connection_id.into(),
        }
    }
}

impl tencent_action::Request for ResetVpnConnectionRequest {
    type Action = ResetVpnConnection;
}

/// Adjusts the bandwidth cap of a VPN gateway (调整VPN网关带宽上限): the request of `ResetVpnGatewayInternetMaxBandwidth`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResetVpnGatewayInternetMaxBandwidth`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResetVpnGatewayInternetMaxBandwidthRequest {
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: String,
    /// The new bandwidth cap in Mbps. Values: `5`, `10`, `20`, `50`, `100`, `200`, `500` and `1000`. The adjustment of the VPN gateway bandwidth is limited to \[5,100\] Mbps and \[200,1000\] Mbps.
    ///
    /// 新规格公网带宽设置。可选带宽规格：5, 10, 20, 50, 100, 200, 500, 1000；单位：Mbps。VPN网关带宽目前仅支持部分带宽范围内升降配，如【5,100】Mbps和【200,1000】Mbps，在各自带宽范围内可提升配额，跨范围提升配额和降配暂不支持。
    pub internet_max_bandwidth_out: u64,
}

impl ResetVpnGatewayInternetMaxBandwidthRequest {
    /// The request with its required members (`VpnGatewayId`, `InternetMaxBandwidthOut`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_id: impl Into<String>,
        internet_max_bandwidth_out: u64,
    ) -> Self {
        Self {
            vpn_gateway_id: vpn_gateway_id.into(),
            internet_max_bandwidth_out,
        }
    }
}

impl tencent_action::Request for ResetVpnGatewayInternetMaxBandwidthRequest {
    type Action = ResetVpnGatewayInternetMaxBandwidth;
}

/// Restores security group policies (恢复安全组策略): the request of `ResumeSnapshotInstance`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ResumeSnapshotInstance`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResumeSnapshotInstanceRequest {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Snapshot file ID
    ///
    /// 快照文件Id。
    pub snapshot_file_id: String,
    /// ID of the instance.
    ///
    /// 实例Id。
    pub instance_id: String,
}

impl ResumeSnapshotInstanceRequest {
    /// The request with its required members (`SnapshotPolicyId`, `SnapshotFileId`, `InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        snapshot_policy_id: impl Into<String>,
        snapshot_file_id: impl Into<String>,
        instance_id: impl Into<String>,
    ) -> Self {
        Self {
            snapshot_policy_id: snapshot_policy_id.into(),
            snapshot_file_id: snapshot_file_id.into(),
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for ResumeSnapshotInstanceRequest {
    type Action = ResumeSnapshotInstance;
}

/// Unbinds and releases public IPs (解绑并释放普通公网IP): the request of `ReturnNormalAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`ReturnNormalAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReturnNormalAddressesRequest {
    /// EIP addresses. Example: 101.35.139.183
    ///
    /// 普通公网IP 的 IP 地址，可以使用[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取AddressIps。
    pub address_ips: Vec<String>,
}

impl ReturnNormalAddressesRequest {
    /// The request with its required members (`AddressIps`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(address_ips: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            address_ips: address_ips.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for ReturnNormalAddressesRequest {
    type Action = ReturnNormalAddresses;
}

/// Sets the outbound bandwidth cap of each CCN region (设置云联网各地域出带宽上限或地域间上限): the request of `SetCcnRegionBandwidthLimits`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SetCcnRegionBandwidthLimits`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetCcnRegionBandwidthLimitsRequest {
    /// The CCN instance ID, such as `ccn-f49l6u0z`.
    ///
    /// CCN实例ID，形如：ccn-f49l6u0z。
    pub ccn_id: String,
    /// The outbound bandwidth cap of each CCN region.
    ///
    /// 云联网（CCN）各地域出带宽上限。
    pub ccn_region_bandwidth_limits: Vec<CcnRegionBandwidthLimit>,
    /// Whether to restore the region outbound bandwidth limit or inter-region bandwidth limit to default 1 Gbps. Valid values: `false` (no); `true` (yes). Default value: `false`. When the parameter is set to `true`, the CCN instance created will not be displayed in the console.
    ///
    /// 是否恢复云联网地域出口/地域间带宽限速为默认值（1Gbps）。false表示不恢复；true表示恢复。恢复默认值后，限速实例将不在控制台展示。该参数默认为 false，不恢复。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_default_limit_flag: Option<bool>,
}

impl SetCcnRegionBandwidthLimitsRequest {
    /// The request with its required members (`CcnId`, `CcnRegionBandwidthLimits`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ccn_id: impl Into<String>,
        ccn_region_bandwidth_limits: impl IntoIterator<Item = CcnRegionBandwidthLimit>,
    ) -> Self {
        Self {
            ccn_id: ccn_id.into(),
            ccn_region_bandwidth_limits: ccn_region_bandwidth_limits
                .into_iter()
                .collect(),
            set_default_limit_flag: None,
        }
    }
}

impl tencent_action::Request for SetCcnRegionBandwidthLimitsRequest {
    type Action = SetCcnRegionBandwidthLimits;
}

/// Specifies whether to enable auto-renewal for the VPN gateway (设置VPNGW续费标记): the request of `SetVpnGatewaysRenewFlag`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`SetVpnGatewaysRenewFlag`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetVpnGatewaysRenewFlagRequest {
    /// VPN gateway IDs
    ///
    /// VPNGW字符型ID列表。可通过[DescribeVpnGateways](https://cloud.tencent.com/document/api/215/17514)接口返回值VpnGatewaySet中的VpnGatewayId获取，只能选择包年包月的VPN实例。
    pub vpn_gateway_ids: Vec<String>,
    /// Status of auto-renewal
    ///
    /// Values: `0` (Follow original), `1` (Enable auto-renewal), `2` (Disable auto-renewal)
    ///
    /// 自动续费标记 \[0, 1, 2\]
    ///
    /// 0表示默认状态(初始状态)， 1表示自动续费，2表示明确不自动续费。
    pub auto_renew_flag: i64,
    /// VPNGW type: `IPSEC`, `SSL`
    ///
    /// VPNGW类型\['IPSEC', 'SSL'\]， 默认为IPSEC。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl SetVpnGatewaysRenewFlagRequest {
    /// The request with its required members (`VpnGatewayIds`, `AutoRenewFlag`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpn_gateway_ids: impl IntoIterator<Item = impl Into<String>>,
        auto_renew_flag: i64,
    ) -> Self {
        Self {
            vpn_gateway_ids: vpn_gateway_ids.into_iter().map(Into::into).collect(),
            auto_renew_flag,
            r#type: None,
        }
    }
}

impl tencent_action::Request for SetVpnGatewaysRenewFlagRequest {
    type Action = SetVpnGatewaysRenewFlag;
}

/// Enables traffic mirroring (开启流量镜像): the request of `StartTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StartTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartTrafficMirrorRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl StartTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for StartTrafficMirrorRequest {
    type Action = StartTrafficMirror;
}

/// Disables traffic mirroring (关闭流量镜像): the request of `StopTrafficMirror`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`StopTrafficMirror`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StopTrafficMirrorRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
}

impl StopTrafficMirrorRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
        }
    }
}

impl tencent_action::Request for StopTrafficMirrorRequest {
    type Action = StopTrafficMirror;
}

/// Switches an ordinary IP to an EIP (普通IP转弹性IP): the request of `TransformAddress`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`TransformAddress`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TransformAddressRequest {
    /// The ID of the instance with a common public IP to be operated on, such as `ins-11112222`. You can query the instance ID by logging into the [CVM console](https://console.cloud.tencent.com/cvm). You can also obtain the parameter value from the `InstanceId` field in the returned result of the API [DescribeInstances](https://intl.cloud.tencent.com/document/product/213/33256).
    ///
    /// 待操作有普通公网 IP 的实例 ID。实例 ID 形如：`ins-11112222`。可通过登录[控制台](https://console.cloud.tencent.com/cvm)查询，也可通过 [DescribeInstances](https://cloud.tencent.com/document/api/213/9389) 接口返回值中的`InstanceId`获取。
    pub instance_id: String,
}

impl TransformAddressRequest {
    /// The request with its required members (`InstanceId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instance_id: impl Into<String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl tencent_action::Request for TransformAddressRequest {
    type Action = TransformAddress;
}

/// Releases IPv6 addresses (释放IPv6地址): the request of `UnassignIpv6Addresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6Addresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6AddressesRequest {
    /// The `ID` of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例`ID`，形如：`eni-m6dyj72l`。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The list of specified `IPv6` addresses. A maximum of 10 can be specified each time.
    ///
    /// 指定的`IPv6`地址列表，单次最多指定10个。
    pub ipv6_addresses: Vec<Ipv6Address>,
}

impl UnassignIpv6AddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`, `Ipv6Addresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        ipv6_addresses: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            ipv6_addresses: ipv6_addresses.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnassignIpv6AddressesRequest {
    type Action = UnassignIpv6Addresses;
}

/// Releases IPv6 IP range (释放IPv6网段): the request of `UnassignIpv6CidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6CidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6CidrBlockRequest {
    /// The `ID` of the `VPC`, such as `vpc-f49l6u0z`.
    ///
    /// `VPC`实例`ID`，形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// The `IPv6` IP range, such as `3402:4e00:20:1000::/56`
    ///
    /// `IPv6`网段。形如：`3402:4e00:20:1000::/56`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_cidr_block: Option<String>,
}

impl UnassignIpv6CidrBlockRequest {
    /// The request with its required members (`VpcId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(vpc_id: impl Into<String>) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_cidr_block: None,
        }
    }
}

impl tencent_action::Request for UnassignIpv6CidrBlockRequest {
    type Action = UnassignIpv6CidrBlock;
}

/// Releases the IPv6 subnet IP range (释放IPv6子网段): the request of `UnassignIpv6SubnetCidrBlock`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignIpv6SubnetCidrBlock`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignIpv6SubnetCidrBlockRequest {
    /// The `ID` of the VPC where the subnet is located, such as `vpc-f49l6u0z`.
    ///
    /// 子网所在私有网络`ID`。形如：`vpc-f49l6u0z`。
    pub vpc_id: String,
    /// The `IPv6` subnet IP range list.
    ///
    /// `IPv6` 子网段列表。
    pub ipv6_subnet_cidr_blocks: Vec<Ipv6SubnetCidrBlock>,
}

impl UnassignIpv6SubnetCidrBlockRequest {
    /// The request with its required members (`VpcId`, `Ipv6SubnetCidrBlocks`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        ipv6_subnet_cidr_blocks: impl IntoIterator<Item = Ipv6SubnetCidrBlock>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            ipv6_subnet_cidr_blocks: ipv6_subnet_cidr_blocks.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnassignIpv6SubnetCidrBlockRequest {
    type Action = UnassignIpv6SubnetCidrBlock;
}

/// Returns the private IPs of an ENI (弹性网卡退还内网 IP): the request of `UnassignPrivateIpAddresses`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnassignPrivateIpAddresses`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnassignPrivateIpAddressesRequest {
    /// The ID of the ENI instance, such as `eni-m6dyj72l`.
    ///
    /// 弹性网卡实例ID，例如：eni-m6dyj72l。可通过[DescribeNetworkInterfaces](https://cloud.tencent.com/document/product/215/15817)接口获取。
    pub network_interface_id: String,
    /// The information of the specified private IPs. You can specify a maximum of 10 each time.
    ///
    /// 指定的内网IP信息，单次最多指定10个。
    pub private_ip_addresses: Vec<PrivateIpAddressSpecification>,
    /// Instance ID of the server bound with this IP. This parameter is only applicable when you need to return an IP and unbind the related servers.
    ///
    /// 网卡绑定的子机实例ID，该参数仅用于指定网卡退还IP并解绑子机的场景，如果不涉及解绑子机，请勿填写。可通过[DescribeInstances](https://cloud.tencent.com/document/product/213/15728)接口获取。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}

impl UnassignPrivateIpAddressesRequest {
    /// The request with its required members (`NetworkInterfaceId`, `PrivateIpAddresses`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        network_interface_id: impl Into<String>,
        private_ip_addresses: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        Self {
            network_interface_id: network_interface_id.into(),
            private_ip_addresses: private_ip_addresses.into_iter().collect(),
            instance_id: None,
        }
    }
}

impl tencent_action::Request for UnassignPrivateIpAddressesRequest {
    type Action = UnassignPrivateIpAddresses;
}

/// 安全解锁云联网带宽: the request of `UnlockCcnBandwidths`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnlockCcnBandwidths`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlockCcnBandwidthsRequest {
    /// 带宽实例对象数组。
    pub instances: Vec<CcnFlowLock>,
}

impl UnlockCcnBandwidthsRequest {
    /// The request with its required members (`Instances`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(instances: impl IntoIterator<Item = CcnFlowLock>) -> Self {
        Self {
            instances: instances.into_iter().collect(),
        }
    }
}

impl tencent_action::Request for UnlockCcnBandwidthsRequest {
    type Action = UnlockCcnBandwidths;
}

/// 安全解锁云联网实例: the request of `UnlockCcns`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UnlockCcns`].
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnlockCcnsRequest {}

impl tencent_action::Request for UnlockCcnsRequest {
    type Action = UnlockCcns;
}

/// Updates a traffic mirroring filter rule or collection object (更新流量镜像过滤规则或者采集对象): the request of `UpdateTrafficMirrorAllFilter`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpdateTrafficMirrorAllFilter`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTrafficMirrorAllFilterRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// Traffic mirroring collection direction.
    ///
    /// 流量镜像采集方向
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// Traffic mirroring collection object.
    ///
    /// 流量镜像采集对象
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_srcs: Option<Vec<String>>,
    /// NAT gateway instance to be filtered by traffic mirroring.
    ///
    /// 流量镜像需要过滤的natgw实例
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nat_id: Option<String>,
    /// Five tuple rule to be filtered by traffic mirroring.
    ///
    /// 流量镜像需要过滤的五元组规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl UpdateTrafficMirrorAllFilterRequest {
    /// The request with its required members (`TrafficMirrorId`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(traffic_mirror_id: impl Into<String>) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            direction: None,
            collector_srcs: None,
            nat_id: None,
            collector_normal_filters: None,
            ingress_filter_rules: None,
            egress_filter_rules: None,
        }
    }
}

impl tencent_action::Request for UpdateTrafficMirrorAllFilterRequest {
    type Action = UpdateTrafficMirrorAllFilter;
}

/// Updates the traffic mirroring collection direction (更新流量镜像采集方向): the request of `UpdateTrafficMirrorDirection`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpdateTrafficMirrorDirection`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateTrafficMirrorDirectionRequest {
    /// Traffic mirroring instance ID.
    ///
    /// 流量镜像实例ID
    pub traffic_mirror_id: String,
    /// Traffic mirroring collection direction.
    ///
    /// 流量镜像采集方向。取值范围：
    ///
    /// - EGRESS - 出方向采集
    ///
    /// - INGRESS - 入方向采集
    ///
    /// - ALL - 出入双向采集
    ///
    /// - NO-DIRECTION - 不区分采集方向（新模式）。切换为该模式后将不再支持按方向采集，需通过 CreateTrafficMirrorFilterRules 接口创建带方向的过滤规则，过滤规则支持设置优先级和单独编辑。
    pub direction: String,
}

impl UpdateTrafficMirrorDirectionRequest {
    /// The request with its required members (`TrafficMirrorId`, `Direction`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        traffic_mirror_id: impl Into<String>,
        direction: impl Into<String>,
    ) -> Self {
        Self {
            traffic_mirror_id: traffic_mirror_id.into(),
            direction: direction.into(),
        }
    }
}

impl tencent_action::Request for UpdateTrafficMirrorDirectionRequest {
    type Action = UpdateTrafficMirrorDirection;
}

/// 升级NAT实例产品版本: the request of `UpgradeNatGatewayProductVersion`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`UpgradeNatGatewayProductVersion`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpgradeNatGatewayProductVersionRequest {
    /// VPC实例ID。可通过DescribeVpcs接口返回值中的VpcId获取。
    pub vpc_id: String,
    /// NAT网关的ID，形如：`nat-ig8xpno8`。
    pub nat_gateway_id: String,
    /// 是否热迁移。1表示冷迁移，0表示热迁移，默认值是0。
    pub force: i64,
    /// 是否仅校验迁移可能性。true表示仅校验能否迁移，不做实际迁移。false表示正常迁移。默认值为false。
    ///
    /// 仅校验模式，不报错表示校验迁移成功。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_only_mode: Option<bool>,
}

impl UpgradeNatGatewayProductVersionRequest {
    /// The request with its required members (`VpcId`, `NatGatewayId`, `Force`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl Into<String>,
        nat_gateway_id: impl Into<String>,
        force: i64,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            nat_gateway_id: nat_gateway_id.into(),
            force,
            check_only_mode: None,
        }
    }
}

impl tencent_action::Request for UpgradeNatGatewayProductVersionRequest {
    type Action = UpgradeNatGatewayProductVersion;
}

/// Withdraws a route from CCN (从云联网撤销路由): the request of `WithdrawNotifyRoutes`.
///
/// Sent with `tencent_action_client::Client::send`, it is answered as [`WithdrawNotifyRoutes`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WithdrawNotifyRoutesRequest {
    /// The unique ID of the route table
    ///
    /// 路由表唯一ID。
    pub route_table_id: String,
    /// The unique ID of the routing policy
    ///
    /// 路由策略唯一ID。
    pub route_item_ids: Vec<String>,
}

impl WithdrawNotifyRoutesRequest {
    /// The request with its required members (`RouteTableId`, `RouteItemIds`), and no other.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl Into<String>,
        route_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            route_table_id: route_table_id.into(),
            route_item_ids: route_item_ids.into_iter().map(Into::into).collect(),
        }
    }
}

impl tencent_action::Request for WithdrawNotifyRoutesRequest {
    type Action = WithdrawNotifyRoutes;
}
