//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// 策略信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccessPolicy {
    /// 目的CIDR
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_cidr: Option<String>,
    /// 策略ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_gateway_id_ssl_access_policy_id: Option<String>,
    /// 是否对所有用户都生效。1 生效 0不生效
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub for_all_client: Option<u64>,
    /// 用户组ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub user_group_ids: Option<Vec<String>>,
    /// 更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
    /// Remark
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remark: Option<String>,
}

/// 账户属性对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountAttribute {
    /// 属性名
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attribute_name: Option<String>,
    /// 属性值
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attribute_values: Option<Vec<String>>,
}

/// 描述 EIP 信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Address {
    /// `EIP`的`ID`，是`EIP`的唯一标识。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
    /// `EIP`名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_name: Option<String>,
    /// `EIP`状态，包含'CREATING'(创建中),'BINDING'(绑定中),'BIND'(已绑定),'UNBINDING'(解绑中),'UNBIND'(已解绑),'OFFLINING'(释放中),'BIND_ENI'(绑定悬空弹性网卡)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_status: Option<String>,
    /// 外网IP地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_ip: Option<String>,
    /// 绑定的资源实例`ID`。可能是一个`CVM`，`NAT`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 绑定的弹性网卡ID，null表示没有绑定弹性网卡。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_id: Option<String>,
    /// 绑定的资源内网ip，null表示没有绑定资源内网ip。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_address_ip: Option<String>,
    /// 资源隔离状态。true表示eip处于隔离状态，false表示资源处于未隔离状态
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_arrears: Option<bool>,
    /// 资源封堵状态。true表示eip处于封堵状态，false表示eip处于未封堵状态
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_blocked: Option<bool>,
    /// eip是否支持直通模式。true表示eip支持直通模式，false表示资源不支持直通模式
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_eip_direct_connection: Option<bool>,
    /// EIP 资源类型，包括CalcIP、WanIP、EIP和AnycastEIP、高防EIP。其中：`CalcIP` 表示设备 IP，`WanIP` 表示普通公网 IP，`EIP` 表示弹性公网 IP，`AnycastEIP` 表示加速 EIP，`AntiDDoSEIP`表示高防EIP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_type: Option<String>,
    /// eip是否在解绑后自动释放。true表示eip将会在解绑后自动释放，false表示eip在解绑后不会自动释放
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cascade_release: Option<bool>,
    /// EIP ALG开启的协议类型。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eip_alg_type: Option<AlgType>,
    /// 弹性公网IP的运营商信息，当前可能返回值包括"CMCC"(移动),"CTCC"(电信),"CUCC"(联通),"BGP"(常规BGP)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub internet_service_provider: Option<String>,
    /// 是否本地带宽EIP，可选值：
    ///
    /// - true：本地带宽EIP
    ///
    /// - false：非本地带宽EIP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_bgp: Option<bool>,
    /// 弹性公网IP的带宽值。注意，传统账户类型账户的弹性公网IP没有带宽属性，值为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<u64>,
    /// 弹性公网IP的网络计费模式。注意，传统账户类型账户的弹性公网IP没有网络计费模式属性，值为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    ///
    /// 包括：
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH
    ///
    /// 表示包月带宽预付费。
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR
    ///
    /// 表示按小时流量后付费。
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR
    ///
    /// 表示按小时带宽后付费。
    ///
    /// - BANDWIDTH_PACKAGE
    ///
    /// 表示共享带宽包。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub internet_charge_type: Option<String>,
    /// 弹性公网IP关联的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 预付费包月带宽IP到期时间。
    ///
    /// 时间格式：YYYY-MM-DDThh:mm:ssZ
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_date: Option<String>,
    /// EIP绑定的实例类型。可选值：
    ///
    /// - CVM：云服务器
    ///
    /// - NAT：NAT 网关
    ///
    /// - HAVIP：高可用虚拟IP
    ///
    /// - ENI：弹性网卡
    ///
    /// - CLB：内网CLB
    ///
    /// - DHCPIP：弹性内网IP
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 静态单线IP网络出口
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub egress: Option<String>,
    /// 高防包ID,当EIP类型为高防EIP时，返回EIP绑定的高防包ID.
    #[serde(
        rename = "AntiDDoSPackageId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub anti_ddo_s_package_id: Option<String>,
    /// 当前EIP是否自动续费，只有按月带宽预付费的EIP才会显示该字段，具体值示例如下:
    ///
    /// - NOTIFY_AND_MANUAL_RENEW:正常续费
    ///
    /// - NOTIFY_AND_AUTO_RENEW:自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW:到期不续费
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
    /// 当前公网IP所关联的带宽包ID，如果该公网IP未使用带宽包计费，则返回为空
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_id: Option<String>,
    /// 传统弹性公网IPv6所属vpc唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub un_vpc_id: Option<String>,
    /// CDC唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dedicated_cluster_id: Option<String>,
}

/// 用于描述弹性公网IP的费用对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressChargePrepaid {
    /// 购买实例的时长，单位是月。可支持时长：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36
    pub period: i64,
    /// 自动续费标志。0表示手动续费，1表示自动续费，2表示到期不续费。默认缺省为1即自动续费。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_renew_flag: Option<i64>,
}

/// IP地址模板信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressInfo {
    /// ip地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address: Option<String>,
    /// 备注。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
}

/// IP地址模板
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressTemplate {
    /// IP地址模板名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_name: Option<String>,
    /// IP地址模板实例唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_id: Option<String>,
    /// IP地址信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_set: Option<Vec<String>>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 最后更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
    /// 带备注的IP地址信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_extra_set: Option<Vec<AddressInfo>>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// IP地址模板集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressTemplateGroup {
    /// IP地址模板集合名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_group_name: Option<String>,
    /// IP地址模板集合实例ID，例如：ipmg-dih8xdbq。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_group_id: Option<String>,
    /// IP地址模板ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_id_set: Option<Vec<String>>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 最后更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
    /// IP地址模板实例。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template_set: Option<Vec<AddressTemplateItem>>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 地址信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressTemplateItem {
    /// IP地址模板ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_id: Option<String>,
    /// IP模板名称，废弃字段。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_name: Option<String>,
    /// 废弃字段。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub from: Option<String>,
    /// 废弃字段
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub to: Option<String>,
    /// 备注。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 最后更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
}

/// IP地址模板
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddressTemplateSpecification {
    /// IP地址ID，例如：ipm-2uw6ujo6。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
    /// IP地址组ID，例如：ipmg-2uw6ujo6。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_group_id: Option<String>,
}

/// ALG协议类型
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AlgType {
    /// Ftp协议Alg功能是否开启，可选值：
    ///
    /// - true：开启Ftp协议Alg功能
    ///
    /// - false：不开启Ftp协议Alg功能
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ftp: Option<bool>,
    /// Sip协议Alg功能是否开启，可选值：
    ///
    /// - true：开启Sip协议Alg功能
    ///
    /// - false：不开启Sip协议Alg功能
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sip: Option<bool>,
}

/// VPC辅助CIDR信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssistantCidr {
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 辅助CIDR。形如：`172.16.0.0/16`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 辅助CIDR类型（0：普通辅助CIDR，1：容器辅助CIDR），默认都是0。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub assistant_type: Option<i64>,
    /// 辅助CIDR拆分的子网。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_set: Option<Vec<Subnet>>,
}

/// 时间备份策略详情
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BackupPolicy {
    /// 备份周期时间，取值为monday, tuesday, wednesday, thursday, friday, saturday, sunday。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_day: Option<String>,
    /// 备份时间点，格式：HH:mm:ss。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_time: Option<String>,
}

/// 描述带宽包信息的结构
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BandwidthPackage {
    /// 带宽包唯一标识Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_id: Option<String>,
    /// 带宽包类型，包括：
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_type: Option<String>,
    /// 带宽包计费类型, 包括:
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_type: Option<String>,
    /// 带宽包名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_package_name: Option<String>,
    /// 带宽包创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 带宽包状态，包括'CREATING','CREATED','DELETING','DELETED'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 带宽包资源信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_set: Option<Vec<Resource>>,
    /// 带宽包限速大小。单位：Mbps，-1表示不限速。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<i64>,
    /// 网络出口
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub egress: Option<String>,
    /// 带宽包到期时间，只有预付费会返回，按量计费返回为null
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline: Option<String>,
}

/// 后付费共享带宽包的当前计费用量
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BandwidthPackageBillBandwidth {
    /// 当前计费用量，单位为 Mbps
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_usage: Option<f64>,
}

/// 带宽上下限。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BandwidthRange {
    /// 资源ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 带宽下限，单位：Mbps。计费类型以及对应的带宽下限：
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 默认无下限
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 50
    ///
    /// - FIXED_PREPAID_BY_MONTH: 100
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 300
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 50
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 50
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_lower_limit: Option<u64>,
    /// 带宽上限，单位：Mbps。计费类型以及对应的带宽上限：
    ///
    /// - TOP5_POSTPAID_BY_MONTH: 默认无上限
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: 300
    ///
    /// - FIXED_PREPAID_BY_MONTH: 5000
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: 5000
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: 300
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: 2000
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_upper_limit: Option<u64>,
}

/// 批量修改快照策略信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchModifySnapshotPolicy {
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// 快照策略名称。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot_policy_name: Option<String>,
    /// 备份策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_policies: Option<Vec<BackupPolicy>>,
    /// 快照保留时间，支持1～365天。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_time: Option<u64>,
}

/// BgpConfig
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BgpConfig {
    /// BGP隧道网段。
    pub tunnel_cidr: String,
    /// 云端BGP地址。必须从BGP隧道网段内分配。
    pub local_bgp_ip: String,
    /// 用户端BGP地址。必须从BGP隧道网段内分配。
    pub remote_bgp_ip: String,
}

/// VPN通道BGP配置
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BgpConfigAndAsn {
    /// BGP通道CIDR
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tunnel_cidr: Option<String>,
    /// 本端BGP IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_bgp_ip: Option<String>,
    /// 对端BGP IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_bgp_ip: Option<String>,
    /// 本端BGP ASN号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_bgp_asn: Option<String>,
    /// 对端BGP ASN号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_bgp_asn: Option<String>,
}

/// 云联网（CCN）对象
///
/// `CCN` in the specification: renamed, as that name is not a valid type name or is taken here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ccn {
    /// 云联网唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 云联网名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_name: Option<String>,
    /// 云联网描述信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_description: Option<String>,
    /// 关联实例数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_count: Option<u64>,
    /// 创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 实例状态， 'ISOLATED': 隔离中（欠费停服），'AVAILABLE'：运行中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 实例服务质量，’PT’：白金，'AU'：金，'AG'：银。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
    /// 付费类型，PREPAID为预付费，POSTPAID为后付费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_charge_type: Option<String>,
    /// 计量类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_metering_type: Option<String>,
    /// 限速类型，`INTER_REGION_LIMIT` 为地域间限速；`OUTER_REGION_LIMIT` 为地域出口限速。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_limit_type: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 是否支持云联网路由优先级的功能。`False`：不支持，`True`：支持。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_priority_flag: Option<bool>,
    /// 实例关联的路由表个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_count: Option<u64>,
    /// 是否开启云联网多路由表特性。`False`：未开启，`True`：开启。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_flag: Option<bool>,
    /// `true`：实例已被封禁，流量不通，`false`:解封禁。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_security_lock: Option<bool>,
    /// 是否开启云联网路由传播策略。`False` 未开启，`True` 开启。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_broadcast_policy_flag: Option<bool>,
    /// 是否开启等价路由功能。`False` 未开启，`True` 开启。
    #[serde(
        rename = "RouteECMPFlag",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_ecmp_flag: Option<bool>,
    /// 是否开启路由重叠功能。`False` 未开启，`True` 开启。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_overlap_flag: Option<bool>,
    /// 是否开启QOS。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_marking_policy_flag: Option<bool>,
    /// 是否开启路由表选择策略。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_select_policy_flag: Option<bool>,
    /// 是否开启二层云联网通道。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_accelerate_channel_flag: Option<bool>,
    /// 是否支持ipv6路由表
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_flag: Option<bool>,
    /// 是否支持路由表聚合策略
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub mrtb_aggregate_policy_flag: Option<bool>,
    /// 是否支持AsPath策略值
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub mrtb_policy_value_flag: Option<bool>,
    /// 是否支持Community策略值
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_policy_value_community_flag: Option<bool>,
    /// 是否支持策略路由
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_flag: Option<bool>,
}

/// 云联网（CCN）关联实例（Instance）对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnAttachedInstance {
    /// 云联网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 关联实例类型：
    ///
    /// - `VPC`：私有网络
    ///
    /// - `DIRECTCONNECT`：专线网关
    ///
    /// - `BMVPC`：黑石私有网络
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 关联实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 关联实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
    /// 关联实例所属大区，例如：ap-guangzhou。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_region: Option<String>,
    /// 关联实例所属UIN（根账号）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_uin: Option<String>,
    /// 关联实例CIDR。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<Vec<String>>,
    /// 关联实例状态：
    ///
    /// - `PENDING`：申请中
    ///
    /// - `ACTIVE`：已连接
    ///
    /// - `EXPIRED`：已过期
    ///
    /// - `REJECTED`：已拒绝
    ///
    /// - `DELETED`：已删除
    ///
    /// - `FAILED`：失败的（2小时后将异步强制解关联）
    ///
    /// - `ATTACHING`：关联中
    ///
    /// - `DETACHING`：解关联中
    ///
    /// - `DETACHFAILED`：解关联失败（2小时后将异步强制解关联）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 关联时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attached_time: Option<String>,
    /// 云联网所属UIN（根账号）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_uin: Option<String>,
    /// 关联实例所属的大地域，如: CHINA_MAINLAND
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_area: Option<String>,
    /// 备注
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 路由表ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 路由表名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_name: Option<String>,
}

/// 用于描述云联网地域间限速带宽实例的信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnBandwidth {
    /// 带宽所属的云联网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 实例的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 实例的过期时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<String>,
    /// 带宽实例的唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region_flow_control_id: Option<String>,
    /// 带宽是否自动续费的标记。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
    /// 描述带宽的地域和限速上限信息。在地域间限速的情况下才会返回参数，出口限速模式不返回。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_region_bandwidth_limit: Option<CcnRegionBandwidthLimitInfo>,
    /// 云市场实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub market_id: Option<String>,
    /// 实例所属用户主账号ID。
    #[serde(
        rename = "UserAccountID",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub user_account_id: Option<String>,
    /// 是否跨境，`true`表示跨境，反之不跨境。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_cross_border: Option<bool>,
    /// `true`表示封禁，地域间流量不通，`false`解禁，地域间流量正常
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_security_lock: Option<bool>,
    /// `POSTPAID`表示后付费，`PREPAID`表示预付费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_charge_type: Option<String>,
    /// 实例更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// 用于描述云联网地域间限速带宽实例的信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnBandwidthInfo {
    /// 带宽所属的云联网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 实例的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 实例的过期时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<String>,
    /// 带宽实例的唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region_flow_control_id: Option<String>,
    /// 带宽是否自动续费的标记。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
    /// 描述带宽的地域和限速上限信息。在地域间限速的情况下才会返回参数，出口限速模式不返回。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccn_region_bandwidth_limit: Option<CcnRegionBandwidthLimit>,
    /// 云市场实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub market_id: Option<String>,
    /// 资源绑定的标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// `true表示`Qos默认带宽；`false`表示非Qos默认带宽；
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub default_qos_bandwidth_flag: Option<bool>,
    /// 服务等级信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnBatchRouteTable {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表名称。
    pub name: String,
    /// 云联网路由表描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 云联网限速实例锁对象，该对象特用于运营端使用，用于封禁实例流量。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnFlowLock {
    /// 带宽所属的云联网ID。
    pub ccn_id: String,
    /// 实例所属用户主账号ID。
    #[serde(rename = "UserAccountID")]
    pub user_account_id: String,
    /// 带宽实例的唯一ID。作为`UnlockCcnBandwidths`接口和`LockCcnBandwidths`接口的入参时，该字段必传。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_flow_control_id: Option<String>,
}

/// 云联网（CCN）关联实例（Instance）对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnInstance {
    /// 关联实例ID。
    pub instance_id: String,
    /// 关联实例ID所属大区，例如：ap-guangzhou。
    pub instance_region: String,
    /// 关联实例类型，可选值：
    ///
    /// - `VPC`：私有网络
    ///
    /// - `DIRECTCONNECT`：专线网关
    ///
    /// - `BMVPC`：黑石私有网络
    ///
    /// - `VPNGW`：VPNGW类型
    pub instance_type: String,
    /// 备注
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 实例关联的路由表ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_id: Option<String>,
    /// 实例付费方式
    ///
    /// 枚举值：
    ///
    /// - PayByCcnOwner： CCN所在账号付费
    ///
    /// - PayByInstanceOwner： 关联实例所在账号付费
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_type: Option<String>,
}

/// 云联网实例对象，该对象特用于运营端使用，不建议给租户的接口中提供该复杂类型。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnInstanceInfo {
    /// 云联网唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
}

/// ccn实例信息（不带地域属性）
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnInstanceWithoutRegion {
    /// 云联网支持的实例类型：
    ///
    /// `VPC`
    ///
    /// `DIRECTCONNECT`
    ///
    /// `BMVPC`
    ///
    /// `EDGE`
    ///
    /// `EDGE_TUNNEL`
    ///
    /// `EDGE_VPNGW`
    ///
    /// `VPNGW`
    pub instance_type: String,
    /// 实例ID。
    pub instance_id: String,
}

/// 云联网策略路由下一跳
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnPolicyBasedRoutingNextHop {
    /// 策略路由下一跳ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_next_hop_id: Option<String>,
    /// 名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// 下一跳地域
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_region: Option<String>,
    /// 关联实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 可用区
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 状态(ENABLE/DISABLE)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 关联实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 下一跳资源类型\[HAVIP,GWLB_ENDPOINT\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_resource_id: Option<String>,
    /// 下一跳资源ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_ip: Option<String>,
    /// 0
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_rules_count: Option<i64>,
}

/// 云联网策略路由匹配规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnPolicyBasedRoutingRule {
    /// 策略路由下一跳ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_next_hop_id: Option<String>,
    /// 实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 源地址CIDR
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_cidr_block: Option<String>,
    /// 目的地址CIDR
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 优先级
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<i64>,
    /// 描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 策略路由匹配策略ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_based_routing_rule_id: Option<String>,
    /// 目的端实例ID
    ///
    /// 枚举值：
    ///
    /// - VPC： 私有网络
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_instance_type: Option<String>,
    /// 目的端实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_instance_id: Option<String>,
}

/// 云联网（CCN）地域出带宽上限
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRegionBandwidthLimit {
    /// 地域，例如：ap-guangzhou
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region: Option<String>,
    /// 出带宽上限，单位：Mbps
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_limit: Option<u64>,
    /// 是否黑石地域，默认`false`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_bm: Option<bool>,
    /// 目的地域，例如：ap-shanghai
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dst_region: Option<String>,
    /// 目的地域是否为黑石地域，默认`false`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dst_is_bm: Option<bool>,
}

/// 云联网（CCN）地域出带宽上限。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRegionBandwidthLimitInfo {
    /// 源地域，例如：ap-shanghai
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_region: Option<String>,
    /// 目的地域， 例如：ap-shanghai
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_region: Option<String>,
    /// 出带宽上限，单位：Mbps。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth_limit: Option<u64>,
}

/// CCN路由策略对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRoute {
    /// 路由策略ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_id: Option<String>,
    /// 目的端
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 下一跳类型（关联实例类型），所有类型：VPC、DIRECTCONNECT
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 下一跳（关联实例）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 下一跳名称（关联实例名称）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
    /// 下一跳所属地域（关联实例所属地域）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_region: Option<String>,
    /// 更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
    /// 路由是否启用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enabled: Option<bool>,
    /// 关联实例所属UIN（根账号）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_uin: Option<String>,
    /// 路由的扩展状态
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extra_state: Option<String>,
    /// 是否动态路由
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_bgp: Option<bool>,
    /// 路由优先级
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_priority: Option<u64>,
    /// 下一跳扩展名称（关联实例的扩展名称）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_extra_name: Option<String>,
    /// 实例类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub alias_type: Option<String>,
    /// 实例id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub alias_instance_id: Option<String>,
}

/// 云联网路由传播策略之路由条件
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteBroadcastPolicyRouteCondition {
    /// 条件类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// 条件值列表
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub values: Option<Vec<String>>,
    /// 匹配模式，`1` 精确匹配，`0` 模糊匹配
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub match_pattern: Option<u64>,
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTable {
    /// 云联网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 云联网路由表ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_route_table_id: Option<String>,
    /// 云联网路由表名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_name: Option<String>,
    /// 云联网路由表描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_description: Option<String>,
    /// True：是默认路由表 False：非默认路由表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_default_table: Option<bool>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
}

/// 云联网路由传播策略
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTableBroadcastPolicy {
    /// 路由条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 传播条件
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broadcast_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 路由行为，`accept` 允许，`drop` 拒绝
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 策略描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// as-path操作
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operate_as_path: Option<String>,
    /// as-path操作模式
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub as_path_operate_mode: Option<String>,
    /// community操作
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operate_community_set: Option<Vec<String>>,
    /// community操作模式
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub community_operate_mode: Option<String>,
}

/// 云联网路由传播策略列表
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTableBroadcastPolicys {
    /// 策略列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policys: Option<Vec<CcnRouteTableBroadcastPolicy>>,
    /// 版本号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_version: Option<u64>,
    /// 创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
}

/// 云联网路由接收策略
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTableInputPolicy {
    /// 路由条件。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 路由行为，`accept` 允许，`drop` 拒绝。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 策略描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// as-path操作
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operate_as_path: Option<String>,
    /// as-path操作模式
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub as_path_operate_mode: Option<String>,
}

/// 云联网路由接收策略列表
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTableInputPolicys {
    /// 策略列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policys: Option<Vec<CcnRouteTableInputPolicy>>,
    /// 版本号。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_version: Option<u64>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
}

/// 路由表选择策略信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CcnRouteTableSelectPolicy {
    /// 实例类型：
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
    pub instance_type: String,
    /// 实例ID。
    pub instance_id: String,
    /// 源端CIDR。
    pub source_cidr_block: String,
    /// 路由表ID。
    pub route_table_id: String,
    /// 路由表备注。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 用于发布云联网的cidr信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CidrForCcn {
    /// local cidr值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr: Option<String>,
    /// 是否发布到了云联网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub published_to_vbc: Option<bool>,
}

/// 私有网络和基础网络互通设备
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClassicLinkInstance {
    /// VPC实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 云服务器实例唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
}

/// 冲突资源条目信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConflictItem {
    /// 冲突资源的ID。已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub confilct_id: Option<String>,
    /// 冲突目的资源
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_item: Option<String>,
    /// 冲突资源的ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub conflict_id: Option<String>,
}

/// 冲突资源信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConflictSource {
    /// 冲突资源ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub conflict_source_id: Option<String>,
    /// 冲突资源
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_item: Option<String>,
    /// 冲突资源条目信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_item_set: Option<Vec<ConflictItem>>,
}

/// NAT网关超时时间
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionStateTimeouts {
    /// UDP映射空闲时间，指多少秒以后UDP流停止向端点发送。取值范围为：3-7200秒，默认为10秒。
    #[serde(
        rename = "UDPMappingTimeout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub udp_mapping_timeout: Option<u64>,
    /// TCP已建立的连接空闲超时，指多少秒以后连接变为空闲状态。取值范围为：40-10800秒，默认为10800秒。
    #[serde(
        rename = "TCPEstablishedConnectionTimeout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tcp_established_connection_timeout: Option<u64>,
    /// TCP TIME_WAIT超时，指完全关闭的TCP连接在到期后保留在NAT映射中的秒数。取值范围为：10-600秒，默认为120秒。
    #[serde(
        rename = "TCPTimeWaitTimeout",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tcp_time_wait_timeout: Option<u64>,
}

/// 创建路由添加的指向此通道的路由
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateVpnConnRoute {
    /// 目的端IDC网段
    pub destination_cidr_block: String,
    /// 优先级；可选值0，100。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u64>,
    /// 路由备注；可选值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 合规化审批单
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CrossBorderCompliance {
    /// 服务商，可选值：`UNICOM`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_provider: Option<String>,
    /// 合规化审批单`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub compliance_id: Option<u64>,
    /// 公司全称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub company: Option<String>,
    /// 统一社会信用代码。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub uniform_social_credit_code: Option<String>,
    /// 法定代表人。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub legal_person: Option<String>,
    /// 发证机关。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub issuing_authority: Option<String>,
    /// 营业执照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub business_license: Option<String>,
    /// 营业执照住所。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub business_address: Option<String>,
    /// 邮编。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub post_code: Option<u64>,
    /// 经办人。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub manager: Option<String>,
    /// 经办人身份证号。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub manager_id: Option<String>,
    /// 经办人身份证。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub manager_id_card: Option<String>,
    /// 经办人身份证地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub manager_address: Option<String>,
    /// 经办人联系电话。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub manager_telephone: Option<String>,
    /// 电子邮箱。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub email: Option<String>,
    /// 服务受理单。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_handling_form: Option<String>,
    /// 授权函。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub authorization_letter: Option<String>,
    /// 信息安全承诺书。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub safety_commitment: Option<String>,
    /// 服务开始时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_start_date: Option<String>,
    /// 服务截止时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_end_date: Option<String>,
    /// 状态。待审批：`PENDING`，已通过：`APPROVED`，已拒绝：`DENY`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 审批单创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 法定代表人身份证号。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub legal_person_id: Option<String>,
    /// 法定代表人身份证。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub legal_person_id_card: Option<String>,
}

/// 跨境带宽监控数据
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CrossBorderFlowMonitorData {
    /// 入带宽，单位：`bps`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_bandwidth: Option<Vec<i64>>,
    /// 出带宽，单位：`bps`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_bandwidth: Option<Vec<i64>>,
    /// 入包，单位：`pps`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_pkg: Option<Vec<i64>>,
    /// 出包，单位：`pps`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_pkg: Option<Vec<i64>>,
}

/// 对端网关
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerGateway {
    /// 用户网关唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub customer_gateway_id: Option<String>,
    /// 网关名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub customer_gateway_name: Option<String>,
    /// 公网地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_address: Option<String>,
    /// 创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// BGP ASN。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bgp_asn: Option<u64>,
}

/// 对端网关厂商信息对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerGatewayVendor {
    /// 平台。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub platform: Option<String>,
    /// 软件版本。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub software_version: Option<String>,
    /// 供应商名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vendor_name: Option<String>,
}

/// 云主机实例信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CvmInstance {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 云主机实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 云主机名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
    /// 云主机状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_state: Option<String>,
    /// 实例的CPU核数，单位：核。
    #[serde(
        rename = "CPU",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cpu: Option<u64>,
    /// 实例内存容量，单位：GB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub memory: Option<u64>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 实例机型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例弹性网卡配额（包含主网卡）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_limit: Option<u64>,
    /// 实例弹性网卡内网IP配额（包含主网卡）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_ip_limit: Option<u64>,
    /// 实例已绑定弹性网卡的个数（包含主网卡）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_eni_count: Option<u64>,
}

/// 默认VPC和子网
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DefaultVpcSubnet {
    /// 默认VpcId。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 默认SubnetId。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 默认Vpc名字。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_name: Option<String>,
    /// 默认Subnet名字。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_name: Option<String>,
    /// 默认子网网段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
}

/// 用户可选的可用区信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DesignatedZoneInfoDict {
    /// 可用区Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub designated_zone: Option<String>,
    /// 可用区名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub designated_zone_name: Option<String>,
    /// 可用区类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub designated_zone_type: Option<String>,
}

/// NAT网关的端口转发规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DestinationIpPortTranslationNatRule {
    /// 网络协议，可选值：`TCP`、`UDP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_protocol: Option<String>,
    /// 弹性IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// 公网端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_port: Option<u64>,
    /// 内网地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 内网端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_port: Option<u64>,
    /// NAT网关转发规则描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DestinationIpPortTranslationNatRuleDiff {
    /// 协议
    pub protocol: String,
    /// 映射前端口
    pub original_port: i64,
    /// 映射前IP
    pub original_ip: String,
    /// 映射后端口
    pub translation_port: i64,
    /// 映射后IP
    pub translation_ip: String,
    /// 旧协议。
    pub old_protocol: String,
    /// 旧映射前端口
    pub old_original_port: i64,
    /// 旧映射前IP
    pub old_original_ip: String,
    /// 旧映射后端口
    pub old_translation_port: i64,
    /// 旧映射后IP
    pub old_translation_ip: String,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 描述 DhcpIp 信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DhcpIp {
    /// `DhcpIp`的`ID`，是`DhcpIp`的唯一标识。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dhcp_ip_id: Option<String>,
    /// `DhcpIp`所在私有网络`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// `DhcpIp`所在子网`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// `DhcpIp`的名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dhcp_ip_name: Option<String>,
    /// IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 绑定`EIP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_ip: Option<String>,
    /// `DhcpIp`关联弹性网卡`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_id: Option<String>,
    /// 被绑定的实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 状态：
    ///
    /// - `AVAILABLE`：运行中
    ///
    /// - `UNBIND`：未绑定
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 专线网关对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DirectConnectGateway {
    /// 专线网关`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_id: Option<String>,
    /// 专线网关名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_name: Option<String>,
    /// 专线网关关联`VPC`实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 关联网络类型：
    ///
    /// - `VPC` - 私有网络
    ///
    /// - `CCN` - 云联网
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_type: Option<String>,
    /// 关联网络实例`ID`：
    ///
    /// - `NetworkType`为`VPC`时，这里为私有网络实例`ID`
    ///
    /// - `NetworkType`为`CCN`时，这里为云联网实例`ID`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_instance_id: Option<String>,
    /// 网关类型：
    ///
    /// - NORMAL - 标准型，注：云联网只支持标准型
    ///
    /// - NAT - NAT型
    ///
    /// NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 专线网关IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_ip: Option<String>,
    /// 专线网关关联`CCN`实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 云联网路由学习类型：
    ///
    /// - `BGP` - 自动学习。
    ///
    /// - `STATIC` - 静态，即用户配置。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_route_type: Option<String>,
    /// 是否启用BGP。
    #[serde(
        rename = "EnableBGP",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_bgp: Option<bool>,
    /// 开启和关闭BGP的community属性。
    #[serde(
        rename = "EnableBGPCommunity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_bgp_community: Option<bool>,
    /// 绑定的NAT网关ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
    /// 专线网关是否支持VXLAN架构
    #[serde(
        rename = "VXLANSupport",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vxlan_support: Option<Vec<bool>>,
    /// 云联网路由发布模式：`standard`（标准模式）、`exquisite`（精细模式）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub mode_type: Option<String>,
    /// 是否为localZone专线网关。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_zone: Option<bool>,
    /// 专线网关所在可用区
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 网关流控明细启用状态：
    ///
    /// 0：关闭
    ///
    /// 1：开启
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_flow_details: Option<u64>,
    /// 开启、关闭网关流控明细时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flow_details_update_time: Option<String>,
    /// 是否支持开启网关流控明细
    ///
    /// 0：不支持
    ///
    /// 1：支持
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub new_afc: Option<u64>,
    /// 专线网关接入网络类型：
    ///
    /// - `VXLAN` - VXLAN类型。
    ///
    /// - `MPLS` - MPLS类型。
    ///
    /// - `Hybrid` - Hybrid类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub access_network_type: Option<String>,
    /// 跨可用区容灾专线网关的可用区列表
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ha_zone_list: Option<Vec<String>>,
    /// 专线网关自定义ASN
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_asn: Option<u64>,
}

/// 专线网关云联网路由（IDC网段）对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DirectConnectGatewayCcnRoute {
    /// 路由ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_id: Option<String>,
    /// IDC网段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// `BGP`的`AS-Path`属性。
    #[serde(
        rename = "ASPath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub as_path: Option<Vec<String>>,
    /// 备注
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 最后更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// IDC子网信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DirectConnectSubnet {
    /// 专线网关ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_id: Option<String>,
    /// IDC子网网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
}

/// SSL VPN Server DnsServers
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DnsServers {
    /// 主DNS配置
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub primary_dns: Option<String>,
    /// 备DNS配置
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub secondary_dns: Option<String>,
}

/// 终端节点详情。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EndPoint {
    /// 终端节点ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_id: Option<String>,
    /// VPC唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// APPID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_owner: Option<String>,
    /// 终端节点名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_name: Option<String>,
    /// 终端节点服务的VPCID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_vpc_id: Option<String>,
    /// 终端节点服务的VIP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_vip: Option<String>,
    /// 终端节点服务的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_service_id: Option<String>,
    /// 终端节点的VIP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_vip: Option<String>,
    /// 终端节点状态，ACTIVE：可用，PENDING：待接受，ACCEPTING：接受中，REJECTED：已拒绝，FAILED：失败。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 创建时间。格式：YYYY-MM-DD HH:MM:SS。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 终端节点绑定的安全组实例ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub group_set: Option<Vec<String>>,
    /// 终端节点服务名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_name: Option<String>,
    /// CDC 集群唯一 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 终端节点服务对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EndPointService {
    /// 终端节点服务ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_service_id: Option<String>,
    /// VPCID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// APPID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_owner: Option<String>,
    /// 终端节点服务名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_name: Option<String>,
    /// 后端服务的VIP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_vip: Option<String>,
    /// 后端服务的ID，比如lb-lip4e6bp。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_instance_id: Option<String>,
    /// 是否自动接受。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_accept_flag: Option<bool>,
    /// 关联的终端节点个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_count: Option<u64>,
    /// 终端节点对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_point_set: Option<Vec<EndPoint>>,
    /// 创建时间。格式为YYYY-MM-DD HH:MM:SS字符串。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 挂载的PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_type: Option<String>,
    /// CDC 集群唯一 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 终端节点服务Uin。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_uin: Option<String>,
    /// 服务IP类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub business_ip_type: Option<i64>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 过滤器
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    /// 属性名称, 若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。
    pub name: String,
    /// 属性值, 若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。当值类型为布尔类型时，可直接取值为字符串"TRUE"或 "FALSE"。
    pub values: Vec<String>,
}

/// 过滤器键值对
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FilterObject {
    /// 属性名称, 若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。
    pub name: String,
    /// 属性值, 若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。
    pub values: Vec<String>,
}

/// 流日志
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FlowLog {
    /// 私有网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 流日志唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flow_log_id: Option<String>,
    /// 流日志实例名字。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flow_log_name: Option<String>,
    /// 流日志所属资源类型：VPC(私有网络)，SUBNET（子网），NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转换），DCG（专线网关）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 资源唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_type: Option<String>,
    /// 流日志存储ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cloud_log_id: Option<String>,
    /// 流日志存储ID状态。SUCCESS（成功），DELETED（删除）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cloud_log_state: Option<String>,
    /// 流日志描述信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flow_log_description: Option<String>,
    /// 流日志创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 是否启用，true-启用，false-停用。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable: Option<bool>,
    /// 消费端类型：cls、ckafka。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub storage_type: Option<String>,
    /// 消费端信息，当消费端类型为ckafka时返回。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow_log_storage: Option<FlowLogStorage>,
    /// 流日志存储ID对应的地域信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cloud_log_region: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。取值范围（单位s）：60， 300， 600。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub period: Option<u64>,
}

/// 流日志存储信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FlowLogStorage {
    /// 存储实例Id，当流日志存储类型为ckafka时，必填。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub storage_id: Option<String>,
    /// 主题Id，当流日志存储类型为ckafka时，必填。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub storage_topic: Option<String>,
}

/// 网关流量监控明细
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GatewayFlowMonitorDetail {
    /// 来源`IP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 入包量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_pkg: Option<u64>,
    /// 出包量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_pkg: Option<u64>,
    /// 入流量，单位：`Byte`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_traffic: Option<u64>,
    /// 出流量，单位：`Byte`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_traffic: Option<u64>,
    /// 并发连接数。仅标准型nat支持此参数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub concurrent_connection_count: Option<u64>,
    /// 新建连接速率。仅标准型nat支持此参数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub new_connection_rate: Option<u64>,
}

/// 网关流控带宽信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GatewayQos {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 云服务器内网IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_address: Option<String>,
    /// 网关流控出方向带宽值，当值为-1时，代表未限速；当值大于等于0时，限速带宽上限为返回值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<i64>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 网关流控入方向带宽值，当值为-1时，代表未限速；当值大于等于0时，限速带宽上限为返回值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_bandwidth: Option<i64>,
}

/// 全局路由对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GlobalRoute {
    /// 作为出参展示，表示VPC唯一Id，。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 全局路由唯一Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub global_route_id: Option<String>,
    /// Ipv4目标网段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 下一跳类型，支持 NORMAL_CVM。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 下一跳对象，如果GatewayType类型是NORMAL_CVM填写子机IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_id: Option<String>,
    /// 备注。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 支持的 ECMP算法有：
    ///
    /// - ECMP_QUINTUPLE_HASH：五元组hash
    ///
    /// - ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash
    ///
    /// - ECMP_DESTINATION_IP_HASH：目的IP hash
    ///
    /// - ECMP_SOURCE_IP_HASH：源IP hash。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_route_algorithm: Option<String>,
}

/// 描述 HAVIP 信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVip {
    /// `HAVIP`的`ID`，是`HAVIP`的唯一标识。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ha_vip_id: Option<String>,
    /// `HAVIP`名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ha_vip_name: Option<String>,
    /// 虚拟IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vip: Option<String>,
    /// `HAVIP`所在私有网络`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// `HAVIP`所在子网`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// `HAVIP`关联弹性网卡`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_id: Option<String>,
    /// 被绑定的实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 绑定`EIP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_ip: Option<String>,
    /// 状态：
    ///
    /// - `AVAILABLE`：运行中
    ///
    /// - `UNBIND`：未绑定
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 使用havip的业务标识。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub business: Option<String>,
    /// `HAVIP`的飘移范围。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ha_vip_association_set: Option<Vec<HaVipAssociation>>,
    /// 是否开启`HAVIP`的漂移范围校验。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub check_associate: Option<bool>,
    /// CDC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// HAVIP 刷新时间。该参数只作为出参数。以下场景会触发FlushedTime 被刷新：1）子机发出免费 ARP 触发 HAVIP 漂移；2）手动HAVIP解绑网卡; 没有更新时默认值：0000-00-00 00:00:00
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flushed_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// HaVip绑定的子机/网卡（用于限制HaVip飘移的范围，并不是真正的飘移动作）。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HaVipAssociation {
    /// HaVip绑定的子机或网卡唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// HaVip实例唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ha_vip_id: Option<String>,
    /// HaVip绑定的类型。取值:CVM, ENI。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
}

/// VPN通道健康检查配置
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthCheckConfig {
    /// 探测模式，默认值NQA，不可修改。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub probe_type: Option<String>,
    /// 探测间隔，腾讯云两次健康检查间隔时间，范围【1000-5000】，单位ms。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub probe_interval: Option<i64>,
    /// 探测次数，连续N次健康检查失败后执行路由切换，范围【3-8】，单位次。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub probe_threshold: Option<i64>,
    /// 探测超时时间，范围【10-5000】，单位ms。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub probe_timeout: Option<i64>,
}

/// 高优路由表条目修改属性。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HighPriorityModifyItem {
    /// 高优路由条目唯一ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_id: Option<String>,
    /// 高优路由条目描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 高优路由表条目信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HighPriorityRoute {
    /// 高优路由表唯一 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub high_priority_route_table_id: Option<String>,
    /// 高优路由表条目唯一 ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub high_priority_route_id: Option<String>,
    /// 目标网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 网关类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 网关唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_id: Option<String>,
    /// 高优路由条目描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// ECMP算法，支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_route_algorithm: Option<String>,
    /// 出参展示，是否为CDC属性高优路由
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_cdc: Option<bool>,
    /// 出参展示，CDC 唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// 高优路由表信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HighPriorityRouteTable {
    /// 高优路由表唯一 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub high_priority_route_table_id: Option<String>,
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 高优路由表名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// 高优路由表关联的子网列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_set: Option<Vec<String>>,
    /// 高优路由表条目信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_priority_route_set: Option<Vec<HighPriorityRoute>>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IKEOptionsSpecification {
    /// 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'SM4',  'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    ///
    /// 默认值：3DES-CBC
    ///
    /// 仅4.0VPN网关支持 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub propo_encry_algorithm: Option<String>,
    /// 认证算法：可选值：'MD5'，'SHA'，'SHA-256'，'SHA-512'， 默认为SHA。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub propo_authen_algorithm: Option<String>,
    /// 协商模式：可选值：'AGGRESSIVE'， 'MAIN'，默认为MAIN。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub exchange_mode: Option<String>,
    /// 本端标识类型：可选值：'ADDRESS', 'FQDN'，默认为ADDRESS
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_identity: Option<String>,
    /// 对端标识类型：可选值：'ADDRESS', 'FQDN'，默认为ADDRESS
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_identity: Option<String>,
    /// 本端标识，当LocalIdentity选为ADDRESS时，LocalAddress必填。localAddress默认为vpn网关公网IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_address: Option<String>,
    /// 对端标识，当RemoteIdentity选为ADDRESS时，RemoteAddress必填
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_address: Option<String>,
    /// 本端标识，当LocalIdentity选为FQDN时，LocalFqdnName必填
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_fqdn_name: Option<String>,
    /// 对端标识，当remoteIdentity选为FQDN时，RemoteFqdnName必填
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_fqdn_name: Option<String>,
    /// DH group，指定IKE交换密钥时使用的DH组，可选值：'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14', 'GROUP15', 'GROUP16', 'GROUP19', 'GROUP20', 'GROUP21', 'GROUP24'，默认是GROUP1。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dh_group_name: Option<String>,
    /// IKE SA Lifetime，单位：秒，设置IKE SA的生存周期
    ///
    /// 取值范围：\[60, 604800\]
    ///
    /// 默认值：86400
    #[serde(
        rename = "IKESaLifetimeSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ikesa_lifetime_seconds: Option<u64>,
    /// IKE版本
    ///
    /// 枚举值：
    ///
    /// - IKEV1： IKEV1版本
    ///
    /// - IKEV2： IKEV2版本
    ///
    /// 默认值：IKEV1
    #[serde(
        rename = "IKEVersion",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ike_version: Option<String>,
}

/// IPSec配置，腾讯云提供IPSec安全会话设置
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IPSECOptionsSpecification {
    /// 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'SM4', 'NULL', 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    ///
    /// 默认值：AES-CBC-128
    ///
    /// 仅4.0VPN网关支持 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt_algorithm: Option<String>,
    /// 认证算法：可选值：'MD5', 'SHA1', 'SHA-256', 'SHA-512', 'SHA-384', 'SM3'
    ///
    /// 默认值：SHA1
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub integrity_algorith: Option<String>,
    /// IPsec SA lifetime(s)
    ///
    /// 取值范围：\[180, 604800\]
    ///
    /// 单位：秒
    ///
    /// 默认值：14400
    #[serde(
        rename = "IPSECSaLifetimeSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipsecsa_lifetime_seconds: Option<u64>,
    /// PFS：可选值：'NULL', 'DH-GROUP1', 'DH-GROUP2', 'DH-GROUP5', 'DH-GROUP14', 'DH-GROUP15','DH-GROUP16','DH-GROUP19','DH-GROUP20','DH-GROUP21','DH-GROUP24'，默认为NULL
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub pfs_dh_group: Option<String>,
    /// IPsec SA lifetime(KB)
    ///
    /// 取值范围：\[2560, 4294967295\]
    ///
    /// 单位：KB
    ///
    /// 默认值：4096000000
    #[serde(
        rename = "IPSECSaLifetimeTraffic",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipsecsa_lifetime_traffic: Option<u64>,
    /// 认证算法：可选值：'MD5', 'SHA1'，'SHA-256' 默认为
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub integrity_algorithm: Option<String>,
}

/// 返回多运营商IPv6 Cidr Block
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ISPIPv6CidrBlock {
    /// IPv6 CIdr Block
    #[serde(
        rename = "IPv6CidrBlock",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// 网络运营商类型 取值范围:'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
    #[serde(
        rename = "ISPType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub isp_type: Option<String>,
    /// IPv6 Cidr 的类型：`GUA`(全球单播地址), `ULA`(唯一本地地址)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_type: Option<String>,
}

/// 云联网实例绑定路由表信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceBind {
    /// 云联网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 实例类型：VPC，DIRECTCONNECT，BMVPC，EDGE，EDGE_TUNNEL，EDGE_VPNGW，VPNGW。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 实例绑定路由表的时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_bind_time: Option<String>,
    /// 路由表ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
    /// 实例所在地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_region: Option<String>,
    /// 实例所属的账户uin。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_uin: Option<String>,
    /// 关联实例状态：
    ///
    /// - `PENDING`：申请中
    ///
    /// - `ACTIVE`：已连接
    ///
    /// - `EXPIRED`：已过期
    ///
    /// - `REJECTED`：已拒绝
    ///
    /// - `DELETED`：已删除
    ///
    /// - `FAILED`：失败的（2小时后将异步强制解关联）
    ///
    /// - `ATTACHING`：关联中
    ///
    /// - `DETACHING`：解关联中
    ///
    /// - `DETACHFAILED`：解关联失败（2小时后将异步强制解关联）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
}

/// 预付费（包年包月）计费对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceChargePrepaid {
    /// 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36。
    pub period: u64,
    /// 自动续费标识。取值范围： NOTIFY_AND_AUTO_RENEW：通知过期且自动续费， NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。默认：NOTIFY_AND_AUTO_RENEW
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_flag: Option<String>,
}

/// 云服务器巨帧状态
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceJumbo {
    /// 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 实例是否支持巨帧。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub jumbo_state: Option<bool>,
}

/// 用于描述实例的统计信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceStatistic {
    /// 实例的类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例的个数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_count: Option<u64>,
}

/// 公网询价出参
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InternetPrice {
    /// 公网IP网络费询价详细参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_price: Option<InternetPriceDetail>,
    /// 公网IP资源费询价详细参数。仅原生IP价格查询返回。
    #[serde(rename = "IPPrice", default, skip_serializing_if = "Option::is_none")]
    pub ip_price: Option<InternetPriceDetail>,
    /// 总原价，单位：元，仅预付费价格查询返回。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
    /// 折扣后的总价格，单位：元。仅预付费价格查询返回。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
}

/// 公网IP询价出参
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InternetPriceDetail {
    /// 付费单价，单位：元，仅后付费价格查询返回。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price: Option<f64>,
    /// 折扣后的价格，单位：元。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
    /// 计价单元，可取值范围：
    ///
    /// - HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）。
    ///
    /// -  MONTH :表示计价单元是按月来计算。当前涉及该计价单元的场景有：包月按带宽预付费（BANDWIDTH_PREPAID_BY_MONTH）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_unit: Option<String>,
    /// 原价，单位：元，仅预付费价格查询返回。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
}

/// IPV6转换规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ip6Rule {
    /// IPV6转换规则唯一ID，形如rule6-xxxxxxxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_rule_id: Option<String>,
    /// IPV6转换规则名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_rule_name: Option<String>,
    /// IPV6地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vip6: Option<String>,
    /// IPV6端口号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vport6: Option<i64>,
    /// 协议类型，支持TCP/UDP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// IPV4地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vip: Option<String>,
    /// IPV4端口号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vport: Option<i64>,
    /// 转换规则状态，限于CREATING,RUNNING,DELETING,MODIFYING
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub rule_status: Option<String>,
    /// 转换规则创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// IPV6转换规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ip6RuleInfo {
    /// IPV6端口号，可在0~65535范围取值
    pub vport6: i64,
    /// 协议类型，支持TCP/UDP
    pub protocol: String,
    /// IPV4地址
    pub vip: String,
    /// IPV4端口号，可在0~65535范围取值
    pub vport: i64,
}

/// IPV6转换实例信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ip6Translator {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_translator_id: Option<String>,
    /// IPV6转换实例名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_translator_name: Option<String>,
    /// IPV6地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vip6: Option<String>,
    /// IPV6转换地址所属运营商
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub isp_name: Option<String>,
    /// 转换实例状态，限于CREATING,RUNNING,DELETING,MODIFYING
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translator_status: Option<String>,
    /// IPV6转换实例创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 绑定的IPV6转换规则数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip6_rule_count: Option<i64>,
    /// IPV6转换规则信息
    #[serde(rename = "IP6RuleSet", default, skip_serializing_if = "Option::is_none")]
    pub ip6_rule_set: Option<Vec<Ip6Rule>>,
}

/// 占用ip的资源信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IpAddressStates {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_address: Option<String>,
    /// 资源类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 资源ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
}

/// IP在线查询的字段信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IpField {
    /// 国家字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<bool>,
    /// 省、州、郡一级行政区域字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<bool>,
    /// 市一级行政区域字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<bool>,
    /// 市内区域字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<bool>,
    /// 接入运营商字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isp: Option<bool>,
    /// 骨干运营商字段信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_name: Option<bool>,
    /// 骨干As号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_id: Option<bool>,
    /// 注释字段
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<bool>,
}

/// IP地理位置信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct IpGeolocationInfo {
    /// 国家信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub country: Option<String>,
    /// 省、州、郡一级行政区域信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub province: Option<String>,
    /// 市一级行政区域信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub city: Option<String>,
    /// 市内区域信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region: Option<String>,
    /// 接入运营商信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub isp: Option<String>,
    /// 骨干运营商名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub as_name: Option<String>,
    /// 骨干运营商AS号
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub as_id: Option<String>,
    /// 注释信息。目前的填充值为移动接入用户的APN值，如无APN属性则为空
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub comment: Option<String>,
    /// IP地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_ip: Option<String>,
}

/// `IPv6`地址信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ipv6Address {
    /// `IPv6`地址，形如：`3402:4e00:20:100:0:8cd9:2a67:71f3`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address: Option<String>,
    /// 是否是主`IP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub primary: Option<bool>,
    /// `EIP`实例`ID`，形如：`eip-hxlqja90`。作为入参数时，可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
    /// 描述信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 公网IP是否被封堵。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_wan_ip_blocked: Option<bool>,
    /// `IPv6`地址状态：
    ///
    /// - `PENDING`：生产中
    ///
    /// - `MIGRATING`：迁移中
    ///
    /// - `DELETING`：删除中
    ///
    /// - `AVAILABLE`：可用的
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 如果 IPv6地址是 ULA 类型，绑定的公网IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// `IPv6`地址的类型: `GUA`(全球单播地址), `ULA`(唯一本地地址)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_type: Option<String>,
}

/// IPv6子网段对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Ipv6SubnetCidrBlock {
    /// 子网实例`ID`。形如：`subnet-pxir56ns`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// `IPv6`子网段。形如：`3402:4e00:20:1001::/64`。作为AssignIpv6SubnetCidrBlock接口入参时，该参数必填。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
}

/// 单项计费价格信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ItemPrice {
    /// 按量计费后付费单价，单位：元。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price: Option<f64>,
    /// 按量计费后付费计价单元，可取值范围： HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）： GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_unit: Option<String>,
    /// 预付费商品的原价，单位：元。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
    /// 预付费商品的折扣价，单位：元。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LocalDestinationIpPortTranslationNatRule {
    /// 协议，包含TCP和UDP
    pub protocol: String,
    /// 映射前端口
    pub original_port: i64,
    /// 映射前IP
    pub original_ip: String,
    /// 映射后端口
    pub translation_port: i64,
    /// 映射后IP
    pub translation_ip: String,
    /// 描述
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 本地网关信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LocalGateway {
    /// CDC实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// VPC实例ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 本地网关实例ID（计划弃用）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub uniq_local_gw_id: Option<String>,
    /// 本地网关名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_gateway_name: Option<String>,
    /// 本地网关IP地址
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_gw_ip: Option<String>,
    /// 本地网关创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 本地网关实例ID（计划起用）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_gateway_id: Option<String>,
}

/// 模板对象成员信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MemberInfo {
    /// 模板对象成员
    pub member: String,
    /// 模板对象成员描述信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyRouteTableInfo {
    /// 云联网路由表id。
    pub route_table_id: String,
    /// 云联网路由表名称。Name和Description 两者必传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 云联网路由表描述。Name和Description 两者必传一个。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// 查询nat路由的返回路由对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatDirectConnectGatewayRoute {
    /// 子网的 `IPv4` `CIDR`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 下一跳网关的类型，目前此接口支持的类型有：
    ///
    /// DIRECTCONNECT：专线网关
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 下一跳网关ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_id: Option<String>,
    /// 路由的创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 路由的更新时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// NAT网关对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatGateway {
    /// NAT网关的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
    /// NAT网关的名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_name: Option<String>,
    /// NAT网关创建的时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// NAT网关的状态。
    ///
    /// 'PENDING'：生产中，'DELETING'：删除中/子实例关闭中，'AVAILABLE'：运行中，'UPDATING'：升级中，
    ///
    /// ‘PENDFAILURE’：创建失败，‘DELETEFAILURE：删除失败，‘DENIED’：子实例关闭中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 网关最大外网出带宽(单位:Mbps)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub internet_max_bandwidth_out: Option<u64>,
    /// 网关并发连接上限。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub max_concurrent_connection: Option<u64>,
    /// 绑定NAT网关的公网IP对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ip_address_set: Option<Vec<NatGatewayAddress>>,
    /// NAT网关网络状态。“AVAILABLE”:运行中, “UNAVAILABLE”:不可用, “INSUFFICIENT”:欠费停服。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_state: Option<String>,
    /// NAT网关的端口转发规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_ip_port_translation_nat_rule_set: Option<
        Vec<DestinationIpPortTranslationNatRule>,
    >,
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// NAT网关所在的可用区。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 绑定的专线网关ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// 所属子网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// NAT网关绑定的安全组列表
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_set: Option<Vec<String>>,
    /// NAT网关的SNAT转发规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ip_translation_nat_rule_set: Option<Vec<SourceIpTranslationNatRule>>,
    /// 是否独享型NAT。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_exclusive: Option<bool>,
    /// 独享型NAT所在的网关集群的带宽(单位:Mbps)，当IsExclusive为false时无此字段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub exclusive_gateway_bandwidth: Option<u64>,
    /// NAT网关是否被封禁。“NORMAL”：未被封禁，“RESTRICTED”：已被封禁。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub restrict_state: Option<String>,
    /// NAT网关类型，1表示传统型NAT网关，2表示标准型NAT网关
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_product_version: Option<u64>,
    /// true代表仅允许匹配SNAT规则的内网IP的流量进行转发，false代表所有内网IP发起的流量都进行转发。默认为false。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub strict_snat_mode: Option<bool>,
    /// 是否启用根据目的网段选择SNAT使用的EIP功能
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub smart_schedule_mode: Option<bool>,
    /// NAT实例归属的专属集群id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dedicated_cluster_id: Option<String>,
    /// NAT实例是否开启删除保护
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deletion_protection_enabled: Option<bool>,
    /// NAT实例连接超时时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_state_timeouts: Option<ConnectionStateTimeouts>,
    /// 独享实例规格。取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub exclusive_type: Option<String>,
    /// 标准型NAT网关自动扩容
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_scaling: Option<bool>,
    /// 是否代答公网发给NAT网关上弹性公网IP的ICMP echo请求报文，默认为true，应答请求报文；false代表不应答。
    #[serde(
        rename = "ICMPProxy",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub icmp_proxy: Option<bool>,
    /// 同一个内网地址通过NAT网关访问同一个目的IP时，是否使用固定的弹性公网IP。默认为true，使用固定IP；false代表使用随机IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_address_affinity: Option<bool>,
}

/// NAT网关绑定的弹性IP
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatGatewayAddress {
    /// 弹性公网IP（EIP）的唯一 ID，形如：`eip-11112222`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
    /// 外网IP地址，形如：`123.121.34.33`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// 资源封堵状态。true表示弹性ip处于封堵状态，false表示弹性ip处于未封堵状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_blocked: Option<bool>,
    /// 资源封堵类型。NORMAL表示未封禁，SECURITY表示安全封禁，USER表示用户封禁，OTHER表示其他封禁，多个原因封禁时用&连接，比如：SECURITY&USER&OTHER。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub block_type: Option<String>,
}

/// NAT网关的端口转发规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatGatewayDestinationIpPortTranslationNatRule {
    /// 网络协议，可选值：`TCP`、`UDP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_protocol: Option<String>,
    /// 弹性公网IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// 公网端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_port: Option<u64>,
    /// 内网地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 内网端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_port: Option<u64>,
    /// NAT网关转发规则描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// NAT网关的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
    /// 私有网络VPC的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// NAT网关转发规则创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// nat网关流量监控明细。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatGatewayFlowMonitorDetail {
    /// 来源`IP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 入包量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_pkg: Option<u64>,
    /// 出包量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_pkg: Option<u64>,
    /// 入流量，单位：`Byte`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub in_traffic: Option<u64>,
    /// 出流量，单位：`Byte`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub out_traffic: Option<u64>,
    /// 并发连接数。仅标准型nat支持此参数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub concurrent_connection_count: Option<u64>,
    /// 新建连接速率。仅标准型nat支持此参数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub new_connection_rate: Option<u64>,
}

/// NAT地域地区对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatRegionInfoWithArea {
    /// 地域ID，如：ap-guangzhou。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region: Option<String>,
}

/// NAT网关可用区集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NatZoneInfo {
    /// 可用区名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 可用区id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone_id: Option<u64>,
}

/// 网络探测对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetDetect {
    /// `VPC`实例`ID`。形如：`vpc-12345678`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// `VPC`实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_name: Option<String>,
    /// 子网实例ID。形如：subnet-12345678。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 子网实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_name: Option<String>,
    /// 网络探测实例ID。形如：netd-12345678。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub net_detect_id: Option<String>,
    /// 网络探测名称，最大长度不能超过60个字节。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub net_detect_name: Option<String>,
    /// 探测目的IPv4地址数组，最多两个。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub detect_destination_ip: Option<Vec<String>>,
    /// 系统自动分配的探测源IPv4数组。长度为2。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub detect_source_ip: Option<Vec<String>>,
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_type: Option<String>,
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
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测，添加和修改时，不需要指定值，查询时值为空字符串；
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_destination: Option<String>,
    /// 下一跳网关名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_hop_name: Option<String>,
    /// 网络探测描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub net_detect_description: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 网络探测目的IP的验证结果。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetDetectIpState {
    /// 探测目的IPv4地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub detect_destination_ip: Option<String>,
    /// 探测结果。
    ///
    /// 0：成功；
    ///
    /// -1：查询不到路由丢包；
    ///
    /// -2：外出ACL丢包；
    ///
    /// -3：IN ACL丢包；
    ///
    /// -4：其他错误；
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<i64>,
    /// 时延，单位毫秒
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub delay: Option<u64>,
    /// 丢包率
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub packet_loss_rate: Option<u64>,
}

/// 网络探测验证结果。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetDetectState {
    /// 网络探测实例ID。形如：netd-12345678。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub net_detect_id: Option<String>,
    /// 网络探测目的IP验证结果对象数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_detect_ip_state_set: Option<Vec<NetDetectIpState>>,
}

/// 网络ACL
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAcl {
    /// `VPC`实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 网络ACL实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_id: Option<String>,
    /// 网络ACL名称，最大长度为60。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_name: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 网络ACL关联的子网数组。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_set: Option<Vec<Subnet>>,
    /// 该参数仅对三元组ACL有效，网络ACl入站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_entries: Option<Vec<NetworkAclEntry>>,
    /// 该参数仅对三元组ACL有效，网络ACL出站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_entries: Option<Vec<NetworkAclEntry>>,
    /// 网络ACL类型。三元组：'TRIPLE'   五元组：'QUINTUPLE'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_type: Option<String>,
    /// 标签键值对
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 网络ACL规则。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclEntry {
    /// 协议, 取值: TCP,UDP, ICMP, ALL。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。使用-指定端口范围，如：10-20。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub port: Option<String>,
    /// 网段或IP(互斥)。增量创建ACL规则时，CidrBlock和Ipv6CidrBlock至少提供一个。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 网段或IPv6(互斥)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// ACCEPT 或 DROP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 规则描述，最大长度100。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 修改时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub modify_time: Option<String>,
    /// 优先级，从1开始。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<i64>,
    /// IPv4网络ACL条目唯一ID。当修改ACL条目时，NetworkAclIpv4EntryId和NetworkAclIpv6EntryID至少提供一个。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_ipv4_entry_id: Option<String>,
    /// IPv6网络ACL条目唯一ID。当修改ACL条目时，NetworkAclIpv4EntryId和NetworkAclIpv6EntryId至少提供一个。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_ipv6_entry_id: Option<String>,
}

/// 网络ACL规则集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclEntrySet {
    /// 入站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<NetworkAclEntry>>,
    /// 出站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<Vec<NetworkAclEntry>>,
}

/// 网络ACL五元组
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclQuintupleEntries {
    /// 网络ACL五元组入站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<NetworkAclQuintupleEntry>>,
    /// 网络ACL五元组出站规则
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<Vec<NetworkAclQuintupleEntry>>,
}

/// 网络ACL五元组Entry
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkAclQuintupleEntry {
    /// 协议, 取值: TCP,UDP, ICMP, ALL。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 源端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_port: Option<String>,
    /// 源CIDR。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_cidr: Option<String>,
    /// 目的端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_port: Option<String>,
    /// 目的CIDR。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr: Option<String>,
    /// 动作，ACCEPT 或 DROP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 网络ACL条目唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_quintuple_entry_id: Option<String>,
    /// 优先级，从1开始。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<i64>,
    /// 创建时间，用于DescribeNetworkAclQuintupleEntries的出参。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 方向，INGRESS或EGRESS，用于DescribeNetworkAclQuintupleEntries的出参。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_direction: Option<String>,
    /// IPv6源CIDR。
    #[serde(
        rename = "SourceIPv6Cidr",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_ipv6_cidr: Option<String>,
    /// IPv6目的CIDR。
    #[serde(
        rename = "DestinationIPv6Cidr",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_ipv6_cidr: Option<String>,
}

/// 弹性网卡
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterface {
    /// 弹性网卡实例ID，例如：eni-f1xjkw1b。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_id: Option<String>,
    /// 弹性网卡名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_name: Option<String>,
    /// 弹性网卡描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_description: Option<String>,
    /// 子网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 绑定的安全组。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub group_set: Option<Vec<String>>,
    /// 是否是主网卡。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub primary: Option<bool>,
    /// MAC地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub mac_address: Option<String>,
    /// 弹性网卡状态：
    ///
    /// - `PENDING`：创建中
    ///
    /// - `AVAILABLE`：可用的
    ///
    /// - `ATTACHING`：绑定中
    ///
    /// - `DETACHING`：解绑中
    ///
    /// - `DELETING`：删除中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 弹性网卡状态：
    ///
    /// - `PENDING`：创建中
    ///
    /// - `AVAILABLE`：可用的
    ///
    /// - `ATTACHING`：绑定中
    ///
    /// - `DETACHING`：解绑中
    ///
    /// - `DELETING`：删除中
    ///
    /// - `INUSE`：已绑定
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_interface_state: Option<String>,
    /// 内网IP信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
    /// 绑定的云服务器对象。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<NetworkInterfaceAttachment>,
    /// 可用区。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 创建时间。格式：YYYY-MM-DD hh:mm:ss。示例值：2020-10-28 08:23:59
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// `IPv6`地址列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 网卡类型。“0”-辅助网卡，“1”-主网卡，“2”：中继网卡
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni_type: Option<u64>,
    /// 网卡绑定的子机类型：cvm（普通CVM子机），eks（弹性容器服务Elastic Kubernetes Service）， hai（高性能应用服务Hyper Application Inventor）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub business: Option<String>,
    /// 网卡所关联的CDC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 弹性网卡类型：0:标准型/1:扩展型。默认值为0。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attach_type: Option<u64>,
    /// 用于保留网卡主IP的资源ID用于保留网卡主IP的资源ID。用于删除网卡时作为入参数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 服务质量级别：
    ///
    /// PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    ///
    /// 可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
}

/// 弹性网卡绑定关系
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NetworkInterfaceAttachment {
    /// 网卡在云主机实例内的序号。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub device_index: Option<u64>,
    /// 云主机所有者账户信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_account_id: Option<String>,
    /// 绑定时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attach_time: Option<String>,
    /// 云主机实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
}

/// 对等连接实例信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PeerConnection {
    /// 本端VPC唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_vpc_id: Option<String>,
    /// 对端VPC唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peer_vpc_id: Option<String>,
    /// 对等连接唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peering_connection_id: Option<String>,
    /// 对等连接名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peering_connection_name: Option<String>,
    /// 对等连接状态，PENDING，投放中；ACTIVE，使用中；REJECTED，已拒绝‘DELETED，已删除；FAILED，失败；EXPIRED，已过期；ISOLATED，隔离中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 是否是新控制器，true: 是NewAfc；false:不是。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_ngw: Option<bool>,
    /// 对等连接带宽值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<i64>,
    /// 本端地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_region: Option<String>,
    /// 对端地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_region: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 本端APPID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub app_id: Option<i64>,
    /// 对端APPID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peer_app_id: Option<i64>,
    /// 计费类型，POSTPAID_BY_DAY_MAX：日峰值计费；POSTPAID_BY_MONTH_95：月95计费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_type: Option<String>,
    /// 本端UIN。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_uin: Option<i64>,
    /// 对端UIN。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_uin: Option<i64>,
    /// 资源标签数据。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 服务分级：PT、AU、AG。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
    /// 互通类型，VPC_PEER：VPC间互通；VPC_BM_PEER：VPC与黑石网络互通。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
    /// 对端VPC唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_vpc_id: Option<String>,
}

/// 安全组策略统计
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyStatistics {
    /// 入站IPv4总数
    #[serde(
        rename = "IngressIPv4TotalCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ingress_ipv4_total_count: Option<u64>,
    /// 入站IPv6总数
    #[serde(
        rename = "IngressIPv6TotalCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ingress_ipv6_total_count: Option<u64>,
    /// 出站IPv4总数
    #[serde(
        rename = "EgressIPv4TotalCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub egress_ipv4_total_count: Option<u64>,
    /// 出站IPv6总数
    #[serde(
        rename = "EgressIPv6TotalCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub egress_ipv6_total_count: Option<u64>,
}

/// 价格
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Price {
    /// 实例价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_price: Option<ItemPrice>,
    /// 带宽价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bandwidth_price: Option<ItemPrice>,
}

/// 内网IP信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrivateIpAddressSpecification {
    /// 内网IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 是否是主IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub primary: Option<bool>,
    /// 公网IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// EIP实例ID，例如：eip-11112222。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_id: Option<String>,
    /// 内网IP描述信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 公网IP是否被封堵。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_wan_ip_blocked: Option<bool>,
    /// IP状态：
    ///
    /// PENDING：生产中
    ///
    /// MIGRATING：迁移中
    ///
    /// DELETING：删除中
    ///
    /// AVAILABLE：可用的
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// IP服务质量等级，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
}

/// 私网NAT网关跨域信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrivateNatCrossDomainInfo {
    /// 跨域私网NAT关联的云联网ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 跨域私网NAT本端Vpc
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_vpc_id: Option<String>,
    /// 跨域私网NAT对端Vpc
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub peer_vpc_id: Option<String>,
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrivateNatDestinationIpPortTranslationNatRule {
    /// 协议
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 映射前端口
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_port: Option<i64>,
    /// 映射前IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_ip: Option<String>,
    /// 映射后端口
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translation_port: Option<i64>,
    /// 映射后IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translation_ip: Option<String>,
    /// 描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// 私网网关对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrivateNatGateway {
    /// 私网网关`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
    /// 私网网关名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_name: Option<String>,
    /// 私网网关关联`VPC`实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 私网网关当前状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 私网网关跨域标志。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cross_domain: Option<bool>,
    /// 创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 专线网关唯一`ID`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// 私网网关类型。可选类型："DCG","VPC","CCN"，分别对应专线网关、私有网络、云联网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_type: Option<String>,
    /// 私网NAT跨域信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_domain_info: Option<PrivateNatCrossDomainInfo>,
    /// 是否VPC型私网网关
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_type: Option<bool>,
    /// 跨域私网NAT关联的云联网ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 私网NAT是否开启删除保护
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deletion_protection_enabled: Option<bool>,
}

/// 可创建的私网网关配额数量
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrivateNatGatewayLimit {
    /// 私有网络唯一`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub uniq_vpc_id: Option<String>,
    /// Vpc下总计可创建私网网关数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_limit: Option<u64>,
    /// 可创建私网网关数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub available: Option<u64>,
}

/// 描述网络中心每个产品的配额信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductQuota {
    /// 产品配额ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_id: Option<String>,
    /// 产品配额名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_name: Option<String>,
    /// 产品当前配额
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_current: Option<i64>,
    /// 产品配额上限
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_limit: Option<i64>,
    /// 产品配额是否有地域属性
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_region: Option<bool>,
}

/// 描述配额信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Quota {
    /// 配额名称，取值范围：
    ///
    /// - `TOTAL_EIP_QUOTA`：用户当前地域下，EIP的配额数；
    ///
    /// - `LOCALBGP_EIP_QUOTA`：用户当前地域下，本地BGP IP配额数；
    ///
    /// - `SINGLEISP_EIP_QUOTA`：用户当前地域下，静态单线 IP 配额数；
    ///
    /// - `DAILY_EIP_APPLY`：用户当前地域下，除静态单线 IP外今日申购次数；
    ///
    /// - `DAILY_SINGLEISP_APPLY`：用户当前地域下，静态单线 IP今日申购次数；
    ///
    /// - `DAILY_PUBLIC_IP_ASSIGN`：用户当前地域下，重新分配公网 IP次数；
    ///
    /// - `MONTHLY_RECOVER_QUOTA`：用户当前地域下，每月申请指定 IP次数；
    ///
    /// - `TOTAL_EIP6_QUOTA`：用户当前地域下，传统弹性公网IPv6的配额数；
    ///
    /// - `BGP_EIPv6_QUOTA`：用户当前地域下，可申请的 BGP 弹性公网IPv6 的配额数；
    ///
    /// - `SINGLEISP_EIPv6_QUOTA`：用户当前地域下，可申请的静态单线弹性公网IPv6 的配额数；
    ///
    /// - `TOTAL_BANDWIDTHPKG_QUOTA`：用户当前地域下，可申请的带宽包总配额；
    ///
    /// - `PRIMARY_TRAFFIC_SINGLE_BWP_QUOTA`：用户当前地域下，可申请的静态单线主流量带宽包配额数；
    ///
    /// - `PRIMARY_TRAFFIC_BGP_BWP_QUOTA`：用户当前地域下，可申请的BGP主流量带宽包配额数；
    ///
    /// - `BandwidthGuaranteedRatio`：用户当前地域下，保底带宽包默认保底比例；
    ///
    /// - `TezBandwidthGuaranteedRatio`：用户当前地域下，边缘可用区保底带宽包默认保底比例；
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_id: Option<String>,
    /// 当前数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_current: Option<i64>,
    /// 配额数量
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_limit: Option<i64>,
    /// 配额所属的网络组
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub quota_group: Option<String>,
}

/// 安全组被引用信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReferredSecurityGroup {
    /// 安全组实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_id: Option<String>,
    /// 引用安全组实例ID（SecurityGroupId）的所有安全组实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub referred_security_group_ids: Option<Vec<String>>,
}

/// 匹配路由接收策略对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReplaceRoutesWithRoutePolicyRoute {
    /// 路由唯一策略ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_item_id: Option<String>,
    /// 匹配路由接收策略标记。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_match_policy: Option<bool>,
}

/// 内网保留IP数据
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ReserveIpAddressInfo {
    /// 内网保留IP唯一 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub reserve_ip_id: Option<String>,
    /// VPC唯一 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网唯一 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 内网保留IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub reserve_ip_address: Option<String>,
    /// 内网保留 IP绑定的资源实例 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 产品申请的IpType。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip_type: Option<u64>,
    /// 绑定状态，UnBind-未绑定， Bind-绑定。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 保留 IP名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// 保留 IP描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 描述带宽包资源信息的结构
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Resource {
    /// 带宽包资源类型，包括'Address'和'LoadBalance'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 带宽包资源Id，形如'eip-xxxx', 'lb-xxxx'
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 带宽包资源Ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_ip: Option<String>,
}

/// VPC资源看板（各资源个数）
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceDashboard {
    /// Vpc实例ID，例如：vpc-bq4bzxpj。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网实例ID，例如：subnet-bthucmmy。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 基础网络互通。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub classiclink: Option<u64>,
    /// 专线网关。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dcg: Option<u64>,
    /// 对等连接。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub pcx: Option<u64>,
    /// 统计当前除云服务器 IP、弹性网卡IP和网络探测IP以外的所有已使用的IP总数。云服务器 IP、弹性网卡IP和网络探测IP单独计数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip: Option<u64>,
    /// NAT网关。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat: Option<u64>,
    /// VPN网关。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpngw: Option<u64>,
    /// 流日志。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub flow_log: Option<u64>,
    /// 网络探测。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_detect: Option<u64>,
    /// 网络ACL。
    #[serde(
        rename = "NetworkACL",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl: Option<u64>,
    /// 云主机。
    #[serde(
        rename = "CVM",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm: Option<u64>,
    /// 负载均衡。
    #[serde(
        rename = "LB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub lb: Option<u64>,
    /// 关系型数据库。
    #[serde(
        rename = "CDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdb: Option<u64>,
    /// 云数据库 TencentDB for Memcached。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cmem: Option<u64>,
    /// 时序数据库。
    #[serde(
        rename = "CTSDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ctsdb: Option<u64>,
    /// 数据库 TencentDB for MariaDB（TDSQL）。
    #[serde(
        rename = "MariaDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub maria_db: Option<u64>,
    /// 数据库 TencentDB for SQL Server。
    #[serde(
        rename = "SQLServer",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sql_server: Option<u64>,
    /// 云数据库 TencentDB for PostgreSQL。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub postgres: Option<u64>,
    /// 网络附加存储。
    #[serde(
        rename = "NAS",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nas: Option<u64>,
    /// Snova云数据仓库。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub greenplumn: Option<u64>,
    /// 消息队列 CKAFKA。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ckafka: Option<u64>,
    /// Grocery。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub grocery: Option<u64>,
    /// 数据加密服务。
    #[serde(
        rename = "HSM",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub hsm: Option<u64>,
    /// 游戏存储 Tcaplus。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub tcaplus: Option<u64>,
    /// Cnas。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cnas: Option<u64>,
    /// HTAP 数据库 TiDB。
    #[serde(
        rename = "TiDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ti_db: Option<u64>,
    /// EMR 集群。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub emr: Option<u64>,
    /// SEAL。
    #[serde(
        rename = "SEAL",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub seal: Option<u64>,
    /// 文件存储 CFS。
    #[serde(
        rename = "CFS",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cfs: Option<u64>,
    /// Oracle。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub oracle: Option<u64>,
    /// ElasticSearch服务。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub elastic_search: Option<u64>,
    /// 区块链服务。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub t_baa_s: Option<u64>,
    /// Itop。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub itop: Option<u64>,
    /// 云数据库审计。
    #[serde(
        rename = "DBAudit",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub db_audit: Option<u64>,
    /// 企业级云数据库 CynosDB for Postgres。
    #[serde(
        rename = "CynosDBPostgres",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cynos_db_postgres: Option<u64>,
    /// 数据库 TencentDB for Redis。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub redis: Option<u64>,
    /// 数据库 TencentDB for MongoDB。
    #[serde(
        rename = "MongoDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub mongo_db: Option<u64>,
    /// 分布式数据库 TencentDB for TDSQL。
    #[serde(
        rename = "DCDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dcdb: Option<u64>,
    /// 企业级云数据库 CynosDB for MySQL。
    #[serde(
        rename = "CynosDBMySQL",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cynos_dbmy_sql: Option<u64>,
    /// 子网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet: Option<u64>,
    /// 路由表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table: Option<u64>,
}

/// 资源统计信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceStatistics {
    /// Vpc实例ID，例如：vpc-f1xjkw1b。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网实例ID，例如：subnet-bthucmmy。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 当前已使用的IP总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ip: Option<u64>,
    /// 资源统计信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_statistics_item_set: Option<Vec<ResourceStatisticsItem>>,
}

/// 资源统计项。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceStatisticsItem {
    /// 资源类型。比如，CVM，ENI等。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 资源名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_name: Option<String>,
    /// 资源个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_count: Option<u64>,
}

/// 路由策略对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Route {
    /// 创建IPv4目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 下一跳类型，目前我们支持的类型有：
    ///
    /// CVM：公网网关类型的云服务器；
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// HAVIP：高可用虚拟IP；
    ///
    /// NAT：公网NAT网关;
    ///
    /// NORMAL_CVM：普通云服务器；
    ///
    /// EIP：云服务器的公网IP；
    ///
    /// LOCAL_GATEWAY：CDC本地网关；
    ///
    /// INTRANAT：私网NAT网关；
    ///
    /// USER_CCN：云联网（自定义路由）；
    ///
    /// GWLB_ENDPOINT：网关负载均衡终端节点。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 下一跳地址，这里只需要指定不同下一跳类型的网关ID，系统会自动匹配到下一跳地址。
    ///
    /// 特殊说明：
    ///
    /// GatewayType为NORMAL_CVM时，GatewayId填写实例的内网IP。
    ///
    /// GatewayType为EIP时，GatewayId填写0。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_id: Option<String>,
    /// 路由策略ID。IPv4路由策略ID是有意义的值，IPv6路由策略是无意义的值0。后续建议完全使用字符串唯一ID `RouteItemId`操作路由策略。
    ///
    /// 该字段在删除时必填，其他字段无需填写。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_id: Option<u64>,
    /// 路由策略描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_description: Option<String>,
    /// 是否启用
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enabled: Option<bool>,
    /// 路由类型，目前我们支持的类型有：
    ///
    /// USER：用户路由；
    ///
    /// NETD：网络探测路由，创建网络探测实例时，系统默认下发，不可编辑与删除；
    ///
    /// CCN：云联网路由，系统默认下发，不可编辑与删除。
    ///
    /// 用户只能添加和操作 USER 类型的路由。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_type: Option<String>,
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 创建IPv6目的网段，取值不能在私有网络网段内，例如：2402:4e00:1000:810b::/64。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_ipv6_cidr_block: Option<String>,
    /// 路由唯一策略ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_item_id: Option<String>,
    /// 路由策略是否发布到云联网。该字段仅做出参使用，作为入参字段时此参数不生效。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub published_to_vbc: Option<bool>,
    /// 路由策略创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// CDC 集群唯一 ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
}

/// 路由冲突对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteConflict {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 要检查的与之冲突的目的端
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 冲突的路由策略列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_set: Option<Vec<Route>>,
}

/// 用于修改入路由表ECMP算法。现在支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteECMPAlgorithm {
    /// 目标网段
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_cidr_block: Option<String>,
    /// 支持的 ECMP算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_route_algorithm: Option<String>,
}

/// 路由接收策略。当云联网或其他业务添加路由到VPC自定义路由表时，可以丢弃或启用，禁用相应的路由条目。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RoutePolicy {
    /// 路由策略唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_policy_id: Option<String>,
    /// 路由策略名。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_policy_name: Option<String>,
    /// 路由策略描述。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_policy_description: Option<String>,
    /// 路由策略规则列表。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
    /// 路由策略绑定。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_policy_association_set: Option<Vec<RoutePolicyAssociation>>,
    /// 创建时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 路由接收策略绑定。用来绑定路由表和路由接收策略以及绑定的优先级。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RoutePolicyAssociation {
    /// 路由表唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 路由接收策略唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_policy_id: Option<String>,
    /// 优先级。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<u64>,
}

/// 路由接收策略条目。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RoutePolicyEntry {
    /// 路由策略条目IPv4唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_policy_entry_id: Option<String>,
    /// 目标网段。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 路由策略规则描述。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 路由类型。
    ///
    /// USER：用户自定义类型。
    ///
    /// NETD：网络探测下发的路由。
    ///
    /// CCN：云联网路由。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_type: Option<String>,
    /// 下一跳类型。目前我们支持的类型有：
    ///
    /// CVM：公网网关类型的云服务器；
    ///
    /// VPN：VPN网关；
    ///
    /// DIRECTCONNECT：专线网关；
    ///
    /// PEERCONNECTION：对等连接；
    ///
    /// HAVIP：高可用虚拟IP；
    ///
    /// NAT：NAT网关;
    ///
    /// EIP：云服务器的公网IP；
    ///
    /// LOCAL_GATEWAY：本地网关;
    ///
    /// PVGW：PVGW网关。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_type: Option<String>,
    /// 网关唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub gateway_id: Option<String>,
    /// 优先级。数值越小，优先级越高。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<u64>,
    /// 动作。
    ///
    /// DROP：丢弃。
    ///
    /// DISABLE：接收且禁用。
    ///
    /// ACCEPT：接收且启用。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 创建时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 地域。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region: Option<String>,
}

/// 路由表选择策略信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteSelectionPolicy {
    /// 云联网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// 路由表ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 路由表名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_name: Option<String>,
    /// 实例类型。如VPC
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
    /// 源端cidr。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_cidr_block: Option<String>,
    /// 路由表描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 关联实例所属UIN（根账号）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_uin: Option<String>,
}

/// 路由表对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteTable {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 路由表名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_name: Option<String>,
    /// 路由表关联关系。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub association_set: Option<Vec<RouteTableAssociation>>,
    /// IPv4路由策略集合。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_set: Option<Vec<Route>>,
    /// 是否默认路由表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub main: Option<bool>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// local路由是否发布云联网。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_cidr_for_ccn: Option<Vec<CidrForCcn>>,
}

/// 路由表关联关系
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RouteTableAssociation {
    /// 子网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 路由表实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
}

/// 安全组对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroup {
    /// 安全组实例ID，例如：sg-ohuuioma。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_id: Option<String>,
    /// 安全组名称，可任意命名，但不得超过60个字符。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_name: Option<String>,
    /// 安全组备注，最多100个字符。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_desc: Option<String>,
    /// 项目id，默认0。可在qcloud控制台项目管理页面查询到。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub project_id: Option<String>,
    /// 是否是默认安全组，默认安全组不支持删除。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_default: Option<bool>,
    /// 安全组创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 安全组更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// 安全组关联的实例统计
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupAssociationStatistics {
    /// 安全组实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_id: Option<String>,
    /// 云服务器实例数。
    #[serde(
        rename = "CVM",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cvm: Option<u64>,
    /// MySQL数据库实例数。
    #[serde(
        rename = "CDB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdb: Option<u64>,
    /// 弹性网卡实例数。
    #[serde(
        rename = "ENI",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eni: Option<u64>,
    /// 被安全组引用数。
    #[serde(
        rename = "SG",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sg: Option<u64>,
    /// 负载均衡实例数。
    #[serde(
        rename = "CLB",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub clb: Option<u64>,
    /// 全量实例的绑定统计。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_statistics: Option<Vec<InstanceStatistic>>,
    /// 所有资源的总计数（不包含被安全组引用数）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_count: Option<u64>,
}

/// 用户安全组配额限制。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupLimitSet {
    /// 每个项目每个地域可创建安全组数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_limit: Option<u64>,
    /// 安全组下的最大规则数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_policy_limit: Option<u64>,
    /// 安全组下嵌套安全组规则数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub refered_security_group_limit: Option<u64>,
    /// 单安全组关联实例数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_instance_limit: Option<u64>,
    /// 实例关联安全组数
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_security_group_limit: Option<u64>,
    /// 安全组展开后的规则数限制
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_extended_policy_limit: Option<u64>,
    /// 被引用的安全组关联CVM、ENI的实例配额
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_refered_cvm_and_eni_limit: Option<u64>,
    /// 被引用的安全组关联数据库、LB等服务实例配额
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_refered_svc_limit: Option<u64>,
}

/// 安全组规则对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupPolicy {
    /// 安全组规则索引号，值会随着安全组规则的变更动态变化。使用PolicyIndex时，请先调用`DescribeSecurityGroupPolicies`获取到规则的PolicyIndex，并且结合返回值中的Version一起使用处理规则。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_index: Option<i64>,
    /// 协议, 取值: TCP,UDP,ICMP,ICMPv6,ALL。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 端口(all, 离散port,  range)。
    ///
    /// 说明：如果Protocol设置为ALL，则Port也需要设置为all。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub port: Option<String>,
    /// 协议端口ID或者协议端口组ID。ServiceTemplate和Protocol+Port互斥。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template: Option<ServiceTemplateSpecification>,
    /// 网段或IP(互斥)，特殊说明：0.0.0.0/n 都会映射为0.0.0.0/0。作为入参时，可使用字符串`MY_PUBLIC_IP`指代发起请求的公网IP地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 网段或IPv6(互斥)。作为入参时，可使用字符串`MY_PUBLIC_IP`指代发起请求的公网IPv6地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// 安全组实例ID，例如：sg-ohuuioma。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub security_group_id: Option<String>,
    /// IP地址ID或者IP地址组ID。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_template: Option<AddressTemplateSpecification>,
    /// ACCEPT 或 DROP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 安全组规则描述。作为入参时，当未传递该参数或值为空，且参数CidrBlock或Ipv6CidrBlock值为MY_PUBLIC_IP时，该参数的值将会被自动填充为Replaced-From-MY_PUBLIC_IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub policy_description: Option<String>,
    /// 安全组最近修改时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub modify_time: Option<String>,
    /// 安全组规则优先级，值会随着安全组规则的变更动态变化。使用Priority时，请先调用`DescribeSecurityGroupPolicies`获取到规则的Priority，并且结合返回值中的Version一起使用处理规则。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<i64>,
}

/// 安全组规则集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityGroupPolicySet {
    /// 安全组规则当前版本。用户每次更新安全规则版本会自动加1，防止更新的路由规则已过期，不填不考虑冲突。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub version: Option<String>,
    /// 出站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<Vec<SecurityGroupPolicy>>,
    /// 入站规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress: Option<Vec<SecurityGroupPolicy>>,
    /// 安全组策略条目统计。只用于出参。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_statistics: Option<PolicyStatistics>,
}

/// SecurityPolicyDatabase策略
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SecurityPolicyDatabase {
    /// 本端网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_cidr_block: Option<String>,
    /// 对端网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_cidr_block: Option<Vec<String>>,
}

/// 协议端口模板
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceTemplate {
    /// 协议端口实例ID，例如：ppm-f5n1f8da。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_id: Option<String>,
    /// 模板名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_name: Option<String>,
    /// 协议端口信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_set: Option<Vec<String>>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 最后更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
    /// 带备注的协议端口信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_extra_set: Option<Vec<ServicesInfo>>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 协议端口模板集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceTemplateGroup {
    /// 协议端口模板集合实例ID，例如：ppmg-2klmrefu。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_group_id: Option<String>,
    /// 协议端口模板集合名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_group_name: Option<String>,
    /// 协议端口模板实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_id_set: Option<Vec<String>>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 最后更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
    /// 协议端口模板实例信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_template_set: Option<Vec<ServiceTemplate>>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// 协议端口模板
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceTemplateSpecification {
    /// 协议端口ID，例如：ppm-f5n1f8da。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_id: Option<String>,
    /// 协议端口组ID，例如：ppmg-f5n1f8da。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_group_id: Option<String>,
}

/// 协议端口模板信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServicesInfo {
    /// 协议端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service: Option<String>,
    /// 备注。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub updated_time: Option<String>,
}

/// 快照文件信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotFileInfo {
    /// 快照策略Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_id: Option<String>,
    /// 实例Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 快照文件Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_file_id: Option<String>,
    /// 备份时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_time: Option<String>,
    /// 操作者Uin。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub operator: Option<String>,
}

/// 快照策略关联实例信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotInstance {
    /// 实例Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 实例类型，目前支持安全组：securitygroup。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 实例所在地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_region: Option<String>,
    /// 快照策略Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_id: Option<String>,
    /// 实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_name: Option<String>,
}

/// 快照策略
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotPolicy {
    /// 快照策略名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_name: Option<String>,
    /// 备份策略类型，operate-操作备份，time-定时备份。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_type: Option<String>,
    /// 保留时间，支持1～365天。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub keep_time: Option<u64>,
    /// 是否创建新的cos桶，默认为False。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_new_cos: Option<bool>,
    /// cos桶所在地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cos_region: Option<String>,
    /// cos桶。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cos_bucket: Option<String>,
    /// 快照策略Id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_policy_id: Option<String>,
    /// 时间备份策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_policies: Option<Vec<BackupPolicy>>,
    /// 启用状态，True-启用，False-停用，默认为True。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable: Option<bool>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// NAT的SNAT规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SourceIpTranslationNatRule {
    /// 资源ID，如果ResourceType为USERDEFINED，可以为空字符串
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 资源类型，目前包含SUBNET、NETWORKINTERFACE、USERDEFINED，分别表示子网、网卡、自定义网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 源IP/网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 弹性IP地址池
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_addresses: Option<Vec<String>>,
    /// 规则描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// Snat规则ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_snat_id: Option<String>,
    /// NAT网关的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_gateway_id: Option<String>,
    /// 私有网络VPC的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// NAT网关SNAT规则创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// DownloadVpnGatewaySslClientCert 使用
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SslClientConfig {
    /// 客户端配置
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_client_configuration: Option<String>,
    /// 更证书
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_root_cert: Option<String>,
    /// 客户端密钥
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_key: Option<String>,
    /// 客户端证书
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_cert: Option<String>,
    /// SSL-VPN-CLIENT 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_client_id: Option<String>,
}

/// SSL-VPN-CLIENT 出参
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SslVpnClient {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// SSL-VPN-SERVER 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_server_id: Option<String>,
    /// 证书状态。
    ///
    /// 0:创建中
    ///
    /// 1:正常
    ///
    /// 2:已停用
    ///
    /// 3.已过期
    ///
    /// 4.创建出错
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cert_status: Option<u64>,
    /// SSL-VPN-CLIENT 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_client_id: Option<String>,
    /// 证书开始时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cert_begin_time: Option<String>,
    /// 证书到期时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cert_end_time: Option<String>,
    /// CLIENT NAME。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
    /// 创建CLIENT 状态。
    ///
    /// 0 创建中
    ///
    /// 1 创建出错
    ///
    /// 2 更新中
    ///
    /// 3 更新出错
    ///
    /// 4 销毁中
    ///
    /// 5 销毁出错
    ///
    /// 6 已连通
    ///
    /// 7 未知
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
}

/// SSL-VPN-SERVER 出参
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SslVpnSever {
    /// VPC实例ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// SSL-VPN-SERVER 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_server_id: Option<String>,
    /// VPN 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_gateway_id: Option<String>,
    /// SSL-VPN-SERVER name。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_server_name: Option<String>,
    /// 本端地址段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_address: Option<Vec<String>>,
    /// 客户端地址段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_address: Option<String>,
    /// 客户端最大连接数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub max_connection: Option<u64>,
    /// SSL-VPN 网关公网IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub wan_ip: Option<String>,
    /// SSL VPN服务端监听协议
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ssl_vpn_port: Option<u64>,
    /// 加密算法。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt_algorithm: Option<String>,
    /// 认证算法。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub integrity_algorithm: Option<String>,
    /// 是否支持压缩。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub compress: Option<u64>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// SSL-VPN-SERVER 创建状态。
    ///
    /// 0 创建中
    ///
    /// 1 创建出错
    ///
    /// 2 更新中
    ///
    /// 3 更新出错
    ///
    /// 4 销毁中
    ///
    /// 5 销毁出错
    ///
    /// 6 已连通
    ///
    /// 7 未知
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<u64>,
    /// 是否开启SSO认证。1：开启  0： 不开启
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sso_enabled: Option<u64>,
    /// EIAM应用ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub eiam_application_id: Option<String>,
    /// 是否开启策略控制。0：不开启 1： 开启
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub access_policy_enabled: Option<u64>,
    /// 策略信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_policy: Option<Vec<AccessPolicy>>,
    /// CAM服务提供商Name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub sp_name: Option<String>,
    /// DNS Server地址
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<DnsServers>,
}

/// 子网对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Subnet {
    /// `VPC`实例`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 子网实例`ID`，例如：subnet-bthucmmy。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 子网名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_name: Option<String>,
    /// 子网的 `IPv4` `CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 是否默认子网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_default: Option<bool>,
    /// 是否开启广播。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_broadcast: Option<bool>,
    /// 可用区。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 路由表实例ID，例如：rtb-l2h8d7c2。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_table_id: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 可用`IPv4`数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub available_ip_address_count: Option<u64>,
    /// 子网的 `IPv6` `CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// 关联`ACL`ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_acl_id: Option<String>,
    /// 是否为 `SNAT` 地址池子网。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_remote_vpc_snat: Option<bool>,
    /// 子网`IPv4`总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_ip_address_count: Option<u64>,
    /// 标签键值对。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// CDC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 是否是CDC所属子网。0:否 1:是
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_cdc_subnet: Option<i64>,
}

/// 子网对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SubnetInput {
    /// 子网的`CIDR`。
    pub cidr_block: String,
    /// 子网名称。
    pub subnet_name: String,
    /// 可用区。形如：`ap-guangzhou-2`。
    pub zone: String,
    /// 指定关联路由表，形如：`rtb-3ryrwzuu`。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route_table_id: Option<String>,
}

/// 标签键值对
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// 标签键
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub key: Option<String>,
    /// 标签值
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub value: Option<String>,
}

/// 标签描述信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tags {
    /// 标签键
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// 标签值
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// 参数模板配额
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TemplateLimit {
    /// 参数模板IP地址成员配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_member_limit: Option<u64>,
    /// 参数模板IP地址组成员配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub address_template_group_member_limit: Option<u64>,
    /// 参数模板I协议端口成员配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_member_limit: Option<u64>,
    /// 参数模板协议端口组成员配额。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_template_group_member_limit: Option<u64>,
}

/// 流量描述。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficFlow {
    /// 实际流量，单位为 字节
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub value: Option<u64>,
    /// 格式化后的流量，单位见参数 FormatUnit
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub format_value: Option<f64>,
    /// 格式化后流量的单位
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub format_unit: Option<String>,
}

/// 流量镜像实例
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficMirror {
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 流量镜像实例。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_id: Option<String>,
    /// 流量镜像名字。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_name: Option<String>,
    /// 流量镜像描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_describe: Option<String>,
    /// 流量镜像状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 流量镜像采集方向。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub direction: Option<String>,
    /// 流量镜像采集对象。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub collector_srcs: Option<Vec<String>>,
    /// 流量镜像过滤的nat网关实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub nat_id: Option<String>,
    /// 流量镜像过滤的五元组规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜接收目标。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_target: Option<TrafficMirrorTarget>,
    /// 流量镜像创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 流量镜像的类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
    /// 流量镜像所属的子网ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub subnet_id: Option<String>,
    /// 流量镜接收目标资源信息，当接收目标为ENI和CLB时返回。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_info: Option<Vec<TrafficMirrorTargetResourceInfo>>,
    /// 流量镜像入站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

/// 流量镜像五元组过滤规则对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficMirrorFilter {
    /// 过滤规则的源网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub src_net: Option<String>,
    /// 过滤规则的目的网段
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dst_net: Option<String>,
    /// 过滤规则的协议
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 过滤规则的源端口，默认值1-65535
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub src_port: Option<String>,
    /// 过滤规则的目的端口，默认值1-65535
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dst_port: Option<String>,
    /// 流量镜像过滤规则唯一ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_mirror_filter_rule_id: Option<String>,
    /// 流量镜像过滤规则优先级。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<u64>,
    /// 流量镜像过滤规则策略，支持类型："ACCEPT", "DROP"。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<String>,
    /// 流量镜像过滤规则描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// 流量镜像采集目标类型
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficMirrorTarget {
    /// 流量镜像的接收IP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_ips: Option<Vec<String>>,
    /// 流量镜像接收IP组，均衡规则，支持ENI/FIVE_TUPLE_FLOW（vpc），FIVE_TUPLE_FLOW（公网IP）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub alg_hash: Option<String>,
    /// 流量镜像的接收endpoint（公网IP）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_end_points: Option<Vec<String>>,
    /// 流量镜像的接收类型，分别为：IP/ENI/CLB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_type: Option<String>,
}

/// 流量镜像接收流量信息，当接收目标为ENI和CLB时返回
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficMirrorTargetResourceInfo {
    /// 接收目标的资源Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_id: Option<String>,
    /// 接收目标的资源名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub target_name: Option<String>,
}

/// 流量包信息描述类型
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficPackage {
    /// 流量包唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_package_id: Option<String>,
    /// 流量包名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_package_name: Option<String>,
    /// 流量包总量，单位GB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_amount: Option<f64>,
    /// 流量包剩余量，单位GB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remaining_amount: Option<f64>,
    /// 流量包状态，可能的值有: AVAILABLE-可用状态， EXPIRED-已过期， EXHAUSTED-已用完， REFUNDED-已退还， DELETED-已删除
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 流量包创建时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 流量包截止时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline: Option<String>,
    /// 已使用的流量，单位GB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub used_amount: Option<f64>,
    /// 流量包标签
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 区分闲时流量包与全时流量包
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deduct_type: Option<String>,
}

/// 流量调度规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TrafficQosPolicySet {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ccn_id: Option<String>,
    /// qos id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_id: Option<u64>,
    /// 描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_policy_description: Option<String>,
    /// 名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_policy_name: Option<String>,
    /// 带宽。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<u64>,
    /// 流量调度策略ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_policy_id: Option<String>,
    /// 服务等级信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub qos_level: Option<String>,
    /// 服务等级信息
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub service_level: Option<String>,
    /// 带宽ID
    ///
    /// 参数格式：fcr-xxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub region_flow_control_id: Option<String>,
    /// 源地域
    ///
    /// 参数格式：ap-xxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub local_region: Option<String>,
    /// 目的地域
    ///
    /// 参数格式：ap-xxx
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_region: Option<String>,
    /// 流量匹配策略ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_match_policy_id: Option<String>,
}

/// 私网网关转发规则匹配ACL
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TranslationAclRule {
    /// ACL协议类型，可选值:"ALL","TCP","UDP"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub protocol: Option<String>,
    /// 源端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_port: Option<String>,
    /// 目的端口。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_port: Option<String>,
    /// 目的地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr: Option<String>,
    /// 源地址。支持`ip`或`cidr`格式"xxx.xxx.xxx.000/xx"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub source_cidr: Option<String>,
    /// ACL规则`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub acl_rule_id: Option<u64>,
    /// 是否匹配。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub action: Option<u64>,
    /// ACL规则描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
}

/// 私网网关Snat转发规则
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TranslationNatRule {
    /// 转换规则目标，可选值"LOCAL","PEER"。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translation_direction: Option<String>,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。分别对应三层和四层。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translation_type: Option<String>,
    /// 映射后IP,当转换规则类型为四层时为`IP`池。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub translation_ip: Option<String>,
    /// 转换规则描述。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 映射前IP,当转换规则类型为三层时有效。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_ip: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
}

/// 私网网关Snat转发规则修改
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TranslationNatRuleDiff {
    /// 转发规则目标，可选值"LOCAL","PEER"。
    pub translation_direction: String,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。分别对应三层、四层。
    pub translation_type: String,
    /// 转发规则映射后`IP`,当转发规则类型为四层时为`IP`池
    pub translation_ip: String,
    /// 旧转发规则映射后`IP`,当转发规则类型为四层时为`IP`池
    pub old_translation_ip: String,
    /// 转发规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 新转发规则映射前`IP`,当转发规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
    /// 旧转发规则映射前`IP`,当转发规则类型为三层时有效
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_original_ip: Option<String>,
}

/// 私网网关Snat转发规则入参
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TranslationNatRuleInput {
    /// 转换规则目标，可选值"LOCAL","PEER"。
    pub translation_direction: String,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 转换规则描述。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_ip: Option<String>,
}

/// 共享流量包用量明细
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UsedDetail {
    /// 流量包唯一ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_package_id: Option<String>,
    /// 流量包名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub traffic_package_name: Option<String>,
    /// 流量包总量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<TrafficFlow>,
    /// 本次抵扣
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduction: Option<TrafficFlow>,
    /// 本次抵扣后剩余量
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_amount: Option<TrafficFlow>,
    /// 抵扣时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub time: Option<String>,
    /// 资源类型。可选值: EIP, BWP, LB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_type: Option<String>,
    /// 资源ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 资源名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_name: Option<String>,
    /// 流量包到期时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline: Option<String>,
}

/// 私有网络(VPC)对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Vpc {
    /// `VPC`名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_name: Option<String>,
    /// `VPC`实例`ID`，例如：vpc-azd4dt1c。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// `VPC`的`IPv4` `CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 是否默认`VPC`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_default: Option<bool>,
    /// 是否开启组播。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_multicast: Option<bool>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// `DNS`列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dns_server_set: Option<Vec<String>>,
    /// `DHCP`域名选项值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub domain_name: Option<String>,
    /// `DHCP`选项集`ID`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dhcp_options_id: Option<String>,
    /// 是否开启`DHCP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_dhcp: Option<bool>,
    /// `VPC`的`IPv6` `CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_cidr_block: Option<String>,
    /// 标签键值对
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 辅助CIDR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_route_vpc_publish: Option<bool>,
    /// 返回多运营商IPv6 Cidr Block
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6_cidr_block_set: Option<Vec<ISPIPv6CidrBlock>>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

/// 终端节点服务的服务白名单对象详情。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcEndPointServiceUser {
    /// AppId。可通过登录 腾讯云账号中心控制台 获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub owner: Option<u64>,
    /// 用户Uin。可通过登录 腾讯云账号中心控制台 获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub user_uin: Option<String>,
    /// 描述信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
    /// 创建时间。格式为字符串YYYY-MM-DD HH:MM:SS。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub end_point_service_id: Option<String>,
}

/// VPC内网IPv6对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcIpv6Address {
    /// `VPC`内`IPv6`地址。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_address: Option<String>,
    /// 所属子网 `IPv6` `CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// `IPv6`类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub ipv6_address_type: Option<String>,
    /// `IPv6`申请时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// 私有网络配额
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcLimit {
    /// 私有网络配额描述
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub limit_type: Option<String>,
    /// 私有网络配额值
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub limit_value: Option<u64>,
}

/// VPC内网IP对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcPrivateIpAddress {
    /// `VPC`内网`IP`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address: Option<String>,
    /// 所属子网`CIDR`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cidr_block: Option<String>,
    /// 内网`IP`类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub private_ip_address_type: Option<String>,
    /// `IP`申请时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
}

/// Vpc任务结果详细信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpcTaskResultDetailInfo {
    /// 资源ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub resource_id: Option<String>,
    /// 状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
}

/// VPN通道对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpnConnection {
    /// 通道实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_connection_id: Option<String>,
    /// 通道名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_connection_name: Option<String>,
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// VPN网关实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_gateway_id: Option<String>,
    /// 对端网关实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub customer_gateway_id: Option<String>,
    /// 预共享密钥。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub pre_share_key: Option<String>,
    /// 通道传输协议。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_proto: Option<String>,
    /// 通道加密协议。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt_proto: Option<String>,
    /// 路由类型。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_type: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 通道的生产状态，PENDING：生产中，AVAILABLE：运行中，DELETING：删除中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 通道连接状态，AVAILABLE：已连接。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub net_status: Option<String>,
    /// SPD。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_policy_database_set: Option<Vec<SecurityPolicyDatabase>>,
    /// IKE选项。
    #[serde(
        rename = "IKEOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSEC选择。
    #[serde(
        rename = "IPSECOptionsSpecification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// 是否支持健康状态探测
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub enable_health_check: Option<bool>,
    /// 本端探测ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_local_ip: Option<String>,
    /// 对端探测ip
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_remote_ip: Option<String>,
    /// 通道健康检查状态，AVAILABLE：正常，UNAVAILABLE：不正常。 未配置健康检查不返回该对象
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub health_check_status: Option<String>,
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dpd_enable: Option<i64>,
    /// DPD超时时间。即探测确认对端不存在需要的时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dpd_timeout: Option<String>,
    /// DPD超时后的动作。默认为clear。dpdEnable为1（开启）时有效。可取值为clear（断开）和restart（重试）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dpd_action: Option<String>,
    /// 标签键值对数组
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
    /// 协商类型
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub negotiation_type: Option<String>,
    /// Bgp配置信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgp_config: Option<BgpConfigAndAsn>,
    /// Nqa配置信息
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_config: Option<HealthCheckConfig>,
}

/// VPN网关对象。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpnGateway {
    /// 网关实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_gateway_id: Option<String>,
    /// VPC实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpc_id: Option<String>,
    /// 网关实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub vpn_gateway_name: Option<String>,
    /// 网关实例类型
    ///
    /// 枚举值：
    ///
    /// - IPSEC： IPSEC VPC类型VPN
    ///
    /// - SSL： SSL VPC类型VPN
    ///
    /// - CCN： IPSEC CCN类型VPN
    ///
    /// - SSL_CCN： SSL CCN类型VPN
    ///
    /// 默认值：IPSEC
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
    /// 网关实例状态。
    ///
    /// 枚举值：
    ///
    /// - PENDING： 生产中
    ///
    /// - PENDING_ERROR： 生产失败
    ///
    /// - DELETING： 删除中
    ///
    /// - DELETING_ERROR： 生产失败
    ///
    /// - AVAILABLE： 运行中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub state: Option<String>,
    /// 网关公网IP。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub public_ip_address: Option<String>,
    /// 网关续费类型：'NOTIFY_AND_MANUAL_RENEW'：手动续费，'NOTIFY_AND_AUTO_RENEW'：自动续费，'NOT_NOTIFY_AND_NOT_RENEW'：到期不续费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
    /// 网关付费类型：POSTPAID_BY_HOUR：按量计费，PREPAID：包年包月预付费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_charge_type: Option<String>,
    /// 网关出带宽
    ///
    /// 单位：Mbps
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub internet_max_bandwidth_out: Option<u64>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 预付费网关过期时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<String>,
    /// 公网IP是否被封堵。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_address_blocked: Option<bool>,
    /// 计费模式变更，PREPAID_TO_POSTPAID：包年包月预付费到期转按小时后付费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub new_purchase_plan: Option<String>,
    /// 网关计费状态，PROTECTIVELY_ISOLATED：被安全隔离的实例，NORMAL：正常。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub restrict_state: Option<String>,
    /// 可用区，如：ap-guangzhou-2。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 网关带宽配额信息。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_gateway_quota_set: Option<Vec<VpnGatewayQuota>>,
    /// 网关实例版本信息。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub version: Option<String>,
    /// Type值为CCN/SSL_CCN时，该值表示云联网实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub network_instance_id: Option<String>,
    /// CDC 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// SSL-VPN 客户端连接数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub max_connection: Option<u64>,
    /// Bgp ASN
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bgp_asn: Option<u64>,
    /// 标签列表
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_set: Option<Vec<Tag>>,
}

/// VPN网关配额对象
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpnGatewayQuota {
    /// 带宽配额，单位：Mbps。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub bandwidth: Option<u64>,
    /// 配额中文名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cname: Option<String>,
    /// 配额英文名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub name: Option<String>,
}

/// VPN网关目的路由
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpnGatewayRoute {
    /// 目的端IDC网段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
    /// 下一跳类型（关联实例类型）可选值："VPNCONN"（VPN通道）， "CCN"（CCN实例）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 下一跳实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 优先级，可选值：0，100。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub priority: Option<i64>,
    /// 启用状态，可选值："ENABLE"（启用），"DISABLE"  (禁用)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 路由条目ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_id: Option<String>,
    /// 路由类型，可选值："VPC"（VPC路由），"CCN"（云联网传播路由），"Static"（静态路由），"BGP"（BGP路由）。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub r#type: Option<String>,
    /// 创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 更新时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub update_time: Option<String>,
    /// 路由备注
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub description: Option<String>,
}

/// 修改VPN状态参数
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpnGatewayRouteModify {
    /// VPN网关路由ID。
    pub route_id: String,
    /// VPN网关状态, ENABLE 启用, DISABLE禁用。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// VPN路由备注
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// VPN网关云联网路由信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VpngwCcnRoutes {
    /// 路由信息ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub route_id: Option<String>,
    /// 路由信息是否启用。
    ///
    /// ENABLE：启用该路由
    ///
    /// DISABLE：不启用该路由
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub status: Option<String>,
    /// 路由CIDR。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_cidr_block: Option<String>,
}
