//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// 策略信息
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPolicy {
    /// 目的CIDR
    pub target_cidr: Option<String>,
    /// 策略ID
    pub vpn_gateway_id_ssl_access_policy_id: Option<String>,
    /// 是否对所有用户都生效。1 生效 0不生效
    pub for_all_client: Option<u64>,
    /// 用户组ID
    pub user_group_ids: Option<Vec<String>>,
    /// 更新时间
    pub update_time: Option<String>,
    /// Remark
    pub remark: Option<String>,
}

impl serde::Serialize for AccessPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AccessPolicy",
            usize::from(self.target_cidr.is_some())
                + usize::from(self.vpn_gateway_id_ssl_access_policy_id.is_some())
                + usize::from(self.for_all_client.is_some())
                + usize::from(self.user_group_ids.is_some())
                + usize::from(self.update_time.is_some())
                + usize::from(self.remark.is_some()),
        )?;
        s.optional("TargetCidr", &self.target_cidr)?;
        s.optional(
            "VpnGatewayIdSslAccessPolicyId",
            &self.vpn_gateway_id_ssl_access_policy_id,
        )?;
        s.optional("ForAllClient", &self.for_all_client)?;
        s.optional("UserGroupIds", &self.user_group_ids)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.optional("Remark", &self.remark)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccessPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AccessPolicy {
    const NAME: &'static str = "AccessPolicy";
    const FIELDS: &'static [&'static str] = &[
        "TargetCidr",
        "VpnGatewayIdSslAccessPolicyId",
        "ForAllClient",
        "UserGroupIds",
        "UpdateTime",
        "Remark",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            target_cidr: r.or_default(f0),
            vpn_gateway_id_ssl_access_policy_id: r.or_default(f1),
            for_all_client: r.or_default(f2),
            user_group_ids: r.or_default(f3),
            update_time: r.or_default(f4),
            remark: r.or_default(f5),
        })
    }
}

/// Account attribute object
///
/// 账户属性对象
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAttribute {
    /// Attribute name
    ///
    /// 属性名
    pub attribute_name: Option<String>,
    /// Attribute values
    ///
    /// 属性值
    pub attribute_values: Option<Vec<String>>,
}

impl serde::Serialize for AccountAttribute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AccountAttribute",
            usize::from(self.attribute_name.is_some())
                + usize::from(self.attribute_values.is_some()),
        )?;
        s.optional("AttributeName", &self.attribute_name)?;
        s.optional("AttributeValues", &self.attribute_values)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountAttribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AccountAttribute {
    const NAME: &'static str = "AccountAttribute";
    const FIELDS: &'static [&'static str] = &["AttributeName", "AttributeValues"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            attribute_name: r.or_default(f0),
            attribute_values: r.or_default(f1),
        })
    }
}

/// Detailed EIP information
///
/// 描述 EIP 信息
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    /// `EIP` `ID`, the unique ID of the `EIP`.
    ///
    /// `EIP`的`ID`，是`EIP`的唯一标识。
    pub address_id: Option<String>,
    /// The `EIP` name.
    ///
    /// `EIP`名称。
    pub address_name: Option<String>,
    /// Possible `EIP` states are 'CREATING', 'BINDING', 'BIND', 'UNBINDING', 'UNBIND', 'OFFLINING', and 'BIND_ENI'.
    ///
    /// `EIP`状态，包含'CREATING'(创建中),'BINDING'(绑定中),'BIND'(已绑定),'UNBINDING'(解绑中),'UNBIND'(已解绑),'OFFLINING'(释放中),'BIND_ENI'(绑定悬空弹性网卡)
    pub address_status: Option<String>,
    /// The public IP address
    ///
    /// 外网IP地址
    pub address_ip: Option<String>,
    /// The ID of the bound resource instance. This can be a `CVM` or `NAT`.
    ///
    /// 绑定的资源实例`ID`。可能是一个`CVM`，`NAT`。
    pub instance_id: Option<String>,
    /// The creation time, which follows the `ISO8601` standard and uses `UTC` time in the format of `YYYY-MM-DDThh:mm:ssZ`.
    ///
    /// 创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub created_time: Option<String>,
    /// Specifies the bound elastic network interface ID. null means no elastic network interface is bound.
    ///
    /// 绑定的弹性网卡ID，null表示没有绑定弹性网卡。
    pub network_interface_id: Option<String>,
    /// Bound resource internal ip. null means no bound resource internal ip.
    ///
    /// 绑定的资源内网ip，null表示没有绑定资源内网ip。
    pub private_address_ip: Option<String>,
    /// The isolation status of the resource. `True` indicates the EIP is isolated. `False` indicates that the resource is not isolated.
    ///
    /// 资源隔离状态。true表示eip处于隔离状态，false表示资源处于未隔离状态
    pub is_arrears: Option<bool>,
    /// The block status of the resource. `True` indicates the EIP is blocked. `False` indicates that the EIP is not blocked.
    ///
    /// 资源封堵状态。true表示eip处于封堵状态，false表示eip处于未封堵状态
    pub is_blocked: Option<bool>,
    /// Whether the EIP supports direct connection mode. `True` indicates the EIP supports direct connection. `False` indicates that the resource does not support direct connection.
    ///
    /// eip是否支持直通模式。true表示eip支持直通模式，false表示资源不支持直通模式
    pub is_eip_direct_connection: Option<bool>,
    /// EIP resource type. Valid values: `CalcIP` (device IP), `WanIP` (public IP), `EIP` (elastic IP), `AnycastEIP` (accelerated EIP), and `AntiDDoSEIP` (anti-DDoS EIP).
    ///
    /// EIP 资源类型，包括CalcIP、WanIP、EIP和AnycastEIP、高防EIP。其中：`CalcIP` 表示设备 IP，`WanIP` 表示普通公网 IP，`EIP` 表示弹性公网 IP，`AnycastEIP` 表示加速 EIP，`AntiDDoSEIP`表示高防EIP。
    pub address_type: Option<String>,
    /// Whether the EIP is automatically released after being unbound. `True` indicates the EIP will be automatically released after being unbound. `False` indicates the EIP will not be automatically released after being unbound.
    ///
    /// eip是否在解绑后自动释放。true表示eip将会在解绑后自动释放，false表示eip在解绑后不会自动释放
    pub cascade_release: Option<bool>,
    /// Type of the protocol used in EIP ALG
    ///
    /// EIP ALG开启的协议类型。
    pub eip_alg_type: Option<AlgType>,
    /// EIP ISP information. currently may return values including "CMCC" (mobile), "CTCC" (telecom), "CUCC" (china unicom), "BGP" (standard BGP).
    ///
    /// 弹性公网IP的运营商信息，当前可能返回值包括"CMCC"(移动),"CTCC"(电信),"CUCC"(联通),"BGP"(常规BGP)。
    pub internet_service_provider: Option<String>,
    /// Specifies whether the EIP is a local bandwidth EIP. valid values:.
    ///
    /// - true: EIP with local bandwidth.
    ///
    /// .
    ///
    /// - false: not a local bandwidth EIP.
    ///
    /// .
    ///
    /// 是否本地带宽EIP，可选值：
    ///
    /// - true：本地带宽EIP
    ///
    /// - false：非本地带宽EIP
    pub local_bgp: Option<bool>,
    /// Bandwidth value of EIP. The EIP for the bill-by-CVM account will return `null`.
    ///
    /// Note: this field may return `null`, indicating that no valid value was found.
    ///
    /// 弹性公网IP的带宽值。注意，传统账户类型账户的弹性公网IP没有带宽属性，值为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub bandwidth: Option<u64>,
    /// Network billing mode of EIP. The EIP for the bill-by-CVM account will return `null`.
    ///
    /// Note: this field may return `null`, indicating that no valid value was found.
    ///
    /// Including:
    ///
    /// - BANDWIDTH_PREPAID_BY_MONTH
    ///
    /// Prepaid by monthly-subscribed bandwidth.
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR
    ///
    /// Pay-as-you-go billing by hourly traffic.
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR
    ///
    /// Pay-as-you-go billing by hourly bandwidth.
    ///
    /// - BANDWIDTH_PACKAGE
    ///
    /// Bandwidth package.
    ///
    /// Note: this field may return `null`, indicating that no valid value was found.
    ///
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
    pub internet_charge_type: Option<String>,
    /// Specifies the Tag list associated with the elastic IP.
    ///
    /// 弹性公网IP关联的标签列表。
    pub tag_set: Option<Vec<Tag>>,
    /// Prepaid monthly subscription bandwidth IP expiration time.
    ///
    /// Specifies the time format in YYYY-MM-DDThh:MM:ssZ.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 预付费包月带宽IP到期时间。
    ///
    /// 时间格式：YYYY-MM-DDThh:mm:ssZ
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub deadline_date: Option<String>,
    /// Instance type to which the EIP is bound. valid values:.
    ///
    /// - CVM: indicates cloud virtual machine.
    ///
    /// .
    ///
    /// - Specifies the NAT gateway.
    ///
    /// .
    ///
    /// - HAVIP: high availability virtual ip.
    ///
    /// .
    ///
    /// - ENI: specifies the elastic network interface.
    ///
    /// .
    ///
    /// - CLB: specifies a private network clb.
    ///
    /// .
    ///
    /// - DHCPIP: elastic private ip address
    ///
    /// .
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
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
    pub instance_type: Option<String>,
    /// Static single-line IP network egress
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 静态单线IP网络出口
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub egress: Option<String>,
    /// ID of the Anti-DDoS service package. It is returned if the EIP is an Anti-DDoS EIP.
    ///
    /// 高防包ID,当EIP类型为高防EIP时，返回EIP绑定的高防包ID.
    pub anti_ddo_s_package_id: Option<String>,
    /// Indicates whether the current EIP is auto-renewed. This field is displayed only for EIPs with monthly prepaid bandwidth. Valid values are as follows:
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: Normal renewal
    ///
    /// - NOTIFY_AND_AUTO_RENEW: Automatic renewal
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: No renewal upon expiration
    ///
    /// 当前EIP是否自动续费，只有按月带宽预付费的EIP才会显示该字段，具体值示例如下:
    ///
    /// - NOTIFY_AND_MANUAL_RENEW:正常续费
    ///
    /// - NOTIFY_AND_AUTO_RENEW:自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW:到期不续费
    pub renew_flag: Option<String>,
    /// Indicates the ID of the Bandwidth Package associated with the current public IP. If the public IP is not billed by Bandwidth Package, this field is empty.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 当前公网IP所关联的带宽包ID，如果该公网IP未使用带宽包计费，则返回为空
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub bandwidth_package_id: Option<String>,
    /// Specifies the unique ID of the vpc to which the traditional elastic IPv6 belongs.
    ///
    /// 传统弹性公网IPv6所属vpc唯一ID
    pub un_vpc_id: Option<String>,
    /// Specifies the unique ID of the CDC.
    ///
    /// CDC唯一ID
    pub dedicated_cluster_id: Option<String>,
}

impl serde::Serialize for Address {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Address",
            usize::from(self.address_id.is_some())
                + usize::from(self.address_name.is_some())
                + usize::from(self.address_status.is_some())
                + usize::from(self.address_ip.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.network_interface_id.is_some())
                + usize::from(self.private_address_ip.is_some())
                + usize::from(self.is_arrears.is_some())
                + usize::from(self.is_blocked.is_some())
                + usize::from(self.is_eip_direct_connection.is_some())
                + usize::from(self.address_type.is_some())
                + usize::from(self.cascade_release.is_some())
                + usize::from(self.eip_alg_type.is_some())
                + usize::from(self.internet_service_provider.is_some())
                + usize::from(self.local_bgp.is_some())
                + usize::from(self.bandwidth.is_some())
                + usize::from(self.internet_charge_type.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.deadline_date.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.egress.is_some())
                + usize::from(self.anti_ddo_s_package_id.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.bandwidth_package_id.is_some())
                + usize::from(self.un_vpc_id.is_some())
                + usize::from(self.dedicated_cluster_id.is_some()),
        )?;
        s.optional("AddressId", &self.address_id)?;
        s.optional("AddressName", &self.address_name)?;
        s.optional("AddressStatus", &self.address_status)?;
        s.optional("AddressIp", &self.address_ip)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("NetworkInterfaceId", &self.network_interface_id)?;
        s.optional("PrivateAddressIp", &self.private_address_ip)?;
        s.optional("IsArrears", &self.is_arrears)?;
        s.optional("IsBlocked", &self.is_blocked)?;
        s.optional("IsEipDirectConnection", &self.is_eip_direct_connection)?;
        s.optional("AddressType", &self.address_type)?;
        s.optional("CascadeRelease", &self.cascade_release)?;
        s.optional("EipAlgType", &self.eip_alg_type)?;
        s.optional("InternetServiceProvider", &self.internet_service_provider)?;
        s.optional("LocalBgp", &self.local_bgp)?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("InternetChargeType", &self.internet_charge_type)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("DeadlineDate", &self.deadline_date)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("Egress", &self.egress)?;
        s.optional("AntiDDoSPackageId", &self.anti_ddo_s_package_id)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("BandwidthPackageId", &self.bandwidth_package_id)?;
        s.optional("UnVpcId", &self.un_vpc_id)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Address {
    const NAME: &'static str = "Address";
    const FIELDS: &'static [&'static str] = &[
        "AddressId",
        "AddressName",
        "AddressStatus",
        "AddressIp",
        "InstanceId",
        "CreatedTime",
        "NetworkInterfaceId",
        "PrivateAddressIp",
        "IsArrears",
        "IsBlocked",
        "IsEipDirectConnection",
        "AddressType",
        "CascadeRelease",
        "EipAlgType",
        "InternetServiceProvider",
        "LocalBgp",
        "Bandwidth",
        "InternetChargeType",
        "TagSet",
        "DeadlineDate",
        "InstanceType",
        "Egress",
        "AntiDDoSPackageId",
        "RenewFlag",
        "BandwidthPackageId",
        "UnVpcId",
        "DedicatedClusterId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.tolerant(&mut f24),
                25 => r.tolerant(&mut f25),
                26 => r.tolerant(&mut f26),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_id: r.or_default(f0),
            address_name: r.or_default(f1),
            address_status: r.or_default(f2),
            address_ip: r.or_default(f3),
            instance_id: r.or_default(f4),
            created_time: r.or_default(f5),
            network_interface_id: r.or_default(f6),
            private_address_ip: r.or_default(f7),
            is_arrears: r.or_default(f8),
            is_blocked: r.or_default(f9),
            is_eip_direct_connection: r.or_default(f10),
            address_type: r.or_default(f11),
            cascade_release: r.or_default(f12),
            eip_alg_type: r.or_default(f13),
            internet_service_provider: r.or_default(f14),
            local_bgp: r.or_default(f15),
            bandwidth: r.or_default(f16),
            internet_charge_type: r.or_default(f17),
            tag_set: r.or_default(f18),
            deadline_date: r.or_default(f19),
            instance_type: r.or_default(f20),
            egress: r.or_default(f21),
            anti_ddo_s_package_id: r.or_default(f22),
            renew_flag: r.or_default(f23),
            bandwidth_package_id: r.or_default(f24),
            un_vpc_id: r.or_default(f25),
            dedicated_cluster_id: r.or_default(f26),
        })
    }
}

/// EIP cost object
///
/// 用于描述弹性公网IP的费用对象
#[derive(Debug, Clone, PartialEq)]
pub struct AddressChargePrepaid {
    /// Purchased usage period, in month. Valid values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36
    ///
    /// 购买实例的时长，单位是月。可支持时长：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36
    pub period: i64,
    /// Setting of renewal. Valid values: 0: manual renewal; 1: auto-renewal; 2: no renewal after expiration. Default value: 0
    ///
    /// 自动续费标志。0表示手动续费，1表示自动续费，2表示到期不续费。默认缺省为1即自动续费。
    pub auto_renew_flag: Option<i64>,
}

impl serde::Serialize for AddressChargePrepaid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressChargePrepaid",
            1 + usize::from(self.auto_renew_flag.is_some()),
        )?;
        s.field("Period", &self.period)?;
        s.optional("AutoRenewFlag", &self.auto_renew_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressChargePrepaid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressChargePrepaid {
    const NAME: &'static str = "AddressChargePrepaid";
    const FIELDS: &'static [&'static str] = &["Period", "AutoRenewFlag"];
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
                    period: f0,
                    auto_renew_flag: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// IP address template information
///
/// IP地址模板信息
#[derive(Debug, Clone, PartialEq)]
pub struct AddressInfo {
    /// IP address
    ///
    /// ip地址。
    pub address: Option<String>,
    /// Remarks
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 备注。
    pub description: Option<String>,
    /// 更新时间。
    pub updated_time: Option<String>,
}

impl serde::Serialize for AddressInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressInfo",
            usize::from(self.address.is_some()) + usize::from(self.description.is_some())
                + usize::from(self.updated_time.is_some()),
        )?;
        s.optional("Address", &self.address)?;
        s.optional("Description", &self.description)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressInfo {
    const NAME: &'static str = "AddressInfo";
    const FIELDS: &'static [&'static str] = &["Address", "Description", "UpdatedTime"];
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
            address: r.or_default(f0),
            description: r.or_default(f1),
            updated_time: r.or_default(f2),
        })
    }
}

/// IP address template
///
/// IP地址模板
#[derive(Debug, Clone, PartialEq)]
pub struct AddressTemplate {
    /// IP address template name.
    ///
    /// IP地址模板名称。
    pub address_template_name: Option<String>,
    /// The unique ID of the IP address template instance.
    ///
    /// IP地址模板实例唯一ID。
    pub address_template_id: Option<String>,
    /// IP address information.
    ///
    /// IP地址信息。
    pub address_set: Option<Vec<String>>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// 最后更新时间。
    pub updated_time: Option<String>,
    /// IP address information with remarks
    ///
    /// 带备注的IP地址信息。
    pub address_extra_set: Option<Vec<AddressInfo>>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for AddressTemplate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressTemplate",
            usize::from(self.address_template_name.is_some())
                + usize::from(self.address_template_id.is_some())
                + usize::from(self.address_set.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.updated_time.is_some())
                + usize::from(self.address_extra_set.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("AddressTemplateName", &self.address_template_name)?;
        s.optional("AddressTemplateId", &self.address_template_id)?;
        s.optional("AddressSet", &self.address_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.optional("AddressExtraSet", &self.address_extra_set)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressTemplate {
    const NAME: &'static str = "AddressTemplate";
    const FIELDS: &'static [&'static str] = &[
        "AddressTemplateName",
        "AddressTemplateId",
        "AddressSet",
        "CreatedTime",
        "UpdatedTime",
        "AddressExtraSet",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_template_name: r.or_default(f0),
            address_template_id: r.or_default(f1),
            address_set: r.or_default(f2),
            created_time: r.or_default(f3),
            updated_time: r.or_default(f4),
            address_extra_set: r.or_default(f5),
            tag_set: r.or_default(f6),
        })
    }
}

/// IP address template group
///
/// IP地址模板集合
#[derive(Debug, Clone, PartialEq)]
pub struct AddressTemplateGroup {
    /// IP address template group name.
    ///
    /// IP地址模板集合名称。
    pub address_template_group_name: Option<String>,
    /// IP address template group instance ID, such as `ipmg-dih8xdbq`.
    ///
    /// IP地址模板集合实例ID，例如：ipmg-dih8xdbq。
    pub address_template_group_id: Option<String>,
    /// IP address template ID.
    ///
    /// IP地址模板ID。
    pub address_template_id_set: Option<Vec<String>>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// 最后更新时间。
    pub updated_time: Option<String>,
    /// IP address template instance
    ///
    /// IP地址模板实例。
    pub address_template_set: Option<Vec<AddressTemplateItem>>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for AddressTemplateGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressTemplateGroup",
            usize::from(self.address_template_group_name.is_some())
                + usize::from(self.address_template_group_id.is_some())
                + usize::from(self.address_template_id_set.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.updated_time.is_some())
                + usize::from(self.address_template_set.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("AddressTemplateGroupName", &self.address_template_group_name)?;
        s.optional("AddressTemplateGroupId", &self.address_template_group_id)?;
        s.optional("AddressTemplateIdSet", &self.address_template_id_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.optional("AddressTemplateSet", &self.address_template_set)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressTemplateGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressTemplateGroup {
    const NAME: &'static str = "AddressTemplateGroup";
    const FIELDS: &'static [&'static str] = &[
        "AddressTemplateGroupName",
        "AddressTemplateGroupId",
        "AddressTemplateIdSet",
        "CreatedTime",
        "UpdatedTime",
        "AddressTemplateSet",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_template_group_name: r.or_default(f0),
            address_template_group_id: r.or_default(f1),
            address_template_id_set: r.or_default(f2),
            created_time: r.or_default(f3),
            updated_time: r.or_default(f4),
            address_template_set: r.or_default(f5),
            tag_set: r.or_default(f6),
        })
    }
}

/// Address information
///
/// 地址信息
#[derive(Debug, Clone, PartialEq)]
pub struct AddressTemplateItem {
    /// ipm-xxxxxxxx
    ///
    /// IP地址模板ID
    pub address_template_id: Option<String>,
    /// IP template name
    ///
    /// IP模板名称，废弃字段。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub address_template_name: Option<String>,
    /// Disused
    ///
    /// 废弃字段。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub from: Option<String>,
    /// Disused
    ///
    /// 废弃字段
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub to: Option<String>,
    /// 备注。
    pub description: Option<String>,
    /// 最后更新时间。
    pub updated_time: Option<String>,
}

impl serde::Serialize for AddressTemplateItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressTemplateItem",
            usize::from(self.address_template_id.is_some())
                + usize::from(self.address_template_name.is_some())
                + usize::from(self.from.is_some()) + usize::from(self.to.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.updated_time.is_some()),
        )?;
        s.optional("AddressTemplateId", &self.address_template_id)?;
        s.optional("AddressTemplateName", &self.address_template_name)?;
        s.optional("From", &self.from)?;
        s.optional("To", &self.to)?;
        s.optional("Description", &self.description)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressTemplateItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressTemplateItem {
    const NAME: &'static str = "AddressTemplateItem";
    const FIELDS: &'static [&'static str] = &[
        "AddressTemplateId",
        "AddressTemplateName",
        "From",
        "To",
        "Description",
        "UpdatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_template_id: r.or_default(f0),
            address_template_name: r.or_default(f1),
            from: r.or_default(f2),
            to: r.or_default(f3),
            description: r.or_default(f4),
            updated_time: r.or_default(f5),
        })
    }
}

/// IP address template
///
/// IP地址模板
#[derive(Debug, Clone, PartialEq)]
pub struct AddressTemplateSpecification {
    /// The ID of the IP address, such as `ipm-2uw6ujo6`.
    ///
    /// IP地址ID，例如：ipm-2uw6ujo6。
    pub address_id: Option<String>,
    /// The ID of the IP address group, such as `ipmg-2uw6ujo6`.
    ///
    /// IP地址组ID，例如：ipmg-2uw6ujo6。
    pub address_group_id: Option<String>,
}

impl serde::Serialize for AddressTemplateSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AddressTemplateSpecification",
            usize::from(self.address_id.is_some())
                + usize::from(self.address_group_id.is_some()),
        )?;
        s.optional("AddressId", &self.address_id)?;
        s.optional("AddressGroupId", &self.address_group_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddressTemplateSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AddressTemplateSpecification {
    const NAME: &'static str = "AddressTemplateSpecification";
    const FIELDS: &'static [&'static str] = &["AddressId", "AddressGroupId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_id: r.or_default(f0),
            address_group_id: r.or_default(f1),
        })
    }
}

/// ALG protocol type
///
/// ALG协议类型
#[derive(Debug, Clone, PartialEq)]
pub struct AlgType {
    /// Ftp protocol Alg functionality whether enabled, available values:.
    ///
    /// - true: enable Ftp protocol Alg functionality.
    ///
    /// .
    ///
    /// - false: disable Ftp protocol Alg functionality.
    ///
    /// .
    ///
    /// Ftp协议Alg功能是否开启，可选值：
    ///
    /// - true：开启Ftp协议Alg功能
    ///
    /// - false：不开启Ftp协议Alg功能
    pub ftp: Option<bool>,
    /// Whether the Sip protocol Alg function is enabled. available values:.
    ///
    /// - true: enable Sip protocol Alg function.
    ///
    /// .
    ///
    /// - false: disable Sip protocol Alg function.
    ///
    /// .
    ///
    /// Sip协议Alg功能是否开启，可选值：
    ///
    /// - true：开启Sip协议Alg功能
    ///
    /// - false：不开启Sip协议Alg功能
    pub sip: Option<bool>,
}

impl serde::Serialize for AlgType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AlgType",
            usize::from(self.ftp.is_some()) + usize::from(self.sip.is_some()),
        )?;
        s.optional("Ftp", &self.ftp)?;
        s.optional("Sip", &self.sip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AlgType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AlgType {
    const NAME: &'static str = "AlgType";
    const FIELDS: &'static [&'static str] = &["Ftp", "Sip"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ftp: r.or_default(f0),
            sip: r.or_default(f1),
        })
    }
}

/// Information about the secondary CIDR of the VPC.
///
/// VPC辅助CIDR信息。
#[derive(Debug, Clone, PartialEq)]
pub struct AssistantCidr {
    /// The `ID` of a `VPC` instance, such as `vpc-6v2ht8q5`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-6v2ht8q5`
    pub vpc_id: Option<String>,
    /// The secondary CIDR, such as `172.16.0.0/16`.
    ///
    /// 辅助CIDR。形如：`172.16.0.0/16`
    pub cidr_block: Option<String>,
    /// The secondary CIDR block type. 0: common secondary CIDR block. 1: container secondary CIDR block. Default: 0.
    ///
    /// 辅助CIDR类型（0：普通辅助CIDR，1：容器辅助CIDR），默认都是0。
    pub assistant_type: Option<i64>,
    /// Subnet Split by Auxiliary CIDR
    ///
    /// 辅助CIDR拆分的子网。
    pub subnet_set: Option<Vec<Subnet>>,
}

impl serde::Serialize for AssistantCidr {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AssistantCidr",
            usize::from(self.vpc_id.is_some()) + usize::from(self.cidr_block.is_some())
                + usize::from(self.assistant_type.is_some())
                + usize::from(self.subnet_set.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("AssistantType", &self.assistant_type)?;
        s.optional("SubnetSet", &self.subnet_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AssistantCidr {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AssistantCidr {
    const NAME: &'static str = "AssistantCidr";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "CidrBlock",
        "AssistantType",
        "SubnetSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            cidr_block: r.or_default(f1),
            assistant_type: r.or_default(f2),
            subnet_set: r.or_default(f3),
        })
    }
}

/// Details of scheduled snapshot policy
///
/// 时间备份策略详情
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPolicy {
    /// Scheduled backup day. Values: `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`, `sunday`.
    ///
    /// 备份周期时间，取值为monday, tuesday, wednesday, thursday, friday, saturday, sunday。
    pub backup_day: Option<String>,
    /// Backup point in time. Format: HH:mm:ss.
    ///
    /// 备份时间点，格式：HH:mm:ss。
    pub backup_time: Option<String>,
}

impl serde::Serialize for BackupPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BackupPolicy",
            usize::from(self.backup_day.is_some())
                + usize::from(self.backup_time.is_some()),
        )?;
        s.optional("BackupDay", &self.backup_day)?;
        s.optional("BackupTime", &self.backup_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BackupPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BackupPolicy {
    const NAME: &'static str = "BackupPolicy";
    const FIELDS: &'static [&'static str] = &["BackupDay", "BackupTime"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            backup_day: r.or_default(f0),
            backup_time: r.or_default(f1),
        })
    }
}

/// The structure of information of the bandwidth package.
///
/// 描述带宽包信息的结构
#[derive(Debug, Clone, PartialEq)]
pub struct BandwidthPackage {
    /// The unique ID of the bandwidth package.
    ///
    /// 带宽包唯一标识Id
    pub bandwidth_package_id: Option<String>,
    /// Bandwidth package type, includes:
    ///
    /// - BGP: General BGP bandwidth package
    ///
    /// - HIGH_QUALITY_BGP: Dedicated BGP bandwidth package
    ///
    /// - ANYCAST: AIA BGP bandwidth package
    ///
    /// - SINGLEISP_CMCC: CMCC bandwidth package
    ///
    /// - SINGLEISP_CTCC: CTCC bandwidth package
    ///
    /// - SINGLEISP_CUCC: CUCC bandwidth package
    ///
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
    pub network_type: Option<String>,
    /// Bandwidth package billing type, includes:
    ///
    /// - ENHANCED95_POSTPAID_BY_MONTH: Pay-as-you-go - Enhanced 95th percentile
    ///
    /// - PRIMARY_TRAFFIC_POSTPAID_BY_HOUR: Postpaid - Main Traffic Billing
    ///
    /// - BANDWIDTH_POSTPAID_BY_DAY: General BGP, Pay-as-you-go - Bandwidth-based
    ///
    /// - PEAK_BANDWIDTH_POSTPAID_BY_DAY: Static single-line, Pay-as-you-go - Daily billed
    ///
    /// - TOP5_POSTPAID_BY_MONTH: Pay-as-you-go - Monthly top 5th, If you need to use this Bglling mode, please submit a ticket
    ///
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
    pub charge_type: Option<String>,
    /// The name of the bandwidth package.
    ///
    /// 带宽包名称
    pub bandwidth_package_name: Option<String>,
    /// The creation time of the bandwidth package, which follows the `ISO8601` standard and uses `UTC` time in the format of `YYYY-MM-DDThh:mm:ssZ`.
    ///
    /// 带宽包创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub created_time: Option<String>,
    /// The status of the bandwidth package. Valid values: 'CREATING', 'CREATED', 'DELETING', and 'DELETED'.
    ///
    /// 带宽包状态，包括'CREATING','CREATED','DELETING','DELETED'
    pub status: Option<String>,
    /// The resource information of the bandwidth package.
    ///
    /// 带宽包资源信息
    pub resource_set: Option<Vec<Resource>>,
    /// The limit of the bandwidth package in Mbps. The value '-1' indicates there is no limit.
    ///
    /// 带宽包限速大小。单位：Mbps，-1表示不限速。
    pub bandwidth: Option<i64>,
    /// Network egress. It defaults to `center_egress1`. Valid values:
    ///
    /// center_egress1,center_egress2,center_egress3
    ///
    /// 网络出口
    pub egress: Option<String>,
    /// 带宽包到期时间，只有预付费会返回，按量计费返回为null
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub deadline: Option<String>,
}

impl serde::Serialize for BandwidthPackage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BandwidthPackage",
            usize::from(self.bandwidth_package_id.is_some())
                + usize::from(self.network_type.is_some())
                + usize::from(self.charge_type.is_some())
                + usize::from(self.bandwidth_package_name.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.status.is_some())
                + usize::from(self.resource_set.is_some())
                + usize::from(self.bandwidth.is_some())
                + usize::from(self.egress.is_some())
                + usize::from(self.deadline.is_some()),
        )?;
        s.optional("BandwidthPackageId", &self.bandwidth_package_id)?;
        s.optional("NetworkType", &self.network_type)?;
        s.optional("ChargeType", &self.charge_type)?;
        s.optional("BandwidthPackageName", &self.bandwidth_package_name)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Status", &self.status)?;
        s.optional("ResourceSet", &self.resource_set)?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("Egress", &self.egress)?;
        s.optional("Deadline", &self.deadline)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BandwidthPackage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BandwidthPackage {
    const NAME: &'static str = "BandwidthPackage";
    const FIELDS: &'static [&'static str] = &[
        "BandwidthPackageId",
        "NetworkType",
        "ChargeType",
        "BandwidthPackageName",
        "CreatedTime",
        "Status",
        "ResourceSet",
        "Bandwidth",
        "Egress",
        "Deadline",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            bandwidth_package_id: r.or_default(f0),
            network_type: r.or_default(f1),
            charge_type: r.or_default(f2),
            bandwidth_package_name: r.or_default(f3),
            created_time: r.or_default(f4),
            status: r.or_default(f5),
            resource_set: r.or_default(f6),
            bandwidth: r.or_default(f7),
            egress: r.or_default(f8),
            deadline: r.or_default(f9),
        })
    }
}

/// Current billable usage of a pay-as-you-go bandwidth package
///
/// 后付费共享带宽包的当前计费用量
#[derive(Debug, Clone, PartialEq)]
pub struct BandwidthPackageBillBandwidth {
    /// Current billable usage, in Mbps
    ///
    /// 当前计费用量，单位为 Mbps
    pub bandwidth_usage: Option<f64>,
}

impl serde::Serialize for BandwidthPackageBillBandwidth {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BandwidthPackageBillBandwidth",
            usize::from(self.bandwidth_usage.is_some()),
        )?;
        s.optional("BandwidthUsage", &self.bandwidth_usage)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BandwidthPackageBillBandwidth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BandwidthPackageBillBandwidth {
    const NAME: &'static str = "BandwidthPackageBillBandwidth";
    const FIELDS: &'static [&'static str] = &["BandwidthUsage"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            bandwidth_usage: r.or_default(f0),
        })
    }
}

/// 带宽上下限。
#[derive(Debug, Clone, PartialEq)]
pub struct BandwidthRange {
    /// 资源ID。
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
    pub bandwidth_upper_limit: Option<u64>,
}

impl serde::Serialize for BandwidthRange {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BandwidthRange",
            usize::from(self.resource_id.is_some())
                + usize::from(self.bandwidth_lower_limit.is_some())
                + usize::from(self.bandwidth_upper_limit.is_some()),
        )?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("BandwidthLowerLimit", &self.bandwidth_lower_limit)?;
        s.optional("BandwidthUpperLimit", &self.bandwidth_upper_limit)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BandwidthRange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BandwidthRange {
    const NAME: &'static str = "BandwidthRange";
    const FIELDS: &'static [&'static str] = &[
        "ResourceId",
        "BandwidthLowerLimit",
        "BandwidthUpperLimit",
    ];
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
            resource_id: r.or_default(f0),
            bandwidth_lower_limit: r.or_default(f1),
            bandwidth_upper_limit: r.or_default(f2),
        })
    }
}

/// Modify attributes of a scheduled snapshot policy
///
/// 批量修改快照策略信息
#[derive(Debug, Clone, PartialEq)]
pub struct BatchModifySnapshotPolicy {
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: String,
    /// Snapshot policy name
    ///
    /// 快照策略名称。
    pub snapshot_policy_name: Option<String>,
    /// Backup policy
    ///
    /// 备份策略。
    pub backup_policies: Option<Vec<BackupPolicy>>,
    /// Snapshot retention period. Range: 1 to 365 days
    ///
    /// 快照保留时间，支持1～365天。
    pub keep_time: Option<u64>,
}

impl serde::Serialize for BatchModifySnapshotPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BatchModifySnapshotPolicy",
            1 + usize::from(self.snapshot_policy_name.is_some())
                + usize::from(self.backup_policies.is_some())
                + usize::from(self.keep_time.is_some()),
        )?;
        s.field("SnapshotPolicyId", &self.snapshot_policy_id)?;
        s.optional("SnapshotPolicyName", &self.snapshot_policy_name)?;
        s.optional("BackupPolicies", &self.backup_policies)?;
        s.optional("KeepTime", &self.keep_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchModifySnapshotPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BatchModifySnapshotPolicy {
    const NAME: &'static str = "BatchModifySnapshotPolicy";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotPolicyId",
        "SnapshotPolicyName",
        "BackupPolicies",
        "KeepTime",
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
                    snapshot_policy_id: f0,
                    snapshot_policy_name: r.or_default(f1),
                    backup_policies: r.or_default(f2),
                    keep_time: r.or_default(f3),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// BgpConfig
#[derive(Debug, Clone, PartialEq)]
pub struct BgpConfig {
    /// BGP隧道网段。
    pub tunnel_cidr: String,
    /// 云端BGP地址。必须从BGP隧道网段内分配。
    pub local_bgp_ip: String,
    /// 用户端BGP地址。必须从BGP隧道网段内分配。
    pub remote_bgp_ip: String,
}

impl serde::Serialize for BgpConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(serializer, "BgpConfig", 3)?;
        s.field("TunnelCidr", &self.tunnel_cidr)?;
        s.field("LocalBgpIp", &self.local_bgp_ip)?;
        s.field("RemoteBgpIp", &self.remote_bgp_ip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BgpConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BgpConfig {
    const NAME: &'static str = "BgpConfig";
    const FIELDS: &'static [&'static str] = &["TunnelCidr", "LocalBgpIp", "RemoteBgpIp"];
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
                    tunnel_cidr: f0,
                    local_bgp_ip: f1,
                    remote_bgp_ip: f2,
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

/// VPN通道BGP配置
#[derive(Debug, Clone, PartialEq)]
pub struct BgpConfigAndAsn {
    /// BGP通道CIDR
    pub tunnel_cidr: Option<String>,
    /// 本端BGP IP
    pub local_bgp_ip: Option<String>,
    /// 对端BGP IP
    pub remote_bgp_ip: Option<String>,
    /// 本端BGP ASN号
    pub local_bgp_asn: Option<String>,
    /// 对端BGP ASN号
    pub remote_bgp_asn: Option<String>,
}

impl serde::Serialize for BgpConfigAndAsn {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "BgpConfigAndAsn",
            usize::from(self.tunnel_cidr.is_some())
                + usize::from(self.local_bgp_ip.is_some())
                + usize::from(self.remote_bgp_ip.is_some())
                + usize::from(self.local_bgp_asn.is_some())
                + usize::from(self.remote_bgp_asn.is_some()),
        )?;
        s.optional("TunnelCidr", &self.tunnel_cidr)?;
        s.optional("LocalBgpIp", &self.local_bgp_ip)?;
        s.optional("RemoteBgpIp", &self.remote_bgp_ip)?;
        s.optional("LocalBgpAsn", &self.local_bgp_asn)?;
        s.optional("RemoteBgpAsn", &self.remote_bgp_asn)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for BgpConfigAndAsn {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for BgpConfigAndAsn {
    const NAME: &'static str = "BgpConfigAndAsn";
    const FIELDS: &'static [&'static str] = &[
        "TunnelCidr",
        "LocalBgpIp",
        "RemoteBgpIp",
        "LocalBgpAsn",
        "RemoteBgpAsn",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            tunnel_cidr: r.or_default(f0),
            local_bgp_ip: r.or_default(f1),
            remote_bgp_ip: r.or_default(f2),
            local_bgp_asn: r.or_default(f3),
            remote_bgp_asn: r.or_default(f4),
        })
    }
}

/// The CCN object
///
/// 云联网（CCN）对象
///
/// `CCN` in the specification: renamed, as that name is not a valid type name or is taken here.
#[derive(Debug, Clone, PartialEq)]
pub struct Ccn {
    /// The unique ID of the CCN
    ///
    /// 云联网唯一ID
    pub ccn_id: Option<String>,
    /// The name of the CCN
    ///
    /// 云联网名称
    pub ccn_name: Option<String>,
    /// The detailed information of the CCN
    ///
    /// 云联网描述信息
    pub ccn_description: Option<String>,
    /// The number of associated instances
    ///
    /// 关联实例数量
    pub instance_count: Option<u64>,
    /// The creation time
    ///
    /// 创建时间
    pub create_time: Option<String>,
    /// The instance status. 'ISOLATED': Being isolated (instance is in arrears and service is suspended). 'AVAILABLE': Operating.
    ///
    /// 实例状态， 'ISOLATED': 隔离中（欠费停服），'AVAILABLE'：运行中。
    pub state: Option<String>,
    /// The instance service quality. ’PT’: Platinum , 'AU': Gold, 'AG': Silver.
    ///
    /// 实例服务质量，’PT’：白金，'AU'：金，'AG'：银。
    pub qos_level: Option<String>,
    /// The billing method. POSTPAID indicates postpaid.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 付费类型，PREPAID为预付费，POSTPAID为后付费。
    pub instance_charge_type: Option<String>,
    /// 计量类型
    pub instance_metering_type: Option<String>,
    /// The limit type. INTER_REGION_LIMIT is the limit between regions. OUTER_REGION_LIMIT is a region egress limit.
    ///
    /// Note: This field may return null, indicating no valid value.
    ///
    /// 限速类型，`INTER_REGION_LIMIT` 为地域间限速；`OUTER_REGION_LIMIT` 为地域出口限速。
    pub bandwidth_limit_type: Option<String>,
    /// Tag key-value pairs.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// Whether the CCN route priority feature is supported. Valid values: False: do not support; True: support.
    ///
    /// 是否支持云联网路由优先级的功能。`False`：不支持，`True`：支持。
    pub route_priority_flag: Option<bool>,
    /// Number of route tables associated with the instance.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例关联的路由表个数。
    pub route_table_count: Option<u64>,
    /// Whether the multiple route tables feature is enabled for the CCN instance. Valid values: `False`: no; `True`: yes. Default value: `False`.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否开启云联网多路由表特性。`False`：未开启，`True`：开启。
    pub route_table_flag: Option<bool>,
    /// `true`: instance is blocked, traffic is blocked, `false`: unblocked.
    ///
    /// `true`：实例已被封禁，流量不通，`false`:解封禁。
    pub is_security_lock: Option<bool>,
    /// Status of CCN route broadcasting policy. Values: `False` (Disabled), `True` (Enabled)
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否开启云联网路由传播策略。`False` 未开启，`True` 开启。
    pub route_broadcast_policy_flag: Option<bool>,
    /// 是否开启等价路由功能。`False` 未开启，`True` 开启。
    pub route_ecmp_flag: Option<bool>,
    /// 是否开启路由重叠功能。`False` 未开启，`True` 开启。
    pub route_overlap_flag: Option<bool>,
    /// 是否开启QOS。
    pub traffic_marking_policy_flag: Option<bool>,
    /// 是否开启路由表选择策略。
    pub route_select_policy_flag: Option<bool>,
    /// 是否开启二层云联网通道。
    pub direct_connect_accelerate_channel_flag: Option<bool>,
    /// 是否支持ipv6路由表
    pub ipv6_flag: Option<bool>,
    /// 是否支持路由表聚合策略
    pub mrtb_aggregate_policy_flag: Option<bool>,
    /// 是否支持AsPath策略值
    pub mrtb_policy_value_flag: Option<bool>,
    /// 是否支持Community策略值
    pub route_table_policy_value_community_flag: Option<bool>,
    /// 是否支持策略路由
    pub policy_based_routing_flag: Option<bool>,
}

impl serde::Serialize for Ccn {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ccn",
            usize::from(self.ccn_id.is_some()) + usize::from(self.ccn_name.is_some())
                + usize::from(self.ccn_description.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.qos_level.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.instance_metering_type.is_some())
                + usize::from(self.bandwidth_limit_type.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.route_priority_flag.is_some())
                + usize::from(self.route_table_count.is_some())
                + usize::from(self.route_table_flag.is_some())
                + usize::from(self.is_security_lock.is_some())
                + usize::from(self.route_broadcast_policy_flag.is_some())
                + usize::from(self.route_ecmp_flag.is_some())
                + usize::from(self.route_overlap_flag.is_some())
                + usize::from(self.traffic_marking_policy_flag.is_some())
                + usize::from(self.route_select_policy_flag.is_some())
                + usize::from(self.direct_connect_accelerate_channel_flag.is_some())
                + usize::from(self.ipv6_flag.is_some())
                + usize::from(self.mrtb_aggregate_policy_flag.is_some())
                + usize::from(self.mrtb_policy_value_flag.is_some())
                + usize::from(self.route_table_policy_value_community_flag.is_some())
                + usize::from(self.policy_based_routing_flag.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("CcnName", &self.ccn_name)?;
        s.optional("CcnDescription", &self.ccn_description)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("State", &self.state)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InstanceMeteringType", &self.instance_metering_type)?;
        s.optional("BandwidthLimitType", &self.bandwidth_limit_type)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("RoutePriorityFlag", &self.route_priority_flag)?;
        s.optional("RouteTableCount", &self.route_table_count)?;
        s.optional("RouteTableFlag", &self.route_table_flag)?;
        s.optional("IsSecurityLock", &self.is_security_lock)?;
        s.optional("RouteBroadcastPolicyFlag", &self.route_broadcast_policy_flag)?;
        s.optional("RouteECMPFlag", &self.route_ecmp_flag)?;
        s.optional("RouteOverlapFlag", &self.route_overlap_flag)?;
        s.optional("TrafficMarkingPolicyFlag", &self.traffic_marking_policy_flag)?;
        s.optional("RouteSelectPolicyFlag", &self.route_select_policy_flag)?;
        s.optional(
            "DirectConnectAccelerateChannelFlag",
            &self.direct_connect_accelerate_channel_flag,
        )?;
        s.optional("Ipv6Flag", &self.ipv6_flag)?;
        s.optional("MrtbAggregatePolicyFlag", &self.mrtb_aggregate_policy_flag)?;
        s.optional("MrtbPolicyValueFlag", &self.mrtb_policy_value_flag)?;
        s.optional(
            "RouteTablePolicyValueCommunityFlag",
            &self.route_table_policy_value_community_flag,
        )?;
        s.optional("PolicyBasedRoutingFlag", &self.policy_based_routing_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ccn {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ccn {
    const NAME: &'static str = "Ccn";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "CcnName",
        "CcnDescription",
        "InstanceCount",
        "CreateTime",
        "State",
        "QosLevel",
        "InstanceChargeType",
        "InstanceMeteringType",
        "BandwidthLimitType",
        "TagSet",
        "RoutePriorityFlag",
        "RouteTableCount",
        "RouteTableFlag",
        "IsSecurityLock",
        "RouteBroadcastPolicyFlag",
        "RouteECMPFlag",
        "RouteOverlapFlag",
        "TrafficMarkingPolicyFlag",
        "RouteSelectPolicyFlag",
        "DirectConnectAccelerateChannelFlag",
        "Ipv6Flag",
        "MrtbAggregatePolicyFlag",
        "MrtbPolicyValueFlag",
        "RouteTablePolicyValueCommunityFlag",
        "PolicyBasedRoutingFlag",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.tolerant(&mut f24),
                25 => r.tolerant(&mut f25),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            ccn_name: r.or_default(f1),
            ccn_description: r.or_default(f2),
            instance_count: r.or_default(f3),
            create_time: r.or_default(f4),
            state: r.or_default(f5),
            qos_level: r.or_default(f6),
            instance_charge_type: r.or_default(f7),
            instance_metering_type: r.or_default(f8),
            bandwidth_limit_type: r.or_default(f9),
            tag_set: r.or_default(f10),
            route_priority_flag: r.or_default(f11),
            route_table_count: r.or_default(f12),
            route_table_flag: r.or_default(f13),
            is_security_lock: r.or_default(f14),
            route_broadcast_policy_flag: r.or_default(f15),
            route_ecmp_flag: r.or_default(f16),
            route_overlap_flag: r.or_default(f17),
            traffic_marking_policy_flag: r.or_default(f18),
            route_select_policy_flag: r.or_default(f19),
            direct_connect_accelerate_channel_flag: r.or_default(f20),
            ipv6_flag: r.or_default(f21),
            mrtb_aggregate_policy_flag: r.or_default(f22),
            mrtb_policy_value_flag: r.or_default(f23),
            route_table_policy_value_community_flag: r.or_default(f24),
            policy_based_routing_flag: r.or_default(f25),
        })
    }
}

/// The instance object associated with a CCN
///
/// 云联网（CCN）关联实例（Instance）对象
#[derive(Debug, Clone, PartialEq)]
pub struct CcnAttachedInstance {
    /// The ID of a CCN instance.
    ///
    /// 云联网实例ID。
    pub ccn_id: Option<String>,
    /// The type of associated instances:
    ///
    /// - `VPC`: VPC
    ///
    /// - `DIRECTCONNECT`: Direct Connect
    ///
    /// - `BMVPC`: BM VPC
    ///
    /// 关联实例类型：
    ///
    /// - `VPC`：私有网络
    ///
    /// - `DIRECTCONNECT`：专线网关
    ///
    /// - `BMVPC`：黑石私有网络
    pub instance_type: Option<String>,
    /// The ID of the associated instance.
    ///
    /// 关联实例ID。
    pub instance_id: Option<String>,
    /// The name of the associated instance.
    ///
    /// 关联实例名称。
    pub instance_name: Option<String>,
    /// The region to which the associated instance belongs, such as `ap-guangzhou`.
    ///
    /// 关联实例所属大区，例如：ap-guangzhou。
    pub instance_region: Option<String>,
    /// The UIN (root account) to which the associated instance belongs.
    ///
    /// 关联实例所属UIN（根账号）。
    pub instance_uin: Option<String>,
    /// The CIDR of the associated instance.
    ///
    /// 关联实例CIDR。
    pub cidr_block: Option<Vec<String>>,
    /// The status of the associated instance:
    ///
    /// - `PENDING`: In application
    ///
    /// - `ACTIVE`: Connected
    ///
    /// - `EXPIRED`: Expired
    ///
    /// - `REJECTED`: Rejected
    ///
    /// - `DELETED`: Deleted
    ///
    /// - `FAILED`: Failed (it will be asynchronously unbound after 2 hours)
    ///
    /// - `ATTACHING`: binding
    ///
    /// - `DETACHING`: Unbinding
    ///
    /// - `DETACHFAILED`: The unbinding failed (it will be asynchronously unbound after 2 hours)
    ///
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
    pub state: Option<String>,
    /// Association Time.
    ///
    /// 关联时间。
    pub attached_time: Option<String>,
    /// The UIN (root account) to which the CCN belongs.
    ///
    /// 云联网所属UIN（根账号）。
    pub ccn_uin: Option<String>,
    /// General location of the associated instance, such as CHINA_MAINLAND.
    ///
    /// 关联实例所属的大地域，如: CHINA_MAINLAND
    pub instance_area: Option<String>,
    /// Description
    ///
    /// 备注
    pub description: Option<String>,
    /// Route table ID
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 路由表ID
    pub route_table_id: Option<String>,
    /// Route table name
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 路由表名称
    pub route_table_name: Option<String>,
}

impl serde::Serialize for CcnAttachedInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnAttachedInstance",
            usize::from(self.ccn_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_region.is_some())
                + usize::from(self.instance_uin.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.attached_time.is_some())
                + usize::from(self.ccn_uin.is_some())
                + usize::from(self.instance_area.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.route_table_name.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceRegion", &self.instance_region)?;
        s.optional("InstanceUin", &self.instance_uin)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("State", &self.state)?;
        s.optional("AttachedTime", &self.attached_time)?;
        s.optional("CcnUin", &self.ccn_uin)?;
        s.optional("InstanceArea", &self.instance_area)?;
        s.optional("Description", &self.description)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("RouteTableName", &self.route_table_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnAttachedInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnAttachedInstance {
    const NAME: &'static str = "CcnAttachedInstance";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "InstanceType",
        "InstanceId",
        "InstanceName",
        "InstanceRegion",
        "InstanceUin",
        "CidrBlock",
        "State",
        "AttachedTime",
        "CcnUin",
        "InstanceArea",
        "Description",
        "RouteTableId",
        "RouteTableName",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_id: r.or_default(f2),
            instance_name: r.or_default(f3),
            instance_region: r.or_default(f4),
            instance_uin: r.or_default(f5),
            cidr_block: r.or_default(f6),
            state: r.or_default(f7),
            attached_time: r.or_default(f8),
            ccn_uin: r.or_default(f9),
            instance_area: r.or_default(f10),
            description: r.or_default(f11),
            route_table_id: r.or_default(f12),
            route_table_name: r.or_default(f13),
        })
    }
}

/// 用于描述云联网地域间限速带宽实例的信息。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnBandwidth {
    /// 带宽所属的云联网ID。
    pub ccn_id: Option<String>,
    /// 实例的创建时间。
    pub created_time: Option<String>,
    /// 实例的过期时间
    pub expired_time: Option<String>,
    /// 带宽实例的唯一ID。
    pub region_flow_control_id: Option<String>,
    /// 带宽是否自动续费的标记。
    pub renew_flag: Option<String>,
    /// 描述带宽的地域和限速上限信息。在地域间限速的情况下才会返回参数，出口限速模式不返回。
    pub ccn_region_bandwidth_limit: Option<CcnRegionBandwidthLimitInfo>,
    /// 云市场实例ID。
    pub market_id: Option<String>,
    /// 实例所属用户主账号ID。
    pub user_account_id: Option<String>,
    /// 是否跨境，`true`表示跨境，反之不跨境。
    pub is_cross_border: Option<bool>,
    /// `true`表示封禁，地域间流量不通，`false`解禁，地域间流量正常
    pub is_security_lock: Option<bool>,
    /// `POSTPAID`表示后付费，`PREPAID`表示预付费。
    pub instance_charge_type: Option<String>,
    /// 实例更新时间
    pub update_time: Option<String>,
}

impl serde::Serialize for CcnBandwidth {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnBandwidth",
            usize::from(self.ccn_id.is_some()) + usize::from(self.created_time.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.region_flow_control_id.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.ccn_region_bandwidth_limit.is_some())
                + usize::from(self.market_id.is_some())
                + usize::from(self.user_account_id.is_some())
                + usize::from(self.is_cross_border.is_some())
                + usize::from(self.is_security_lock.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("RegionFlowControlId", &self.region_flow_control_id)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("CcnRegionBandwidthLimit", &self.ccn_region_bandwidth_limit)?;
        s.optional("MarketId", &self.market_id)?;
        s.optional("UserAccountID", &self.user_account_id)?;
        s.optional("IsCrossBorder", &self.is_cross_border)?;
        s.optional("IsSecurityLock", &self.is_security_lock)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnBandwidth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnBandwidth {
    const NAME: &'static str = "CcnBandwidth";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "CreatedTime",
        "ExpiredTime",
        "RegionFlowControlId",
        "RenewFlag",
        "CcnRegionBandwidthLimit",
        "MarketId",
        "UserAccountID",
        "IsCrossBorder",
        "IsSecurityLock",
        "InstanceChargeType",
        "UpdateTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            created_time: r.or_default(f1),
            expired_time: r.or_default(f2),
            region_flow_control_id: r.or_default(f3),
            renew_flag: r.or_default(f4),
            ccn_region_bandwidth_limit: r.or_default(f5),
            market_id: r.or_default(f6),
            user_account_id: r.or_default(f7),
            is_cross_border: r.or_default(f8),
            is_security_lock: r.or_default(f9),
            instance_charge_type: r.or_default(f10),
            update_time: r.or_default(f11),
        })
    }
}

/// The information of the cross-region bandwidth limit for CCN instances.
///
/// 用于描述云联网地域间限速带宽实例的信息。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnBandwidthInfo {
    /// The CCN ID that the bandwidth belongs to.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 带宽所属的云联网ID。
    pub ccn_id: Option<String>,
    /// The creation time of the instance.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 实例的创建时间。
    pub created_time: Option<String>,
    /// The expiration time of the instance.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 实例的过期时间
    pub expired_time: Option<String>,
    /// The unique ID of the bandwidth instance.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 带宽实例的唯一ID。
    pub region_flow_control_id: Option<String>,
    /// The billing flag.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 带宽是否自动续费的标记。
    pub renew_flag: Option<String>,
    /// The information of the bandwidth regions and bandwidth caps. The parameter is only returned for the cross-region limit mode, but not for egress limit.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 描述带宽的地域和限速上限信息。在地域间限速的情况下才会返回参数，出口限速模式不返回。
    pub ccn_region_bandwidth_limit: Option<CcnRegionBandwidthLimit>,
    /// Cloud marketplace instance ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 云市场实例ID。
    pub market_id: Option<String>,
    /// The list of tags to be bound.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 资源绑定的标签列表
    pub tag_set: Option<Vec<Tag>>,
    /// `true表示`Qos默认带宽；`false`表示非Qos默认带宽；
    pub default_qos_bandwidth_flag: Option<bool>,
    /// 服务等级信息。
    pub qos_level: Option<String>,
}

impl serde::Serialize for CcnBandwidthInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnBandwidthInfo",
            usize::from(self.ccn_id.is_some()) + usize::from(self.created_time.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.region_flow_control_id.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.ccn_region_bandwidth_limit.is_some())
                + usize::from(self.market_id.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.default_qos_bandwidth_flag.is_some())
                + usize::from(self.qos_level.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("RegionFlowControlId", &self.region_flow_control_id)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("CcnRegionBandwidthLimit", &self.ccn_region_bandwidth_limit)?;
        s.optional("MarketId", &self.market_id)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("DefaultQosBandwidthFlag", &self.default_qos_bandwidth_flag)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnBandwidthInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnBandwidthInfo {
    const NAME: &'static str = "CcnBandwidthInfo";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "CreatedTime",
        "ExpiredTime",
        "RegionFlowControlId",
        "RenewFlag",
        "CcnRegionBandwidthLimit",
        "MarketId",
        "TagSet",
        "DefaultQosBandwidthFlag",
        "QosLevel",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            created_time: r.or_default(f1),
            expired_time: r.or_default(f2),
            region_flow_control_id: r.or_default(f3),
            renew_flag: r.or_default(f4),
            ccn_region_bandwidth_limit: r.or_default(f5),
            market_id: r.or_default(f6),
            tag_set: r.or_default(f7),
            default_qos_bandwidth_flag: r.or_default(f8),
            qos_level: r.or_default(f9),
        })
    }
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq)]
pub struct CcnBatchRouteTable {
    /// 云联网ID。
    pub ccn_id: String,
    /// 云联网路由表名称。
    pub name: String,
    /// 云联网路由表描述。
    pub description: Option<String>,
}

impl serde::Serialize for CcnBatchRouteTable {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnBatchRouteTable",
            2 + usize::from(self.description.is_some()),
        )?;
        s.field("CcnId", &self.ccn_id)?;
        s.field("Name", &self.name)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnBatchRouteTable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnBatchRouteTable {
    const NAME: &'static str = "CcnBatchRouteTable";
    const FIELDS: &'static [&'static str] = &["CcnId", "Name", "Description"];
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
                    ccn_id: f0,
                    name: f1,
                    description: r.or_default(f2),
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

/// 云联网限速实例锁对象，该对象特用于运营端使用，用于封禁实例流量。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnFlowLock {
    /// 带宽所属的云联网ID。
    pub ccn_id: String,
    /// 实例所属用户主账号ID。
    pub user_account_id: String,
    /// 带宽实例的唯一ID。作为`UnlockCcnBandwidths`接口和`LockCcnBandwidths`接口的入参时，该字段必传。
    pub region_flow_control_id: Option<String>,
}

impl serde::Serialize for CcnFlowLock {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnFlowLock",
            2 + usize::from(self.region_flow_control_id.is_some()),
        )?;
        s.field("CcnId", &self.ccn_id)?;
        s.field("UserAccountID", &self.user_account_id)?;
        s.optional("RegionFlowControlId", &self.region_flow_control_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnFlowLock {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnFlowLock {
    const NAME: &'static str = "CcnFlowLock";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "UserAccountID",
        "RegionFlowControlId",
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
                    ccn_id: f0,
                    user_account_id: f1,
                    region_flow_control_id: r.or_default(f2),
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

/// The instance object associated with a CCN.
///
/// 云联网（CCN）关联实例（Instance）对象。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnInstance {
    /// The ID of the associated instance.
    ///
    /// 关联实例ID。
    pub instance_id: String,
    /// The region to which the associated instance ID belongs, such as `ap-guangzhou`.
    ///
    /// 关联实例ID所属大区，例如：ap-guangzhou。
    pub instance_region: String,
    /// The type of the associated instance. Available values are:
    ///
    /// - `VPC`: VPC
    ///
    /// - `DIRECTCONNECT`: Direct Connect
    ///
    /// - `BMVPC`: BM VPC
    ///
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
    /// Description
    ///
    /// 备注
    pub description: Option<String>,
    /// The ID of the route table associated with the instance
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例关联的路由表ID。
    pub route_table_id: Option<String>,
    /// 实例付费方式
    ///
    /// 枚举值：
    ///
    /// - PayByCcnOwner： CCN所在账号付费
    ///
    /// - PayByInstanceOwner： 关联实例所在账号付费
    pub order_type: Option<String>,
}

impl serde::Serialize for CcnInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnInstance",
            3 + usize::from(self.description.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.order_type.is_some()),
        )?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("InstanceRegion", &self.instance_region)?;
        s.field("InstanceType", &self.instance_type)?;
        s.optional("Description", &self.description)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("OrderType", &self.order_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnInstance {
    const NAME: &'static str = "CcnInstance";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "InstanceRegion",
        "InstanceType",
        "Description",
        "RouteTableId",
        "OrderType",
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
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    instance_id: f0,
                    instance_region: f1,
                    instance_type: f2,
                    description: r.or_default(f3),
                    route_table_id: r.or_default(f4),
                    order_type: r.or_default(f5),
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

/// 云联网实例对象，该对象特用于运营端使用，不建议给租户的接口中提供该复杂类型。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnInstanceInfo {
    /// 云联网唯一ID。
    pub ccn_id: Option<String>,
}

impl serde::Serialize for CcnInstanceInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnInstanceInfo",
            usize::from(self.ccn_id.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnInstanceInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnInstanceInfo {
    const NAME: &'static str = "CcnInstanceInfo";
    const FIELDS: &'static [&'static str] = &["CcnId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self { ccn_id: r.or_default(f0) })
    }
}

/// ccn实例信息（不带地域属性）
#[derive(Debug, Clone, PartialEq)]
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

impl serde::Serialize for CcnInstanceWithoutRegion {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnInstanceWithoutRegion",
            2,
        )?;
        s.field("InstanceType", &self.instance_type)?;
        s.field("InstanceId", &self.instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnInstanceWithoutRegion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnInstanceWithoutRegion {
    const NAME: &'static str = "CcnInstanceWithoutRegion";
    const FIELDS: &'static [&'static str] = &["InstanceType", "InstanceId"];
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
                    instance_type: f0,
                    instance_id: f1,
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

/// 云联网策略路由下一跳
#[derive(Debug, Clone, PartialEq)]
pub struct CcnPolicyBasedRoutingNextHop {
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_id: Option<String>,
    /// 名称
    pub name: Option<String>,
    /// 下一跳地域
    pub next_hop_region: Option<String>,
    /// 关联实例ID
    pub instance_id: Option<String>,
    /// 可用区
    pub zone: Option<String>,
    /// 状态(ENABLE/DISABLE)
    pub state: Option<String>,
    /// 描述
    pub description: Option<String>,
    /// 关联实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    pub instance_type: Option<String>,
    /// 下一跳资源类型\[HAVIP,GWLB_ENDPOINT\]
    pub next_hop_resource_type: Option<String>,
    /// 下一跳资源ID
    pub next_hop_resource_id: Option<String>,
    /// 下一跳资源ip
    pub next_hop_ip: Option<String>,
    /// 0
    pub policy_based_routing_rules_count: Option<i64>,
}

impl serde::Serialize for CcnPolicyBasedRoutingNextHop {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnPolicyBasedRoutingNextHop",
            usize::from(self.policy_based_routing_next_hop_id.is_some())
                + usize::from(self.name.is_some())
                + usize::from(self.next_hop_region.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.zone.is_some()) + usize::from(self.state.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.next_hop_resource_type.is_some())
                + usize::from(self.next_hop_resource_id.is_some())
                + usize::from(self.next_hop_ip.is_some())
                + usize::from(self.policy_based_routing_rules_count.is_some()),
        )?;
        s.optional(
            "PolicyBasedRoutingNextHopId",
            &self.policy_based_routing_next_hop_id,
        )?;
        s.optional("Name", &self.name)?;
        s.optional("NextHopRegion", &self.next_hop_region)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Zone", &self.zone)?;
        s.optional("State", &self.state)?;
        s.optional("Description", &self.description)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("NextHopResourceType", &self.next_hop_resource_type)?;
        s.optional("NextHopResourceId", &self.next_hop_resource_id)?;
        s.optional("NextHopIp", &self.next_hop_ip)?;
        s.optional(
            "PolicyBasedRoutingRulesCount",
            &self.policy_based_routing_rules_count,
        )?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnPolicyBasedRoutingNextHop {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnPolicyBasedRoutingNextHop {
    const NAME: &'static str = "CcnPolicyBasedRoutingNextHop";
    const FIELDS: &'static [&'static str] = &[
        "PolicyBasedRoutingNextHopId",
        "Name",
        "NextHopRegion",
        "InstanceId",
        "Zone",
        "State",
        "Description",
        "InstanceType",
        "NextHopResourceType",
        "NextHopResourceId",
        "NextHopIp",
        "PolicyBasedRoutingRulesCount",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            policy_based_routing_next_hop_id: r.or_default(f0),
            name: r.or_default(f1),
            next_hop_region: r.or_default(f2),
            instance_id: r.or_default(f3),
            zone: r.or_default(f4),
            state: r.or_default(f5),
            description: r.or_default(f6),
            instance_type: r.or_default(f7),
            next_hop_resource_type: r.or_default(f8),
            next_hop_resource_id: r.or_default(f9),
            next_hop_ip: r.or_default(f10),
            policy_based_routing_rules_count: r.or_default(f11),
        })
    }
}

/// 云联网策略路由匹配规则
#[derive(Debug, Clone, PartialEq)]
pub struct CcnPolicyBasedRoutingRule {
    /// 策略路由下一跳ID
    pub policy_based_routing_next_hop_id: Option<String>,
    /// 实例类型\[VPC,DIRECTCONNECT,VPNGW\]
    pub instance_type: Option<String>,
    /// 实例ID
    pub instance_id: Option<String>,
    /// 源地址CIDR
    pub source_cidr_block: Option<String>,
    /// 目的地址CIDR
    pub destination_cidr_block: Option<String>,
    /// 优先级
    pub priority: Option<i64>,
    /// 描述
    pub description: Option<String>,
    /// 策略路由匹配策略ID
    pub policy_based_routing_rule_id: Option<String>,
    /// 目的端实例ID
    ///
    /// 枚举值：
    ///
    /// - VPC： 私有网络
    pub destination_instance_type: Option<String>,
    /// 目的端实例ID
    pub destination_instance_id: Option<String>,
}

impl serde::Serialize for CcnPolicyBasedRoutingRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnPolicyBasedRoutingRule",
            usize::from(self.policy_based_routing_next_hop_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.source_cidr_block.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.policy_based_routing_rule_id.is_some())
                + usize::from(self.destination_instance_type.is_some())
                + usize::from(self.destination_instance_id.is_some()),
        )?;
        s.optional(
            "PolicyBasedRoutingNextHopId",
            &self.policy_based_routing_next_hop_id,
        )?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("SourceCidrBlock", &self.source_cidr_block)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("Priority", &self.priority)?;
        s.optional("Description", &self.description)?;
        s.optional("PolicyBasedRoutingRuleId", &self.policy_based_routing_rule_id)?;
        s.optional("DestinationInstanceType", &self.destination_instance_type)?;
        s.optional("DestinationInstanceId", &self.destination_instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnPolicyBasedRoutingRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnPolicyBasedRoutingRule {
    const NAME: &'static str = "CcnPolicyBasedRoutingRule";
    const FIELDS: &'static [&'static str] = &[
        "PolicyBasedRoutingNextHopId",
        "InstanceType",
        "InstanceId",
        "SourceCidrBlock",
        "DestinationCidrBlock",
        "Priority",
        "Description",
        "PolicyBasedRoutingRuleId",
        "DestinationInstanceType",
        "DestinationInstanceId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            policy_based_routing_next_hop_id: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_id: r.or_default(f2),
            source_cidr_block: r.or_default(f3),
            destination_cidr_block: r.or_default(f4),
            priority: r.or_default(f5),
            description: r.or_default(f6),
            policy_based_routing_rule_id: r.or_default(f7),
            destination_instance_type: r.or_default(f8),
            destination_instance_id: r.or_default(f9),
        })
    }
}

/// The outbound bandwidth cap of the CCN region
///
/// 云联网（CCN）地域出带宽上限
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRegionBandwidthLimit {
    /// Region, such as `ap-guangzhou`
    ///
    /// 地域，例如：ap-guangzhou
    pub region: Option<String>,
    /// The outbound bandwidth cap. Units: Mbps
    ///
    /// 出带宽上限，单位：Mbps
    pub bandwidth_limit: Option<u64>,
    /// Whether it is a BM region. The default is `false`.
    ///
    /// 是否黑石地域，默认`false`。
    pub is_bm: Option<bool>,
    /// The target region, such as `ap-shanghai`
    ///
    /// Note: This field may return null, indicating no valid value.
    ///
    /// 目的地域，例如：ap-shanghai
    pub dst_region: Option<String>,
    /// Whether the target region is a BM region. The default is `false`.
    ///
    /// 目的地域是否为黑石地域，默认`false`。
    pub dst_is_bm: Option<bool>,
}

impl serde::Serialize for CcnRegionBandwidthLimit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRegionBandwidthLimit",
            usize::from(self.region.is_some())
                + usize::from(self.bandwidth_limit.is_some())
                + usize::from(self.is_bm.is_some())
                + usize::from(self.dst_region.is_some())
                + usize::from(self.dst_is_bm.is_some()),
        )?;
        s.optional("Region", &self.region)?;
        s.optional("BandwidthLimit", &self.bandwidth_limit)?;
        s.optional("IsBm", &self.is_bm)?;
        s.optional("DstRegion", &self.dst_region)?;
        s.optional("DstIsBm", &self.dst_is_bm)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRegionBandwidthLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRegionBandwidthLimit {
    const NAME: &'static str = "CcnRegionBandwidthLimit";
    const FIELDS: &'static [&'static str] = &[
        "Region",
        "BandwidthLimit",
        "IsBm",
        "DstRegion",
        "DstIsBm",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            region: r.or_default(f0),
            bandwidth_limit: r.or_default(f1),
            is_bm: r.or_default(f2),
            dst_region: r.or_default(f3),
            dst_is_bm: r.or_default(f4),
        })
    }
}

/// 云联网（CCN）地域出带宽上限。
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRegionBandwidthLimitInfo {
    /// 源地域，例如：ap-shanghai
    pub source_region: Option<String>,
    /// 目的地域， 例如：ap-shanghai
    pub destination_region: Option<String>,
    /// 出带宽上限，单位：Mbps。
    pub bandwidth_limit: Option<u64>,
}

impl serde::Serialize for CcnRegionBandwidthLimitInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRegionBandwidthLimitInfo",
            usize::from(self.source_region.is_some())
                + usize::from(self.destination_region.is_some())
                + usize::from(self.bandwidth_limit.is_some()),
        )?;
        s.optional("SourceRegion", &self.source_region)?;
        s.optional("DestinationRegion", &self.destination_region)?;
        s.optional("BandwidthLimit", &self.bandwidth_limit)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRegionBandwidthLimitInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRegionBandwidthLimitInfo {
    const NAME: &'static str = "CcnRegionBandwidthLimitInfo";
    const FIELDS: &'static [&'static str] = &[
        "SourceRegion",
        "DestinationRegion",
        "BandwidthLimit",
    ];
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
            source_region: r.or_default(f0),
            destination_region: r.or_default(f1),
            bandwidth_limit: r.or_default(f2),
        })
    }
}

/// The CCN routing policy object
///
/// CCN路由策略对象
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRoute {
    /// The ID of the routing policy
    ///
    /// 路由策略ID
    pub route_id: Option<String>,
    /// Destination
    ///
    /// 目的端
    pub destination_cidr_block: Option<String>,
    /// The type of the next hop (associated instance type). Available types: VPC, DIRECTCONNECT
    ///
    /// 下一跳类型（关联实例类型），所有类型：VPC、DIRECTCONNECT
    pub instance_type: Option<String>,
    /// The next hop (associated instance)
    ///
    /// 下一跳（关联实例）
    pub instance_id: Option<String>,
    /// The name of the next hop (associated instance name)
    ///
    /// 下一跳名称（关联实例名称）
    pub instance_name: Option<String>,
    /// The region of the next hop (the region of the associated instance)
    ///
    /// 下一跳所属地域（关联实例所属地域）
    pub instance_region: Option<String>,
    /// Update Time
    ///
    /// 更新时间
    pub update_time: Option<String>,
    /// Whether the route is enabled
    ///
    /// 路由是否启用
    pub enabled: Option<bool>,
    /// The UIN (root account) to which the associated instance belongs
    ///
    /// 关联实例所属UIN（根账号）
    pub instance_uin: Option<String>,
    /// Additional status of the route
    ///
    /// 路由的扩展状态
    pub extra_state: Option<String>,
    /// Whether it is a dynamic route
    ///
    /// 是否动态路由
    pub is_bgp: Option<bool>,
    /// Route priority
    ///
    /// 路由优先级
    pub route_priority: Option<u64>,
    /// Next hop port name (associated instance’s port name)
    ///
    /// 下一跳扩展名称（关联实例的扩展名称）
    pub instance_extra_name: Option<String>,
    /// 实例类型
    pub alias_type: Option<String>,
    /// 实例id
    pub alias_instance_id: Option<String>,
}

impl serde::Serialize for CcnRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRoute",
            usize::from(self.route_id.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_region.is_some())
                + usize::from(self.update_time.is_some())
                + usize::from(self.enabled.is_some())
                + usize::from(self.instance_uin.is_some())
                + usize::from(self.extra_state.is_some())
                + usize::from(self.is_bgp.is_some())
                + usize::from(self.route_priority.is_some())
                + usize::from(self.instance_extra_name.is_some())
                + usize::from(self.alias_type.is_some())
                + usize::from(self.alias_instance_id.is_some()),
        )?;
        s.optional("RouteId", &self.route_id)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceRegion", &self.instance_region)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.optional("Enabled", &self.enabled)?;
        s.optional("InstanceUin", &self.instance_uin)?;
        s.optional("ExtraState", &self.extra_state)?;
        s.optional("IsBgp", &self.is_bgp)?;
        s.optional("RoutePriority", &self.route_priority)?;
        s.optional("InstanceExtraName", &self.instance_extra_name)?;
        s.optional("AliasType", &self.alias_type)?;
        s.optional("AliasInstanceId", &self.alias_instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRoute {
    const NAME: &'static str = "CcnRoute";
    const FIELDS: &'static [&'static str] = &[
        "RouteId",
        "DestinationCidrBlock",
        "InstanceType",
        "InstanceId",
        "InstanceName",
        "InstanceRegion",
        "UpdateTime",
        "Enabled",
        "InstanceUin",
        "ExtraState",
        "IsBgp",
        "RoutePriority",
        "InstanceExtraName",
        "AliasType",
        "AliasInstanceId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_id: r.or_default(f0),
            destination_cidr_block: r.or_default(f1),
            instance_type: r.or_default(f2),
            instance_id: r.or_default(f3),
            instance_name: r.or_default(f4),
            instance_region: r.or_default(f5),
            update_time: r.or_default(f6),
            enabled: r.or_default(f7),
            instance_uin: r.or_default(f8),
            extra_state: r.or_default(f9),
            is_bgp: r.or_default(f10),
            route_priority: r.or_default(f11),
            instance_extra_name: r.or_default(f12),
            alias_type: r.or_default(f13),
            alias_instance_id: r.or_default(f14),
        })
    }
}

/// 云联网路由传播策略之路由条件
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteBroadcastPolicyRouteCondition {
    /// 条件类型
    pub name: Option<String>,
    /// 条件值列表
    pub values: Option<Vec<String>>,
    /// 匹配模式，`1` 精确匹配，`0` 模糊匹配
    pub match_pattern: Option<u64>,
}

impl serde::Serialize for CcnRouteBroadcastPolicyRouteCondition {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteBroadcastPolicyRouteCondition",
            usize::from(self.name.is_some()) + usize::from(self.values.is_some())
                + usize::from(self.match_pattern.is_some()),
        )?;
        s.optional("Name", &self.name)?;
        s.optional("Values", &self.values)?;
        s.optional("MatchPattern", &self.match_pattern)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteBroadcastPolicyRouteCondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteBroadcastPolicyRouteCondition {
    const NAME: &'static str = "CcnRouteBroadcastPolicyRouteCondition";
    const FIELDS: &'static [&'static str] = &["Name", "Values", "MatchPattern"];
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
            name: r.or_default(f0),
            values: r.or_default(f1),
            match_pattern: r.or_default(f2),
        })
    }
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteTable {
    /// 云联网ID。
    pub ccn_id: Option<String>,
    /// 云联网路由表ID。
    pub ccn_route_table_id: Option<String>,
    /// 云联网路由表名称。
    pub route_table_name: Option<String>,
    /// 云联网路由表描述。
    pub route_table_description: Option<String>,
    /// True：是默认路由表 False：非默认路由表。
    pub is_default_table: Option<bool>,
    /// 创建时间。
    pub create_time: Option<String>,
}

impl serde::Serialize for CcnRouteTable {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTable",
            usize::from(self.ccn_id.is_some())
                + usize::from(self.ccn_route_table_id.is_some())
                + usize::from(self.route_table_name.is_some())
                + usize::from(self.route_table_description.is_some())
                + usize::from(self.is_default_table.is_some())
                + usize::from(self.create_time.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("CcnRouteTableId", &self.ccn_route_table_id)?;
        s.optional("RouteTableName", &self.route_table_name)?;
        s.optional("RouteTableDescription", &self.route_table_description)?;
        s.optional("IsDefaultTable", &self.is_default_table)?;
        s.optional("CreateTime", &self.create_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTable {
    const NAME: &'static str = "CcnRouteTable";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "CcnRouteTableId",
        "RouteTableName",
        "RouteTableDescription",
        "IsDefaultTable",
        "CreateTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            ccn_route_table_id: r.or_default(f1),
            route_table_name: r.or_default(f2),
            route_table_description: r.or_default(f3),
            is_default_table: r.or_default(f4),
            create_time: r.or_default(f5),
        })
    }
}

/// 云联网路由传播策略
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteTableBroadcastPolicy {
    /// 路由条件
    pub route_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 传播条件
    pub broadcast_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 路由行为，`accept` 允许，`drop` 拒绝
    pub action: Option<String>,
    /// 策略描述
    pub description: Option<String>,
    /// as-path操作
    pub operate_as_path: Option<String>,
    /// as-path操作模式
    pub as_path_operate_mode: Option<String>,
    /// community操作
    pub operate_community_set: Option<Vec<String>>,
    /// community操作模式
    pub community_operate_mode: Option<String>,
}

impl serde::Serialize for CcnRouteTableBroadcastPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTableBroadcastPolicy",
            usize::from(self.route_conditions.is_some())
                + usize::from(self.broadcast_conditions.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.operate_as_path.is_some())
                + usize::from(self.as_path_operate_mode.is_some())
                + usize::from(self.operate_community_set.is_some())
                + usize::from(self.community_operate_mode.is_some()),
        )?;
        s.optional("RouteConditions", &self.route_conditions)?;
        s.optional("BroadcastConditions", &self.broadcast_conditions)?;
        s.optional("Action", &self.action)?;
        s.optional("Description", &self.description)?;
        s.optional("OperateAsPath", &self.operate_as_path)?;
        s.optional("AsPathOperateMode", &self.as_path_operate_mode)?;
        s.optional("OperateCommunitySet", &self.operate_community_set)?;
        s.optional("CommunityOperateMode", &self.community_operate_mode)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTableBroadcastPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTableBroadcastPolicy {
    const NAME: &'static str = "CcnRouteTableBroadcastPolicy";
    const FIELDS: &'static [&'static str] = &[
        "RouteConditions",
        "BroadcastConditions",
        "Action",
        "Description",
        "OperateAsPath",
        "AsPathOperateMode",
        "OperateCommunitySet",
        "CommunityOperateMode",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_conditions: r.or_default(f0),
            broadcast_conditions: r.or_default(f1),
            action: r.or_default(f2),
            description: r.or_default(f3),
            operate_as_path: r.or_default(f4),
            as_path_operate_mode: r.or_default(f5),
            operate_community_set: r.or_default(f6),
            community_operate_mode: r.or_default(f7),
        })
    }
}

/// 云联网路由传播策略列表
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteTableBroadcastPolicys {
    /// 策略列表
    pub policys: Option<Vec<CcnRouteTableBroadcastPolicy>>,
    /// 版本号
    pub policy_version: Option<u64>,
    /// 创建时间
    pub create_time: Option<String>,
}

impl serde::Serialize for CcnRouteTableBroadcastPolicys {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTableBroadcastPolicys",
            usize::from(self.policys.is_some())
                + usize::from(self.policy_version.is_some())
                + usize::from(self.create_time.is_some()),
        )?;
        s.optional("Policys", &self.policys)?;
        s.optional("PolicyVersion", &self.policy_version)?;
        s.optional("CreateTime", &self.create_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTableBroadcastPolicys {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTableBroadcastPolicys {
    const NAME: &'static str = "CcnRouteTableBroadcastPolicys";
    const FIELDS: &'static [&'static str] = &["Policys", "PolicyVersion", "CreateTime"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            policys: r.or_default(f0),
            policy_version: r.or_default(f1),
            create_time: r.or_default(f2),
        })
    }
}

/// 云联网路由接收策略
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteTableInputPolicy {
    /// 路由条件。
    pub route_conditions: Option<Vec<CcnRouteBroadcastPolicyRouteCondition>>,
    /// 路由行为，`accept` 允许，`drop` 拒绝。
    pub action: Option<String>,
    /// 策略描述。
    pub description: Option<String>,
    /// as-path操作
    pub operate_as_path: Option<String>,
    /// as-path操作模式
    pub as_path_operate_mode: Option<String>,
}

impl serde::Serialize for CcnRouteTableInputPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTableInputPolicy",
            usize::from(self.route_conditions.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.operate_as_path.is_some())
                + usize::from(self.as_path_operate_mode.is_some()),
        )?;
        s.optional("RouteConditions", &self.route_conditions)?;
        s.optional("Action", &self.action)?;
        s.optional("Description", &self.description)?;
        s.optional("OperateAsPath", &self.operate_as_path)?;
        s.optional("AsPathOperateMode", &self.as_path_operate_mode)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTableInputPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTableInputPolicy {
    const NAME: &'static str = "CcnRouteTableInputPolicy";
    const FIELDS: &'static [&'static str] = &[
        "RouteConditions",
        "Action",
        "Description",
        "OperateAsPath",
        "AsPathOperateMode",
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
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_conditions: r.or_default(f0),
            action: r.or_default(f1),
            description: r.or_default(f2),
            operate_as_path: r.or_default(f3),
            as_path_operate_mode: r.or_default(f4),
        })
    }
}

/// 云联网路由接收策略列表
#[derive(Debug, Clone, PartialEq)]
pub struct CcnRouteTableInputPolicys {
    /// 策略列表。
    pub policys: Option<Vec<CcnRouteTableInputPolicy>>,
    /// 版本号。
    pub policy_version: Option<u64>,
    /// 创建时间。
    pub create_time: Option<String>,
}

impl serde::Serialize for CcnRouteTableInputPolicys {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTableInputPolicys",
            usize::from(self.policys.is_some())
                + usize::from(self.policy_version.is_some())
                + usize::from(self.create_time.is_some()),
        )?;
        s.optional("Policys", &self.policys)?;
        s.optional("PolicyVersion", &self.policy_version)?;
        s.optional("CreateTime", &self.create_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTableInputPolicys {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTableInputPolicys {
    const NAME: &'static str = "CcnRouteTableInputPolicys";
    const FIELDS: &'static [&'static str] = &["Policys", "PolicyVersion", "CreateTime"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        let mut f2 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            policys: r.or_default(f0),
            policy_version: r.or_default(f1),
            create_time: r.or_default(f2),
        })
    }
}

/// 路由表选择策略信息
#[derive(Debug, Clone, PartialEq)]
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
    pub description: Option<String>,
}

impl serde::Serialize for CcnRouteTableSelectPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CcnRouteTableSelectPolicy",
            4 + usize::from(self.description.is_some()),
        )?;
        s.field("InstanceType", &self.instance_type)?;
        s.field("InstanceId", &self.instance_id)?;
        s.field("SourceCidrBlock", &self.source_cidr_block)?;
        s.field("RouteTableId", &self.route_table_id)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CcnRouteTableSelectPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CcnRouteTableSelectPolicy {
    const NAME: &'static str = "CcnRouteTableSelectPolicy";
    const FIELDS: &'static [&'static str] = &[
        "InstanceType",
        "InstanceId",
        "SourceCidrBlock",
        "RouteTableId",
        "Description",
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
                    instance_type: f0,
                    instance_id: f1,
                    source_cidr_block: f2,
                    route_table_id: f3,
                    description: r.or_default(f4),
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

/// Publishes the routing policy of the VPC subnet to CCN
///
/// 用于发布云联网的cidr信息
#[derive(Debug, Clone, PartialEq)]
pub struct CidrForCcn {
    /// Local CIDR block, including subnet CIDR block and secondary CIDR block
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// local cidr值。
    pub cidr: Option<String>,
    /// Whether the routing policy of the VPC subnet is published to CCN.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否发布到了云联网。
    pub published_to_vbc: Option<bool>,
}

impl serde::Serialize for CidrForCcn {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CidrForCcn",
            usize::from(self.cidr.is_some())
                + usize::from(self.published_to_vbc.is_some()),
        )?;
        s.optional("Cidr", &self.cidr)?;
        s.optional("PublishedToVbc", &self.published_to_vbc)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CidrForCcn {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CidrForCcn {
    const NAME: &'static str = "CidrForCcn";
    const FIELDS: &'static [&'static str] = &["Cidr", "PublishedToVbc"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            cidr: r.or_default(f0),
            published_to_vbc: r.or_default(f1),
        })
    }
}

/// Classiclink instance
///
/// 私有网络和基础网络互通设备
#[derive(Debug, Clone, PartialEq)]
pub struct ClassicLinkInstance {
    /// VPC instance ID
    ///
    /// VPC实例ID
    pub vpc_id: Option<String>,
    /// The unique ID of the CVM instance
    ///
    /// 云服务器实例唯一ID
    pub instance_id: Option<String>,
}

impl serde::Serialize for ClassicLinkInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ClassicLinkInstance",
            usize::from(self.vpc_id.is_some()) + usize::from(self.instance_id.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ClassicLinkInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ClassicLinkInstance {
    const NAME: &'static str = "ClassicLinkInstance";
    const FIELDS: &'static [&'static str] = &["VpcId", "InstanceId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            instance_id: r.or_default(f1),
        })
    }
}

/// Conflict resource items.
///
/// 冲突资源条目信息。
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictItem {
    /// Conflict resource ID
    ///
    /// 冲突资源的ID。已废弃
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub confilct_id: Option<String>,
    /// Conflict destination resource
    ///
    /// 冲突目的资源
    pub destination_item: Option<String>,
    /// 冲突资源的ID
    pub conflict_id: Option<String>,
}

impl serde::Serialize for ConflictItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConflictItem",
            usize::from(self.confilct_id.is_some())
                + usize::from(self.destination_item.is_some())
                + usize::from(self.conflict_id.is_some()),
        )?;
        s.optional("ConfilctId", &self.confilct_id)?;
        s.optional("DestinationItem", &self.destination_item)?;
        s.optional("ConflictId", &self.conflict_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConflictItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ConflictItem {
    const NAME: &'static str = "ConflictItem";
    const FIELDS: &'static [&'static str] = &[
        "ConfilctId",
        "DestinationItem",
        "ConflictId",
    ];
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
            confilct_id: r.or_default(f0),
            destination_item: r.or_default(f1),
            conflict_id: r.or_default(f2),
        })
    }
}

/// Conflict resource.
///
/// 冲突资源信息。
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictSource {
    /// Conflict resource ID
    ///
    /// 冲突资源ID
    pub conflict_source_id: Option<String>,
    /// Conflict resource
    ///
    /// 冲突资源
    pub source_item: Option<String>,
    /// Conflict resource items
    ///
    /// 冲突资源条目信息
    pub conflict_item_set: Option<Vec<ConflictItem>>,
}

impl serde::Serialize for ConflictSource {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConflictSource",
            usize::from(self.conflict_source_id.is_some())
                + usize::from(self.source_item.is_some())
                + usize::from(self.conflict_item_set.is_some()),
        )?;
        s.optional("ConflictSourceId", &self.conflict_source_id)?;
        s.optional("SourceItem", &self.source_item)?;
        s.optional("ConflictItemSet", &self.conflict_item_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConflictSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ConflictSource {
    const NAME: &'static str = "ConflictSource";
    const FIELDS: &'static [&'static str] = &[
        "ConflictSourceId",
        "SourceItem",
        "ConflictItemSet",
    ];
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
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            conflict_source_id: r.or_default(f0),
            source_item: r.or_default(f1),
            conflict_item_set: r.or_default(f2),
        })
    }
}

/// NAT网关超时时间
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionStateTimeouts {
    /// UDP映射空闲时间，指多少秒以后UDP流停止向端点发送。取值范围为：3-7200秒，默认为10秒。
    pub udp_mapping_timeout: Option<u64>,
    /// TCP已建立的连接空闲超时，指多少秒以后连接变为空闲状态。取值范围为：40-10800秒，默认为10800秒。
    pub tcp_established_connection_timeout: Option<u64>,
    /// TCP TIME_WAIT超时，指完全关闭的TCP连接在到期后保留在NAT映射中的秒数。取值范围为：10-600秒，默认为120秒。
    pub tcp_time_wait_timeout: Option<u64>,
}

impl serde::Serialize for ConnectionStateTimeouts {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ConnectionStateTimeouts",
            usize::from(self.udp_mapping_timeout.is_some())
                + usize::from(self.tcp_established_connection_timeout.is_some())
                + usize::from(self.tcp_time_wait_timeout.is_some()),
        )?;
        s.optional("UDPMappingTimeout", &self.udp_mapping_timeout)?;
        s.optional(
            "TCPEstablishedConnectionTimeout",
            &self.tcp_established_connection_timeout,
        )?;
        s.optional("TCPTimeWaitTimeout", &self.tcp_time_wait_timeout)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConnectionStateTimeouts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ConnectionStateTimeouts {
    const NAME: &'static str = "ConnectionStateTimeouts";
    const FIELDS: &'static [&'static str] = &[
        "UDPMappingTimeout",
        "TCPEstablishedConnectionTimeout",
        "TCPTimeWaitTimeout",
    ];
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
            udp_mapping_timeout: r.or_default(f0),
            tcp_established_connection_timeout: r.or_default(f1),
            tcp_time_wait_timeout: r.or_default(f2),
        })
    }
}

/// 创建路由添加的指向此通道的路由
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVpnConnRoute {
    /// 目的端IDC网段
    pub destination_cidr_block: String,
    /// 优先级；可选值0，100。
    pub priority: Option<u64>,
    /// 路由备注；可选值
    pub description: Option<String>,
}

impl serde::Serialize for CreateVpnConnRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CreateVpnConnRoute",
            1 + usize::from(self.priority.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.field("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("Priority", &self.priority)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateVpnConnRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CreateVpnConnRoute {
    const NAME: &'static str = "CreateVpnConnRoute";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "Priority",
        "Description",
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
                    destination_cidr_block: f0,
                    priority: r.or_default(f1),
                    description: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Compliance review request
///
/// 合规化审批单
#[derive(Debug, Clone, PartialEq)]
pub struct CrossBorderCompliance {
    /// Service provider. Valid values: `UNICOM`.
    ///
    /// 服务商，可选值：`UNICOM`。
    pub service_provider: Option<String>,
    /// ID of compliance review request.
    ///
    /// 合规化审批单`ID`。
    pub compliance_id: Option<u64>,
    /// Full company name.
    ///
    /// 公司全称。
    pub company: Option<String>,
    /// Unified Social Credit Code.
    ///
    /// 统一社会信用代码。
    pub uniform_social_credit_code: Option<String>,
    /// Legal person.
    ///
    /// 法定代表人。
    pub legal_person: Option<String>,
    /// Issuing authority.
    ///
    /// 发证机关。
    pub issuing_authority: Option<String>,
    /// Business license.
    ///
    /// 营业执照。
    pub business_license: Option<String>,
    /// Business address.
    ///
    /// 营业执照住所。
    pub business_address: Option<String>,
    /// Zip code.
    ///
    /// 邮编。
    pub post_code: Option<u64>,
    /// Operator.
    ///
    /// 经办人。
    pub manager: Option<String>,
    /// Operator ID card number.
    ///
    /// 经办人身份证号。
    pub manager_id: Option<String>,
    /// Operator ID card.
    ///
    /// 经办人身份证。
    pub manager_id_card: Option<String>,
    /// Operator address.
    ///
    /// 经办人身份证地址。
    pub manager_address: Option<String>,
    /// Operator phone number.
    ///
    /// 经办人联系电话。
    pub manager_telephone: Option<String>,
    /// Email.
    ///
    /// 电子邮箱。
    pub email: Option<String>,
    /// Service handling form.
    ///
    /// 服务受理单。
    pub service_handling_form: Option<String>,
    /// Authorization letter.
    ///
    /// 授权函。
    pub authorization_letter: Option<String>,
    /// Information security commitment.
    ///
    /// 信息安全承诺书。
    pub safety_commitment: Option<String>,
    /// Service start date.
    ///
    /// 服务开始时间。
    pub service_start_date: Option<String>,
    /// Service end date.
    ///
    /// 服务截止时间。
    pub service_end_date: Option<String>,
    /// Status. Valid values: `PENDING`, `APPROVED`, and `DENY`.
    ///
    /// 状态。待审批：`PENDING`，已通过：`APPROVED`，已拒绝：`DENY`。
    pub state: Option<String>,
    /// Creation time of the review form.
    ///
    /// 审批单创建时间。
    pub created_time: Option<String>,
    /// 法定代表人身份证号。
    pub legal_person_id: Option<String>,
    /// 法定代表人身份证。
    pub legal_person_id_card: Option<String>,
}

impl serde::Serialize for CrossBorderCompliance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CrossBorderCompliance",
            usize::from(self.service_provider.is_some())
                + usize::from(self.compliance_id.is_some())
                + usize::from(self.company.is_some())
                + usize::from(self.uniform_social_credit_code.is_some())
                + usize::from(self.legal_person.is_some())
                + usize::from(self.issuing_authority.is_some())
                + usize::from(self.business_license.is_some())
                + usize::from(self.business_address.is_some())
                + usize::from(self.post_code.is_some())
                + usize::from(self.manager.is_some())
                + usize::from(self.manager_id.is_some())
                + usize::from(self.manager_id_card.is_some())
                + usize::from(self.manager_address.is_some())
                + usize::from(self.manager_telephone.is_some())
                + usize::from(self.email.is_some())
                + usize::from(self.service_handling_form.is_some())
                + usize::from(self.authorization_letter.is_some())
                + usize::from(self.safety_commitment.is_some())
                + usize::from(self.service_start_date.is_some())
                + usize::from(self.service_end_date.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.legal_person_id.is_some())
                + usize::from(self.legal_person_id_card.is_some()),
        )?;
        s.optional("ServiceProvider", &self.service_provider)?;
        s.optional("ComplianceId", &self.compliance_id)?;
        s.optional("Company", &self.company)?;
        s.optional("UniformSocialCreditCode", &self.uniform_social_credit_code)?;
        s.optional("LegalPerson", &self.legal_person)?;
        s.optional("IssuingAuthority", &self.issuing_authority)?;
        s.optional("BusinessLicense", &self.business_license)?;
        s.optional("BusinessAddress", &self.business_address)?;
        s.optional("PostCode", &self.post_code)?;
        s.optional("Manager", &self.manager)?;
        s.optional("ManagerId", &self.manager_id)?;
        s.optional("ManagerIdCard", &self.manager_id_card)?;
        s.optional("ManagerAddress", &self.manager_address)?;
        s.optional("ManagerTelephone", &self.manager_telephone)?;
        s.optional("Email", &self.email)?;
        s.optional("ServiceHandlingForm", &self.service_handling_form)?;
        s.optional("AuthorizationLetter", &self.authorization_letter)?;
        s.optional("SafetyCommitment", &self.safety_commitment)?;
        s.optional("ServiceStartDate", &self.service_start_date)?;
        s.optional("ServiceEndDate", &self.service_end_date)?;
        s.optional("State", &self.state)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("LegalPersonId", &self.legal_person_id)?;
        s.optional("LegalPersonIdCard", &self.legal_person_id_card)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CrossBorderCompliance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CrossBorderCompliance {
    const NAME: &'static str = "CrossBorderCompliance";
    const FIELDS: &'static [&'static str] = &[
        "ServiceProvider",
        "ComplianceId",
        "Company",
        "UniformSocialCreditCode",
        "LegalPerson",
        "IssuingAuthority",
        "BusinessLicense",
        "BusinessAddress",
        "PostCode",
        "Manager",
        "ManagerId",
        "ManagerIdCard",
        "ManagerAddress",
        "ManagerTelephone",
        "Email",
        "ServiceHandlingForm",
        "AuthorizationLetter",
        "SafetyCommitment",
        "ServiceStartDate",
        "ServiceEndDate",
        "State",
        "CreatedTime",
        "LegalPersonId",
        "LegalPersonIdCard",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            service_provider: r.or_default(f0),
            compliance_id: r.or_default(f1),
            company: r.or_default(f2),
            uniform_social_credit_code: r.or_default(f3),
            legal_person: r.or_default(f4),
            issuing_authority: r.or_default(f5),
            business_license: r.or_default(f6),
            business_address: r.or_default(f7),
            post_code: r.or_default(f8),
            manager: r.or_default(f9),
            manager_id: r.or_default(f10),
            manager_id_card: r.or_default(f11),
            manager_address: r.or_default(f12),
            manager_telephone: r.or_default(f13),
            email: r.or_default(f14),
            service_handling_form: r.or_default(f15),
            authorization_letter: r.or_default(f16),
            safety_commitment: r.or_default(f17),
            service_start_date: r.or_default(f18),
            service_end_date: r.or_default(f19),
            state: r.or_default(f20),
            created_time: r.or_default(f21),
            legal_person_id: r.or_default(f22),
            legal_person_id_card: r.or_default(f23),
        })
    }
}

/// 跨境带宽监控数据
#[derive(Debug, Clone, PartialEq)]
pub struct CrossBorderFlowMonitorData {
    /// 入带宽，单位：`bps`。
    pub in_bandwidth: Option<Vec<i64>>,
    /// 出带宽，单位：`bps`。
    pub out_bandwidth: Option<Vec<i64>>,
    /// 入包，单位：`pps`。
    pub in_pkg: Option<Vec<i64>>,
    /// 出包，单位：`pps`。
    pub out_pkg: Option<Vec<i64>>,
}

impl serde::Serialize for CrossBorderFlowMonitorData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CrossBorderFlowMonitorData",
            usize::from(self.in_bandwidth.is_some())
                + usize::from(self.out_bandwidth.is_some())
                + usize::from(self.in_pkg.is_some())
                + usize::from(self.out_pkg.is_some()),
        )?;
        s.optional("InBandwidth", &self.in_bandwidth)?;
        s.optional("OutBandwidth", &self.out_bandwidth)?;
        s.optional("InPkg", &self.in_pkg)?;
        s.optional("OutPkg", &self.out_pkg)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CrossBorderFlowMonitorData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CrossBorderFlowMonitorData {
    const NAME: &'static str = "CrossBorderFlowMonitorData";
    const FIELDS: &'static [&'static str] = &[
        "InBandwidth",
        "OutBandwidth",
        "InPkg",
        "OutPkg",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            in_bandwidth: r.or_default(f0),
            out_bandwidth: r.or_default(f1),
            in_pkg: r.or_default(f2),
            out_pkg: r.or_default(f3),
        })
    }
}

/// Customer Gateway
///
/// 对端网关
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerGateway {
    /// The unique ID of the customer gateway
    ///
    /// 用户网关唯一ID
    pub customer_gateway_id: Option<String>,
    /// Gateway Name
    ///
    /// 网关名称
    pub customer_gateway_name: Option<String>,
    /// Public network address
    ///
    /// 公网地址
    pub ip_address: Option<String>,
    /// The creation time.
    ///
    /// 创建时间
    pub created_time: Option<String>,
    /// BGP ASN。
    pub bgp_asn: Option<u64>,
}

impl serde::Serialize for CustomerGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CustomerGateway",
            usize::from(self.customer_gateway_id.is_some())
                + usize::from(self.customer_gateway_name.is_some())
                + usize::from(self.ip_address.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.bgp_asn.is_some()),
        )?;
        s.optional("CustomerGatewayId", &self.customer_gateway_id)?;
        s.optional("CustomerGatewayName", &self.customer_gateway_name)?;
        s.optional("IpAddress", &self.ip_address)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("BgpAsn", &self.bgp_asn)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomerGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CustomerGateway {
    const NAME: &'static str = "CustomerGateway";
    const FIELDS: &'static [&'static str] = &[
        "CustomerGatewayId",
        "CustomerGatewayName",
        "IpAddress",
        "CreatedTime",
        "BgpAsn",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            customer_gateway_id: r.or_default(f0),
            customer_gateway_name: r.or_default(f1),
            ip_address: r.or_default(f2),
            created_time: r.or_default(f3),
            bgp_asn: r.or_default(f4),
        })
    }
}

/// Customer gateway vendor information object.
///
/// 对端网关厂商信息对象。
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerGatewayVendor {
    /// Platform.
    ///
    /// 平台。
    pub platform: Option<String>,
    /// Software version.
    ///
    /// 软件版本。
    pub software_version: Option<String>,
    /// Vendor name.
    ///
    /// 供应商名称。
    pub vendor_name: Option<String>,
}

impl serde::Serialize for CustomerGatewayVendor {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CustomerGatewayVendor",
            usize::from(self.platform.is_some())
                + usize::from(self.software_version.is_some())
                + usize::from(self.vendor_name.is_some()),
        )?;
        s.optional("Platform", &self.platform)?;
        s.optional("SoftwareVersion", &self.software_version)?;
        s.optional("VendorName", &self.vendor_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomerGatewayVendor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CustomerGatewayVendor {
    const NAME: &'static str = "CustomerGatewayVendor";
    const FIELDS: &'static [&'static str] = &[
        "Platform",
        "SoftwareVersion",
        "VendorName",
    ];
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
            platform: r.or_default(f0),
            software_version: r.or_default(f1),
            vendor_name: r.or_default(f2),
        })
    }
}

/// A CVM instance.
///
/// 云主机实例信息。
#[derive(Debug, Clone, PartialEq)]
pub struct CvmInstance {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// Subnet instance ID.
    ///
    /// 子网实例ID。
    pub subnet_id: Option<String>,
    /// CVM instance ID.
    ///
    /// 云主机实例ID
    pub instance_id: Option<String>,
    /// CVM Name
    ///
    /// 云主机名称。
    pub instance_name: Option<String>,
    /// CVM status.
    ///
    /// 云主机状态。
    pub instance_state: Option<String>,
    /// Number of CPU cores in an instance (in core).
    ///
    /// 实例的CPU核数，单位：核。
    pub cpu: Option<u64>,
    /// Instance’s memory capacity. Unit: GB.
    ///
    /// 实例内存容量，单位：GB。
    pub memory: Option<u64>,
    /// The creation time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Instance type.
    ///
    /// 实例机型。
    pub instance_type: Option<String>,
    /// Instance ENI quota (including primary ENIs).
    ///
    /// 实例弹性网卡配额（包含主网卡）。
    pub eni_limit: Option<u64>,
    /// Private IP quoata for instance ENIs (including primary ENIs).
    ///
    /// 实例弹性网卡内网IP配额（包含主网卡）。
    pub eni_ip_limit: Option<u64>,
    /// The number of ENIs (including primary ENIs) bound to a instance.
    ///
    /// 实例已绑定弹性网卡的个数（包含主网卡）。
    pub instance_eni_count: Option<u64>,
}

impl serde::Serialize for CvmInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CvmInstance",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_state.is_some())
                + usize::from(self.cpu.is_some()) + usize::from(self.memory.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.eni_limit.is_some())
                + usize::from(self.eni_ip_limit.is_some())
                + usize::from(self.instance_eni_count.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceState", &self.instance_state)?;
        s.optional("CPU", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("EniLimit", &self.eni_limit)?;
        s.optional("EniIpLimit", &self.eni_ip_limit)?;
        s.optional("InstanceEniCount", &self.instance_eni_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CvmInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CvmInstance {
    const NAME: &'static str = "CvmInstance";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "InstanceId",
        "InstanceName",
        "InstanceState",
        "CPU",
        "Memory",
        "CreatedTime",
        "InstanceType",
        "EniLimit",
        "EniIpLimit",
        "InstanceEniCount",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            instance_id: r.or_default(f2),
            instance_name: r.or_default(f3),
            instance_state: r.or_default(f4),
            cpu: r.or_default(f5),
            memory: r.or_default(f6),
            created_time: r.or_default(f7),
            instance_type: r.or_default(f8),
            eni_limit: r.or_default(f9),
            eni_ip_limit: r.or_default(f10),
            instance_eni_count: r.or_default(f11),
        })
    }
}

/// Default VPC and subnet
///
/// 默认VPC和子网
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultVpcSubnet {
    /// Default VPC ID
    ///
    /// 默认VpcId。
    pub vpc_id: Option<String>,
    /// Default subnet ID
    ///
    /// 默认SubnetId。
    pub subnet_id: Option<String>,
    /// Default VPC name
    ///
    /// 默认Vpc名字。
    pub vpc_name: Option<String>,
    /// Default subnet name
    ///
    /// 默认Subnet名字。
    pub subnet_name: Option<String>,
    /// Default subnet IP range
    ///
    /// 默认子网网段。
    pub cidr_block: Option<String>,
}

impl serde::Serialize for DefaultVpcSubnet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DefaultVpcSubnet",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.vpc_name.is_some())
                + usize::from(self.subnet_name.is_some())
                + usize::from(self.cidr_block.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("VpcName", &self.vpc_name)?;
        s.optional("SubnetName", &self.subnet_name)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DefaultVpcSubnet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DefaultVpcSubnet {
    const NAME: &'static str = "DefaultVpcSubnet";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "VpcName",
        "SubnetName",
        "CidrBlock",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            vpc_name: r.or_default(f2),
            subnet_name: r.or_default(f3),
            cidr_block: r.or_default(f4),
        })
    }
}

/// 用户可选的可用区信息
#[derive(Debug, Clone, PartialEq)]
pub struct DesignatedZoneInfoDict {
    /// 可用区Id
    pub designated_zone: Option<String>,
    /// 可用区名称
    pub designated_zone_name: Option<String>,
    /// 可用区类型
    pub designated_zone_type: Option<String>,
}

impl serde::Serialize for DesignatedZoneInfoDict {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DesignatedZoneInfoDict",
            usize::from(self.designated_zone.is_some())
                + usize::from(self.designated_zone_name.is_some())
                + usize::from(self.designated_zone_type.is_some()),
        )?;
        s.optional("DesignatedZone", &self.designated_zone)?;
        s.optional("DesignatedZoneName", &self.designated_zone_name)?;
        s.optional("DesignatedZoneType", &self.designated_zone_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DesignatedZoneInfoDict {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DesignatedZoneInfoDict {
    const NAME: &'static str = "DesignatedZoneInfoDict";
    const FIELDS: &'static [&'static str] = &[
        "DesignatedZone",
        "DesignatedZoneName",
        "DesignatedZoneType",
    ];
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
            designated_zone: r.or_default(f0),
            designated_zone_name: r.or_default(f1),
            designated_zone_type: r.or_default(f2),
        })
    }
}

/// The port forwarding rules of the NAT gateway
///
/// NAT网关的端口转发规则
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationIpPortTranslationNatRule {
    /// Network protocol. Valid values: `TCP`, `UDP`.
    ///
    /// 网络协议，可选值：`TCP`、`UDP`。
    pub ip_protocol: Option<String>,
    /// EIP.
    ///
    /// 弹性IP。
    pub public_ip_address: Option<String>,
    /// Public network port.
    ///
    /// 公网端口。
    pub public_port: Option<u64>,
    /// Private network address.
    ///
    /// 内网地址。
    pub private_ip_address: Option<String>,
    /// Private network port.
    ///
    /// 内网端口。
    pub private_port: Option<u64>,
    /// Description of NAT gateway forwarding rules.
    ///
    /// NAT网关转发规则描述。
    pub description: Option<String>,
}

impl serde::Serialize for DestinationIpPortTranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DestinationIpPortTranslationNatRule",
            usize::from(self.ip_protocol.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.public_port.is_some())
                + usize::from(self.private_ip_address.is_some())
                + usize::from(self.private_port.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.optional("IpProtocol", &self.ip_protocol)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("PublicPort", &self.public_port)?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("PrivatePort", &self.private_port)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestinationIpPortTranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DestinationIpPortTranslationNatRule {
    const NAME: &'static str = "DestinationIpPortTranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "IpProtocol",
        "PublicIpAddress",
        "PublicPort",
        "PrivateIpAddress",
        "PrivatePort",
        "Description",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ip_protocol: r.or_default(f0),
            public_ip_address: r.or_default(f1),
            public_port: r.or_default(f2),
            private_ip_address: r.or_default(f3),
            private_port: r.or_default(f4),
            description: r.or_default(f5),
        })
    }
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq)]
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
    pub description: Option<String>,
}

impl serde::Serialize for DestinationIpPortTranslationNatRuleDiff {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DestinationIpPortTranslationNatRuleDiff",
            10 + usize::from(self.description.is_some()),
        )?;
        s.field("Protocol", &self.protocol)?;
        s.field("OriginalPort", &self.original_port)?;
        s.field("OriginalIp", &self.original_ip)?;
        s.field("TranslationPort", &self.translation_port)?;
        s.field("TranslationIp", &self.translation_ip)?;
        s.field("OldProtocol", &self.old_protocol)?;
        s.field("OldOriginalPort", &self.old_original_port)?;
        s.field("OldOriginalIp", &self.old_original_ip)?;
        s.field("OldTranslationPort", &self.old_translation_port)?;
        s.field("OldTranslationIp", &self.old_translation_ip)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestinationIpPortTranslationNatRuleDiff {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct
for DestinationIpPortTranslationNatRuleDiff {
    const NAME: &'static str = "DestinationIpPortTranslationNatRuleDiff";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "OriginalPort",
        "OriginalIp",
        "TranslationPort",
        "TranslationIp",
        "OldProtocol",
        "OldOriginalPort",
        "OldOriginalIp",
        "OldTranslationPort",
        "OldTranslationIp",
        "Description",
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
                _ => r.skip(),
            }
        }
        r.finish()?;
        match (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
                ::core::option::Option::Some(f4),
                ::core::option::Option::Some(f5),
                ::core::option::Option::Some(f6),
                ::core::option::Option::Some(f7),
                ::core::option::Option::Some(f8),
                ::core::option::Option::Some(f9),
            ) => {
                ::core::result::Result::Ok(Self {
                    protocol: f0,
                    original_port: f1,
                    original_ip: f2,
                    translation_port: f3,
                    translation_ip: f4,
                    old_protocol: f5,
                    old_original_port: f6,
                    old_original_ip: f7,
                    old_translation_port: f8,
                    old_translation_ip: f9,
                    description: r.or_default(f10),
                })
            }
            (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9) => {
                ::core::result::Result::Err(
                    r
                        .missing(
                            &[
                                (0, f0.is_none()),
                                (1, f1.is_none()),
                                (2, f2.is_none()),
                                (3, f3.is_none()),
                                (4, f4.is_none()),
                                (5, f5.is_none()),
                                (6, f6.is_none()),
                                (7, f7.is_none()),
                                (8, f8.is_none()),
                                (9, f9.is_none()),
                            ],
                        ),
                )
            }
        }
    }
}

/// 描述 DhcpIp 信息
#[derive(Debug, Clone, PartialEq)]
pub struct DhcpIp {
    /// `DhcpIp`的`ID`，是`DhcpIp`的唯一标识。
    pub dhcp_ip_id: Option<String>,
    /// `DhcpIp`所在私有网络`ID`。
    pub vpc_id: Option<String>,
    /// `DhcpIp`所在子网`ID`。
    pub subnet_id: Option<String>,
    /// `DhcpIp`的名称。
    pub dhcp_ip_name: Option<String>,
    /// IP地址。
    pub private_ip_address: Option<String>,
    /// 绑定`EIP`。
    pub address_ip: Option<String>,
    /// `DhcpIp`关联弹性网卡`ID`。
    pub network_interface_id: Option<String>,
    /// 被绑定的实例`ID`。
    pub instance_id: Option<String>,
    /// 状态：
    ///
    /// - `AVAILABLE`：运行中
    ///
    /// - `UNBIND`：未绑定
    pub state: Option<String>,
    /// 创建时间。
    pub created_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for DhcpIp {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DhcpIp",
            usize::from(self.dhcp_ip_id.is_some()) + usize::from(self.vpc_id.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.dhcp_ip_name.is_some())
                + usize::from(self.private_ip_address.is_some())
                + usize::from(self.address_ip.is_some())
                + usize::from(self.network_interface_id.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("DhcpIpId", &self.dhcp_ip_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("DhcpIpName", &self.dhcp_ip_name)?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("AddressIp", &self.address_ip)?;
        s.optional("NetworkInterfaceId", &self.network_interface_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("State", &self.state)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DhcpIp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DhcpIp {
    const NAME: &'static str = "DhcpIp";
    const FIELDS: &'static [&'static str] = &[
        "DhcpIpId",
        "VpcId",
        "SubnetId",
        "DhcpIpName",
        "PrivateIpAddress",
        "AddressIp",
        "NetworkInterfaceId",
        "InstanceId",
        "State",
        "CreatedTime",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            dhcp_ip_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            subnet_id: r.or_default(f2),
            dhcp_ip_name: r.or_default(f3),
            private_ip_address: r.or_default(f4),
            address_ip: r.or_default(f5),
            network_interface_id: r.or_default(f6),
            instance_id: r.or_default(f7),
            state: r.or_default(f8),
            created_time: r.or_default(f9),
            tag_set: r.or_default(f10),
        })
    }
}

/// Direct Connect gateway object.
///
/// 专线网关对象。
#[derive(Debug, Clone, PartialEq)]
pub struct DirectConnectGateway {
    /// Direct Connect `ID`.
    ///
    /// 专线网关`ID`。
    pub direct_connect_gateway_id: Option<String>,
    /// Direct Connect gateway name.
    ///
    /// 专线网关名称。
    pub direct_connect_gateway_name: Option<String>,
    /// The `ID` of the `VPC` instance associated with the Direct Connect gateway.
    ///
    /// 专线网关关联`VPC`实例`ID`。
    pub vpc_id: Option<String>,
    /// The associated network type:
    ///
    /// - `VPC` - VPC
    ///
    /// - `CCN` - CCN
    ///
    /// 关联网络类型：
    ///
    /// - `VPC` - 私有网络
    ///
    /// - `CCN` - 云联网
    pub network_type: Option<String>,
    /// The `ID` of the associated network instance:
    ///
    /// - When the NetworkType is `VPC`, this value is the VPC instance `ID`
    ///
    /// - When the NetworkType is `CCN`, this value is the CCN instance `ID`
    ///
    /// 关联网络实例`ID`：
    ///
    /// - `NetworkType`为`VPC`时，这里为私有网络实例`ID`
    ///
    /// - `NetworkType`为`CCN`时，这里为云联网实例`ID`
    pub network_instance_id: Option<String>,
    /// Gateway type:
    ///
    /// - NORMAL - Standard type. Note: CCN only supports the standard type
    ///
    /// - NAT - NAT type
    ///
    /// NAT type supports network address switch configuration. After the type is confirmed, it cannot be modified. A VPC can create one NAT-type Direct Connect gateway and one non-NAT-type Direct Connect gateway
    ///
    /// 网关类型：
    ///
    /// - NORMAL - 标准型，注：云联网只支持标准型
    ///
    /// - NAT - NAT型
    ///
    /// NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关
    pub gateway_type: Option<String>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub create_time: Option<String>,
    /// Direct Connect gateway IP.
    ///
    /// 专线网关IP。
    pub direct_connect_gateway_ip: Option<String>,
    /// The `ID` of the `CCN` instance associated with the Direct Connect gateway.
    ///
    /// 专线网关关联`CCN`实例`ID`。
    pub ccn_id: Option<String>,
    /// The route-learning type of the CCN:
    ///
    /// - `BGP` - Automatic learning.
    ///
    /// - `STATIC` - Static, that is, user-configured.
    ///
    /// 云联网路由学习类型：
    ///
    /// - `BGP` - 自动学习。
    ///
    /// - `STATIC` - 静态，即用户配置。
    pub ccn_route_type: Option<String>,
    /// Whether BGP is enabled.
    ///
    /// 是否启用BGP。
    pub enable_bgp: Option<bool>,
    /// Whether to enable BGP's `community` attribute. Valid values: enable, disable
    ///
    /// 开启和关闭BGP的community属性。
    pub enable_bgp_community: Option<bool>,
    /// ID of the NAT gateway bound.
    ///
    /// Note: this field may return `null`, indicating that no valid value was found.
    ///
    /// 绑定的NAT网关ID。
    pub nat_gateway_id: Option<String>,
    /// Whether the direct connect gateway supports the VXLAN architecture.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 专线网关是否支持VXLAN架构
    pub vxlan_support: Option<Vec<bool>>,
    /// CCN route publishing mode. Valid values: `standard` and `exquisite`.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 云联网路由发布模式：`standard`（标准模式）、`exquisite`（精细模式）。
    pub mode_type: Option<String>,
    /// Whether the direct connect gateway is for an edge zone.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否为localZone专线网关。
    pub local_zone: Option<bool>,
    /// Availability zone where the direct connect gateway resides.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 专线网关所在可用区
    pub zone: Option<String>,
    /// The status of gateway traffic monitoring
    ///
    /// 0: disable
    ///
    /// 1: enable
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 网关流控明细启用状态：
    ///
    /// 0：关闭
    ///
    /// 1：开启
    pub enable_flow_details: Option<u64>,
    /// The last time when the gateway traffic monitoring is enabled/disabled
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 开启、关闭网关流控明细时间
    pub flow_details_update_time: Option<String>,
    /// Whether gateway traffic monitoring is supported
    ///
    /// 0: No
    ///
    /// 1: Yes
    ///
    /// Note: this field may return `null`, indicating that no valid values can be found.
    ///
    /// 是否支持开启网关流控明细
    ///
    /// 0：不支持
    ///
    /// 1：支持
    pub new_afc: Option<u64>,
    /// Direct connect gateway access network types:
    ///
    /// - `VXLAN` - VXLAN type.
    ///
    /// - `MPLS` - MPLS type.
    ///
    /// - `Hybrid` - Hybrid type.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be found.
    ///
    /// 专线网关接入网络类型：
    ///
    /// - `VXLAN` - VXLAN类型。
    ///
    /// - `MPLS` - MPLS类型。
    ///
    /// - `Hybrid` - Hybrid类型。
    pub access_network_type: Option<String>,
    /// AZ list of direct connect gateway with cross-AZ placement groups
    ///
    /// Note: this field may return `null`, indicating that no valid values can be found.
    ///
    /// 跨可用区容灾专线网关的可用区列表
    pub ha_zone_list: Option<Vec<String>>,
    /// 专线网关自定义ASN
    pub gateway_asn: Option<u64>,
}

impl serde::Serialize for DirectConnectGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DirectConnectGateway",
            usize::from(self.direct_connect_gateway_id.is_some())
                + usize::from(self.direct_connect_gateway_name.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.network_type.is_some())
                + usize::from(self.network_instance_id.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.direct_connect_gateway_ip.is_some())
                + usize::from(self.ccn_id.is_some())
                + usize::from(self.ccn_route_type.is_some())
                + usize::from(self.enable_bgp.is_some())
                + usize::from(self.enable_bgp_community.is_some())
                + usize::from(self.nat_gateway_id.is_some())
                + usize::from(self.vxlan_support.is_some())
                + usize::from(self.mode_type.is_some())
                + usize::from(self.local_zone.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.enable_flow_details.is_some())
                + usize::from(self.flow_details_update_time.is_some())
                + usize::from(self.new_afc.is_some())
                + usize::from(self.access_network_type.is_some())
                + usize::from(self.ha_zone_list.is_some())
                + usize::from(self.gateway_asn.is_some()),
        )?;
        s.optional("DirectConnectGatewayId", &self.direct_connect_gateway_id)?;
        s.optional("DirectConnectGatewayName", &self.direct_connect_gateway_name)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("NetworkType", &self.network_type)?;
        s.optional("NetworkInstanceId", &self.network_instance_id)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("DirectConnectGatewayIp", &self.direct_connect_gateway_ip)?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("CcnRouteType", &self.ccn_route_type)?;
        s.optional("EnableBGP", &self.enable_bgp)?;
        s.optional("EnableBGPCommunity", &self.enable_bgp_community)?;
        s.optional("NatGatewayId", &self.nat_gateway_id)?;
        s.optional("VXLANSupport", &self.vxlan_support)?;
        s.optional("ModeType", &self.mode_type)?;
        s.optional("LocalZone", &self.local_zone)?;
        s.optional("Zone", &self.zone)?;
        s.optional("EnableFlowDetails", &self.enable_flow_details)?;
        s.optional("FlowDetailsUpdateTime", &self.flow_details_update_time)?;
        s.optional("NewAfc", &self.new_afc)?;
        s.optional("AccessNetworkType", &self.access_network_type)?;
        s.optional("HaZoneList", &self.ha_zone_list)?;
        s.optional("GatewayAsn", &self.gateway_asn)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectConnectGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DirectConnectGateway {
    const NAME: &'static str = "DirectConnectGateway";
    const FIELDS: &'static [&'static str] = &[
        "DirectConnectGatewayId",
        "DirectConnectGatewayName",
        "VpcId",
        "NetworkType",
        "NetworkInstanceId",
        "GatewayType",
        "CreateTime",
        "DirectConnectGatewayIp",
        "CcnId",
        "CcnRouteType",
        "EnableBGP",
        "EnableBGPCommunity",
        "NatGatewayId",
        "VXLANSupport",
        "ModeType",
        "LocalZone",
        "Zone",
        "EnableFlowDetails",
        "FlowDetailsUpdateTime",
        "NewAfc",
        "AccessNetworkType",
        "HaZoneList",
        "GatewayAsn",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            direct_connect_gateway_id: r.or_default(f0),
            direct_connect_gateway_name: r.or_default(f1),
            vpc_id: r.or_default(f2),
            network_type: r.or_default(f3),
            network_instance_id: r.or_default(f4),
            gateway_type: r.or_default(f5),
            create_time: r.or_default(f6),
            direct_connect_gateway_ip: r.or_default(f7),
            ccn_id: r.or_default(f8),
            ccn_route_type: r.or_default(f9),
            enable_bgp: r.or_default(f10),
            enable_bgp_community: r.or_default(f11),
            nat_gateway_id: r.or_default(f12),
            vxlan_support: r.or_default(f13),
            mode_type: r.or_default(f14),
            local_zone: r.or_default(f15),
            zone: r.or_default(f16),
            enable_flow_details: r.or_default(f17),
            flow_details_update_time: r.or_default(f18),
            new_afc: r.or_default(f19),
            access_network_type: r.or_default(f20),
            ha_zone_list: r.or_default(f21),
            gateway_asn: r.or_default(f22),
        })
    }
}

/// The object of the CCN route (IDC IP range) of the Direct Connect gateway
///
/// 专线网关云联网路由（IDC网段）对象
#[derive(Debug, Clone, PartialEq)]
pub struct DirectConnectGatewayCcnRoute {
    /// Route ID.
    ///
    /// 路由ID。
    pub route_id: Option<String>,
    /// IDC IP range.
    ///
    /// IDC网段。
    pub destination_cidr_block: Option<String>,
    /// The `AS-Path` attribute of `BGP`.
    ///
    /// `BGP`的`AS-Path`属性。
    pub as_path: Option<Vec<String>>,
    /// Remarks
    ///
    /// 备注
    pub description: Option<String>,
    /// Last updated time
    ///
    /// 最后更新时间
    pub update_time: Option<String>,
}

impl serde::Serialize for DirectConnectGatewayCcnRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DirectConnectGatewayCcnRoute",
            usize::from(self.route_id.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.as_path.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("RouteId", &self.route_id)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("ASPath", &self.as_path)?;
        s.optional("Description", &self.description)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectConnectGatewayCcnRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DirectConnectGatewayCcnRoute {
    const NAME: &'static str = "DirectConnectGatewayCcnRoute";
    const FIELDS: &'static [&'static str] = &[
        "RouteId",
        "DestinationCidrBlock",
        "ASPath",
        "Description",
        "UpdateTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_id: r.or_default(f0),
            destination_cidr_block: r.or_default(f1),
            as_path: r.or_default(f2),
            description: r.or_default(f3),
            update_time: r.or_default(f4),
        })
    }
}

/// IDC subnet information
///
/// IDC子网信息
#[derive(Debug, Clone, PartialEq)]
pub struct DirectConnectSubnet {
    /// The direct connect gateway ID.
    ///
    /// 专线网关ID
    pub direct_connect_gateway_id: Option<String>,
    /// IDC subnet IP range
    ///
    /// IDC子网网段
    pub cidr_block: Option<String>,
}

impl serde::Serialize for DirectConnectSubnet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DirectConnectSubnet",
            usize::from(self.direct_connect_gateway_id.is_some())
                + usize::from(self.cidr_block.is_some()),
        )?;
        s.optional("DirectConnectGatewayId", &self.direct_connect_gateway_id)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DirectConnectSubnet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DirectConnectSubnet {
    const NAME: &'static str = "DirectConnectSubnet";
    const FIELDS: &'static [&'static str] = &["DirectConnectGatewayId", "CidrBlock"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            direct_connect_gateway_id: r.or_default(f0),
            cidr_block: r.or_default(f1),
        })
    }
}

/// SSL VPN Server DnsServers
#[derive(Debug, Clone, PartialEq)]
pub struct DnsServers {
    /// 主DNS配置
    pub primary_dns: Option<String>,
    /// 备DNS配置
    pub secondary_dns: Option<String>,
}

impl serde::Serialize for DnsServers {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DnsServers",
            usize::from(self.primary_dns.is_some())
                + usize::from(self.secondary_dns.is_some()),
        )?;
        s.optional("PrimaryDns", &self.primary_dns)?;
        s.optional("SecondaryDns", &self.secondary_dns)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DnsServers {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DnsServers {
    const NAME: &'static str = "DnsServers";
    const FIELDS: &'static [&'static str] = &["PrimaryDns", "SecondaryDns"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            primary_dns: r.or_default(f0),
            secondary_dns: r.or_default(f1),
        })
    }
}

/// Endpoint details
///
/// 终端节点详情。
#[derive(Debug, Clone, PartialEq)]
pub struct EndPoint {
    /// Endpoint ID
    ///
    /// 终端节点ID。
    pub end_point_id: Option<String>,
    /// The unique ID of the VPC. obtain through the API [DescribeVpcs](https://www.tencentcloud.com/document/product/215/15778?from_cn_redirect=1).
    ///
    /// VPC唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: Option<String>,
    /// Subnet ID
    ///
    /// 子网ID。
    pub subnet_id: Option<String>,
    /// APP ID
    ///
    /// APPID。
    pub end_point_owner: Option<String>,
    /// Endpoint name
    ///
    /// 终端节点名称。
    pub end_point_name: Option<String>,
    /// Endpoint service VPC ID
    ///
    /// 终端节点服务的VPCID。
    pub service_vpc_id: Option<String>,
    /// Endpoint service VIP
    ///
    /// 终端节点服务的VIP。
    pub service_vip: Option<String>,
    /// Endpoint service ID
    ///
    /// 终端节点服务的ID。
    pub end_point_service_id: Option<String>,
    /// Endpoint VIP
    ///
    /// 终端节点的VIP。
    pub end_point_vip: Option<String>,
    /// Endpoint status. Valid values: `ACTIVE` (available), `PENDING` (to be accepted), `ACCEPTING` (being accepted), `REJECTED` (rejected), and `FAILED` (failed).
    ///
    /// 终端节点状态，ACTIVE：可用，PENDING：待接受，ACCEPTING：接受中，REJECTED：已拒绝，FAILED：失败。
    pub state: Option<String>,
    /// Creation time. format: YYYY-MM-DD HH:MM:SS.
    ///
    /// 创建时间。格式：YYYY-MM-DD HH:MM:SS。
    pub create_time: Option<String>,
    /// ID list of security group instances bound with endpoints
    ///
    /// 终端节点绑定的安全组实例ID列表。
    pub group_set: Option<Vec<String>>,
    /// Endpoint service name.
    ///
    /// 终端节点服务名称。
    pub service_name: Option<String>,
    /// CDC cluster unique ID.
    ///
    /// CDC 集群唯一 ID
    pub cdc_id: Option<String>,
    /// Tag key-value pair.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for EndPoint {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "EndPoint",
            usize::from(self.end_point_id.is_some()) + usize::from(self.vpc_id.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.end_point_owner.is_some())
                + usize::from(self.end_point_name.is_some())
                + usize::from(self.service_vpc_id.is_some())
                + usize::from(self.service_vip.is_some())
                + usize::from(self.end_point_service_id.is_some())
                + usize::from(self.end_point_vip.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.group_set.is_some())
                + usize::from(self.service_name.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("EndPointId", &self.end_point_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("EndPointOwner", &self.end_point_owner)?;
        s.optional("EndPointName", &self.end_point_name)?;
        s.optional("ServiceVpcId", &self.service_vpc_id)?;
        s.optional("ServiceVip", &self.service_vip)?;
        s.optional("EndPointServiceId", &self.end_point_service_id)?;
        s.optional("EndPointVip", &self.end_point_vip)?;
        s.optional("State", &self.state)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("GroupSet", &self.group_set)?;
        s.optional("ServiceName", &self.service_name)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for EndPoint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for EndPoint {
    const NAME: &'static str = "EndPoint";
    const FIELDS: &'static [&'static str] = &[
        "EndPointId",
        "VpcId",
        "SubnetId",
        "EndPointOwner",
        "EndPointName",
        "ServiceVpcId",
        "ServiceVip",
        "EndPointServiceId",
        "EndPointVip",
        "State",
        "CreateTime",
        "GroupSet",
        "ServiceName",
        "CdcId",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            end_point_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            subnet_id: r.or_default(f2),
            end_point_owner: r.or_default(f3),
            end_point_name: r.or_default(f4),
            service_vpc_id: r.or_default(f5),
            service_vip: r.or_default(f6),
            end_point_service_id: r.or_default(f7),
            end_point_vip: r.or_default(f8),
            state: r.or_default(f9),
            create_time: r.or_default(f10),
            group_set: r.or_default(f11),
            service_name: r.or_default(f12),
            cdc_id: r.or_default(f13),
            tag_set: r.or_default(f14),
        })
    }
}

/// Endpoint service
///
/// 终端节点服务对象。
#[derive(Debug, Clone, PartialEq)]
pub struct EndPointService {
    /// Endpoint service ID
    ///
    /// 终端节点服务ID
    pub end_point_service_id: Option<String>,
    /// VPC ID
    ///
    /// VPCID。
    pub vpc_id: Option<String>,
    /// APP ID
    ///
    /// APPID。
    pub service_owner: Option<String>,
    /// Endpoint service name
    ///
    /// 终端节点服务名称。
    pub service_name: Option<String>,
    /// Real server VIP
    ///
    /// 后端服务的VIP。
    pub service_vip: Option<String>,
    /// Real server ID in the format of `lb-xxx`.
    ///
    /// 后端服务的ID，比如lb-lip4e6bp。
    pub service_instance_id: Option<String>,
    /// Whether to automatically accept
    ///
    /// 是否自动接受。
    pub auto_accept_flag: Option<bool>,
    /// Number of associated endpoints
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 关联的终端节点个数。
    pub end_point_count: Option<u64>,
    /// Array of endpoints
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 终端节点对象数组。
    pub end_point_set: Option<Vec<EndPoint>>,
    /// Creation time
    ///
    /// 创建时间。格式为YYYY-MM-DD HH:MM:SS字符串。
    pub create_time: Option<String>,
    /// Mounted PaaS service type. Values: `CLB`, `CDB`, `CRS`
    ///
    /// 挂载的PAAS服务类型，CLB（负载均衡），CDB（云数据库 MySQL），CRS（云数据库 Redis），GWLB（网关负载均衡）。
    pub service_type: Option<String>,
    /// CDC 集群唯一 ID
    pub cdc_id: Option<String>,
    /// 终端节点服务Uin。
    pub service_uin: Option<String>,
    /// 服务IP类型
    pub business_ip_type: Option<i64>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for EndPointService {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "EndPointService",
            usize::from(self.end_point_service_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.service_owner.is_some())
                + usize::from(self.service_name.is_some())
                + usize::from(self.service_vip.is_some())
                + usize::from(self.service_instance_id.is_some())
                + usize::from(self.auto_accept_flag.is_some())
                + usize::from(self.end_point_count.is_some())
                + usize::from(self.end_point_set.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.service_type.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.service_uin.is_some())
                + usize::from(self.business_ip_type.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("EndPointServiceId", &self.end_point_service_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("ServiceOwner", &self.service_owner)?;
        s.optional("ServiceName", &self.service_name)?;
        s.optional("ServiceVip", &self.service_vip)?;
        s.optional("ServiceInstanceId", &self.service_instance_id)?;
        s.optional("AutoAcceptFlag", &self.auto_accept_flag)?;
        s.optional("EndPointCount", &self.end_point_count)?;
        s.optional("EndPointSet", &self.end_point_set)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("ServiceType", &self.service_type)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("ServiceUin", &self.service_uin)?;
        s.optional("BusinessIpType", &self.business_ip_type)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for EndPointService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for EndPointService {
    const NAME: &'static str = "EndPointService";
    const FIELDS: &'static [&'static str] = &[
        "EndPointServiceId",
        "VpcId",
        "ServiceOwner",
        "ServiceName",
        "ServiceVip",
        "ServiceInstanceId",
        "AutoAcceptFlag",
        "EndPointCount",
        "EndPointSet",
        "CreateTime",
        "ServiceType",
        "CdcId",
        "ServiceUin",
        "BusinessIpType",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            end_point_service_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            service_owner: r.or_default(f2),
            service_name: r.or_default(f3),
            service_vip: r.or_default(f4),
            service_instance_id: r.or_default(f5),
            auto_accept_flag: r.or_default(f6),
            end_point_count: r.or_default(f7),
            end_point_set: r.or_default(f8),
            create_time: r.or_default(f9),
            service_type: r.or_default(f10),
            cdc_id: r.or_default(f11),
            service_uin: r.or_default(f12),
            business_ip_type: r.or_default(f13),
            tag_set: r.or_default(f14),
        })
    }
}

/// Filter
///
/// 过滤器
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// The attribute name. If more than one Filter exists, the logical relation between these Filters is `AND`.
    ///
    /// 属性名称, 若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。
    pub name: String,
    /// Attribute value. If multiple values exist in one filter, the logical relationship between these values is `OR`. For a `bool` parameter, the valid values include `TRUE` and `FALSE`.
    ///
    /// 属性值, 若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。当值类型为布尔类型时，可直接取值为字符串"TRUE"或 "FALSE"。
    pub values: Vec<String>,
}

impl serde::Serialize for Filter {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(serializer, "Filter", 2)?;
        s.field("Name", &self.name)?;
        s.field("Values", &self.values)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Filter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Filter {
    const NAME: &'static str = "Filter";
    const FIELDS: &'static [&'static str] = &["Name", "Values"];
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
                ::core::result::Result::Ok(Self { name: f0, values: f1 })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

/// Filter key-value pair
///
/// 过滤器键值对
#[derive(Debug, Clone, PartialEq)]
pub struct FilterObject {
    /// The attribute name. If more than one Filter exists, the logical relation between these Filters is `AND`.
    ///
    /// 属性名称, 若存在多个Filter时，Filter间的关系为逻辑与（AND）关系。
    pub name: String,
    /// The attribute value. If there are multiple Values for one Filter, the logical relation between these Values under the same Filter is `OR`.
    ///
    /// 属性值, 若同一个Filter存在多个Values，同一Filter下Values间的关系为逻辑或（OR）关系。
    pub values: Vec<String>,
}

impl serde::Serialize for FilterObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "FilterObject",
            2,
        )?;
        s.field("Name", &self.name)?;
        s.field("Values", &self.values)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for FilterObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for FilterObject {
    const NAME: &'static str = "FilterObject";
    const FIELDS: &'static [&'static str] = &["Name", "Values"];
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
                ::core::result::Result::Ok(Self { name: f0, values: f1 })
            }
            (f0, f1) => {
                ::core::result::Result::Err(
                    r.missing(&[(0, f0.is_none()), (1, f1.is_none())]),
                )
            }
        }
    }
}

/// Flow Log
///
/// 流日志
#[derive(Debug, Clone, PartialEq)]
pub struct FlowLog {
    /// ID of the VPC instance.
    ///
    /// 私有网络唯一ID。可通过[DescribeVpcs](https://cloud.tencent.com/document/product/215/15778)接口获取。
    pub vpc_id: Option<String>,
    /// The unique ID of the flow log.
    ///
    /// 流日志唯一ID。
    pub flow_log_id: Option<String>,
    /// The name of the flow log instance.
    ///
    /// 流日志实例名字。
    pub flow_log_name: Option<String>,
    /// The type of resource associated with the flow log. Valid values: `VPC`, `SUBNET`, `NETWORKINTERFACE`, `CCN`, `NAT`, and `DCG`.
    ///
    /// 流日志所属资源类型：VPC(私有网络)，SUBNET（子网），NETWORKINTERFACE（网卡），CCN（云联网），NAT（网络地址转换），DCG（专线网关）。
    pub resource_type: Option<String>,
    /// The unique ID of the resource
    ///
    /// 资源唯一ID。
    pub resource_id: Option<String>,
    /// Type of flow logs to be collected. Valid values: `ACCEPT`, `REJECT` and `ALL`.
    ///
    /// 流日志采集类型，ACCEPT（允许），REJECT（拒绝），ALL（全部）。
    pub traffic_type: Option<String>,
    /// The storage ID of the flow log
    ///
    /// 流日志存储ID。
    pub cloud_log_id: Option<String>,
    /// Flow log storage ID status.
    ///
    /// 流日志存储ID状态。SUCCESS（成功），DELETED（删除）。
    pub cloud_log_state: Option<String>,
    /// The flow log description.
    ///
    /// 流日志描述信息。
    pub flow_log_description: Option<String>,
    /// The creation time of the flow log.
    ///
    /// 流日志创建时间。
    pub created_time: Option<String>,
    /// Tag list, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// 标签列表，例如：\[{"Key": "city", "Value": "shanghai"}\]。
    pub tag_set: Option<Vec<Tag>>,
    /// Whether to enable. `true`: yes; `false`: no.
    ///
    /// 是否启用，true-启用，false-停用。
    pub enable: Option<bool>,
    /// Consumer end types: cls and ckafka
    ///
    /// Note: this field may return `null`, indicating that no valid value can be found.
    ///
    /// 消费端类型：cls、ckafka。
    pub storage_type: Option<String>,
    /// Information of the consumer, which is returned when the consumer type is `ckafka`.
    ///
    /// Note: this field may return `null`, indicating that no valid value can be found.
    ///
    /// 消费端信息，当消费端类型为ckafka时返回。
    pub flow_log_storage: Option<FlowLogStorage>,
    /// The region corresponding to the flow log storage ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 流日志存储ID对应的地域信息。
    pub cloud_log_region: Option<String>,
    /// 流日志采集周期，只支持CCN类型流日志。取值范围（单位s）：60， 300， 600。
    pub period: Option<u64>,
}

impl serde::Serialize for FlowLog {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "FlowLog",
            usize::from(self.vpc_id.is_some()) + usize::from(self.flow_log_id.is_some())
                + usize::from(self.flow_log_name.is_some())
                + usize::from(self.resource_type.is_some())
                + usize::from(self.resource_id.is_some())
                + usize::from(self.traffic_type.is_some())
                + usize::from(self.cloud_log_id.is_some())
                + usize::from(self.cloud_log_state.is_some())
                + usize::from(self.flow_log_description.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.enable.is_some())
                + usize::from(self.storage_type.is_some())
                + usize::from(self.flow_log_storage.is_some())
                + usize::from(self.cloud_log_region.is_some())
                + usize::from(self.period.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("FlowLogId", &self.flow_log_id)?;
        s.optional("FlowLogName", &self.flow_log_name)?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("TrafficType", &self.traffic_type)?;
        s.optional("CloudLogId", &self.cloud_log_id)?;
        s.optional("CloudLogState", &self.cloud_log_state)?;
        s.optional("FlowLogDescription", &self.flow_log_description)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("Enable", &self.enable)?;
        s.optional("StorageType", &self.storage_type)?;
        s.optional("FlowLogStorage", &self.flow_log_storage)?;
        s.optional("CloudLogRegion", &self.cloud_log_region)?;
        s.optional("Period", &self.period)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for FlowLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for FlowLog {
    const NAME: &'static str = "FlowLog";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "FlowLogId",
        "FlowLogName",
        "ResourceType",
        "ResourceId",
        "TrafficType",
        "CloudLogId",
        "CloudLogState",
        "FlowLogDescription",
        "CreatedTime",
        "TagSet",
        "Enable",
        "StorageType",
        "FlowLogStorage",
        "CloudLogRegion",
        "Period",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            flow_log_id: r.or_default(f1),
            flow_log_name: r.or_default(f2),
            resource_type: r.or_default(f3),
            resource_id: r.or_default(f4),
            traffic_type: r.or_default(f5),
            cloud_log_id: r.or_default(f6),
            cloud_log_state: r.or_default(f7),
            flow_log_description: r.or_default(f8),
            created_time: r.or_default(f9),
            tag_set: r.or_default(f10),
            enable: r.or_default(f11),
            storage_type: r.or_default(f12),
            flow_log_storage: r.or_default(f13),
            cloud_log_region: r.or_default(f14),
            period: r.or_default(f15),
        })
    }
}

/// Flow log storage information
///
/// 流日志存储信息
#[derive(Debug, Clone, PartialEq)]
pub struct FlowLogStorage {
    /// Storage instance ID, which is required when `StorageType` is `ckafka`.
    ///
    /// 存储实例Id，当流日志存储类型为ckafka时，必填。
    pub storage_id: Option<String>,
    /// Topic ID, which is required when `StorageType` is `ckafka`.
    ///
    /// Note: this field may return `null`, indicating that no valid value can be found.
    ///
    /// 主题Id，当流日志存储类型为ckafka时，必填。
    pub storage_topic: Option<String>,
}

impl serde::Serialize for FlowLogStorage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "FlowLogStorage",
            usize::from(self.storage_id.is_some())
                + usize::from(self.storage_topic.is_some()),
        )?;
        s.optional("StorageId", &self.storage_id)?;
        s.optional("StorageTopic", &self.storage_topic)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for FlowLogStorage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for FlowLogStorage {
    const NAME: &'static str = "FlowLogStorage";
    const FIELDS: &'static [&'static str] = &["StorageId", "StorageTopic"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            storage_id: r.or_default(f0),
            storage_topic: r.or_default(f1),
        })
    }
}

/// The gateway traffic monitoring details
///
/// 网关流量监控明细
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayFlowMonitorDetail {
    /// Origin `IP`.
    ///
    /// 来源`IP`。
    pub private_ip_address: Option<String>,
    /// Inbound packets.
    ///
    /// 入包量。
    pub in_pkg: Option<u64>,
    /// Outbound packets.
    ///
    /// 出包量。
    pub out_pkg: Option<u64>,
    /// Inbound traffic, in Byte.
    ///
    /// 入流量，单位：`Byte`。
    pub in_traffic: Option<u64>,
    /// Outbound traffic, in Byte.
    ///
    /// 出流量，单位：`Byte`。
    pub out_traffic: Option<u64>,
    /// 并发连接数。仅标准型nat支持此参数。
    pub concurrent_connection_count: Option<u64>,
    /// 新建连接速率。仅标准型nat支持此参数。
    pub new_connection_rate: Option<u64>,
}

impl serde::Serialize for GatewayFlowMonitorDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GatewayFlowMonitorDetail",
            usize::from(self.private_ip_address.is_some())
                + usize::from(self.in_pkg.is_some())
                + usize::from(self.out_pkg.is_some())
                + usize::from(self.in_traffic.is_some())
                + usize::from(self.out_traffic.is_some())
                + usize::from(self.concurrent_connection_count.is_some())
                + usize::from(self.new_connection_rate.is_some()),
        )?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("InPkg", &self.in_pkg)?;
        s.optional("OutPkg", &self.out_pkg)?;
        s.optional("InTraffic", &self.in_traffic)?;
        s.optional("OutTraffic", &self.out_traffic)?;
        s.optional("ConcurrentConnectionCount", &self.concurrent_connection_count)?;
        s.optional("NewConnectionRate", &self.new_connection_rate)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for GatewayFlowMonitorDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for GatewayFlowMonitorDetail {
    const NAME: &'static str = "GatewayFlowMonitorDetail";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIpAddress",
        "InPkg",
        "OutPkg",
        "InTraffic",
        "OutTraffic",
        "ConcurrentConnectionCount",
        "NewConnectionRate",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            private_ip_address: r.or_default(f0),
            in_pkg: r.or_default(f1),
            out_pkg: r.or_default(f2),
            in_traffic: r.or_default(f3),
            out_traffic: r.or_default(f4),
            concurrent_connection_count: r.or_default(f5),
            new_connection_rate: r.or_default(f6),
        })
    }
}

/// Information of the gateway bandwidth limit
///
/// 网关流控带宽信息
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayQos {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// CVM Private IP.
    ///
    /// 云服务器内网IP。
    pub ip_address: Option<String>,
    /// Bandwidth limit value.
    ///
    /// 网关流控出方向带宽值，当值为-1时，代表未限速；当值大于等于0时，限速带宽上限为返回值。
    pub bandwidth: Option<i64>,
    /// Creation time.
    ///
    /// 创建时间。
    pub create_time: Option<String>,
    /// 网关流控入方向带宽值，当值为-1时，代表未限速；当值大于等于0时，限速带宽上限为返回值。
    pub in_bandwidth: Option<i64>,
}

impl serde::Serialize for GatewayQos {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GatewayQos",
            usize::from(self.vpc_id.is_some()) + usize::from(self.ip_address.is_some())
                + usize::from(self.bandwidth.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.in_bandwidth.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("IpAddress", &self.ip_address)?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("InBandwidth", &self.in_bandwidth)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for GatewayQos {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for GatewayQos {
    const NAME: &'static str = "GatewayQos";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "IpAddress",
        "Bandwidth",
        "CreateTime",
        "InBandwidth",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            ip_address: r.or_default(f1),
            bandwidth: r.or_default(f2),
            create_time: r.or_default(f3),
            in_bandwidth: r.or_default(f4),
        })
    }
}

/// 全局路由对象。
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalRoute {
    /// 作为出参展示，表示VPC唯一Id，。
    pub vpc_id: Option<String>,
    /// 全局路由唯一Id。
    pub global_route_id: Option<String>,
    /// Ipv4目标网段。
    pub destination_cidr_block: Option<String>,
    /// 下一跳类型，支持 NORMAL_CVM。
    pub gateway_type: Option<String>,
    /// 下一跳对象，如果GatewayType类型是NORMAL_CVM填写子机IP。
    pub gateway_id: Option<String>,
    /// 备注。
    pub description: Option<String>,
    /// 创建时间。
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
    pub subnet_route_algorithm: Option<String>,
}

impl serde::Serialize for GlobalRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GlobalRoute",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.global_route_id.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.gateway_id.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.subnet_route_algorithm.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("GlobalRouteId", &self.global_route_id)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("GatewayId", &self.gateway_id)?;
        s.optional("Description", &self.description)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("SubnetRouteAlgorithm", &self.subnet_route_algorithm)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for GlobalRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for GlobalRoute {
    const NAME: &'static str = "GlobalRoute";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "GlobalRouteId",
        "DestinationCidrBlock",
        "GatewayType",
        "GatewayId",
        "Description",
        "CreatedTime",
        "SubnetRouteAlgorithm",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            global_route_id: r.or_default(f1),
            destination_cidr_block: r.or_default(f2),
            gateway_type: r.or_default(f3),
            gateway_id: r.or_default(f4),
            description: r.or_default(f5),
            created_time: r.or_default(f6),
            subnet_route_algorithm: r.or_default(f7),
        })
    }
}

/// HAVIP description information
///
/// 描述 HAVIP 信息
#[derive(Debug, Clone, PartialEq)]
pub struct HaVip {
    /// The `ID` of the `HAVIP`. This is the unique identifier of the `HAVIP`.
    ///
    /// `HAVIP`的`ID`，是`HAVIP`的唯一标识。
    pub ha_vip_id: Option<String>,
    /// The name of the `HAVIP`.
    ///
    /// `HAVIP`名称。
    pub ha_vip_name: Option<String>,
    /// The virtual IP address.
    ///
    /// 虚拟IP地址。
    pub vip: Option<String>,
    /// The `ID` of the VPC to which the `HAVIP` belongs.
    ///
    /// `HAVIP`所在私有网络`ID`。
    pub vpc_id: Option<String>,
    /// The `ID` of the subnet to which the `HAVIP` belongs.
    ///
    /// `HAVIP`所在子网`ID`。
    pub subnet_id: Option<String>,
    /// The `ID` of the ENI associated with the `HAVIP`.
    ///
    /// `HAVIP`关联弹性网卡`ID`。
    pub network_interface_id: Option<String>,
    /// The `ID` of the bound instance.
    ///
    /// 被绑定的实例`ID`。
    pub instance_id: Option<String>,
    /// Bound `EIP`.
    ///
    /// 绑定`EIP`。
    pub address_ip: Option<String>,
    /// Status:
    ///
    /// - `AVAILABLE`: Operating
    ///
    /// - `UNBIND`: Not bound
    ///
    /// 状态：
    ///
    /// - `AVAILABLE`：运行中
    ///
    /// - `UNBIND`：未绑定
    pub state: Option<String>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Identifier for businesses that use HAVIP.
    ///
    /// 使用havip的业务标识。
    pub business: Option<String>,
    /// `HAVIP`的飘移范围。
    pub ha_vip_association_set: Option<Vec<HaVipAssociation>>,
    /// 是否开启`HAVIP`的漂移范围校验。
    pub check_associate: Option<bool>,
    /// CDC实例ID。
    pub cdc_id: Option<String>,
    /// HAVIP 刷新时间。该参数只作为出参数。以下场景会触发FlushedTime 被刷新：1）子机发出免费 ARP 触发 HAVIP 漂移；2）手动HAVIP解绑网卡; 没有更新时默认值：0000-00-00 00:00:00
    pub flushed_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for HaVip {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HaVip",
            usize::from(self.ha_vip_id.is_some())
                + usize::from(self.ha_vip_name.is_some())
                + usize::from(self.vip.is_some()) + usize::from(self.vpc_id.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.network_interface_id.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.address_ip.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.business.is_some())
                + usize::from(self.ha_vip_association_set.is_some())
                + usize::from(self.check_associate.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.flushed_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("HaVipId", &self.ha_vip_id)?;
        s.optional("HaVipName", &self.ha_vip_name)?;
        s.optional("Vip", &self.vip)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("NetworkInterfaceId", &self.network_interface_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("AddressIp", &self.address_ip)?;
        s.optional("State", &self.state)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Business", &self.business)?;
        s.optional("HaVipAssociationSet", &self.ha_vip_association_set)?;
        s.optional("CheckAssociate", &self.check_associate)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("FlushedTime", &self.flushed_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HaVip {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HaVip {
    const NAME: &'static str = "HaVip";
    const FIELDS: &'static [&'static str] = &[
        "HaVipId",
        "HaVipName",
        "Vip",
        "VpcId",
        "SubnetId",
        "NetworkInterfaceId",
        "InstanceId",
        "AddressIp",
        "State",
        "CreatedTime",
        "Business",
        "HaVipAssociationSet",
        "CheckAssociate",
        "CdcId",
        "FlushedTime",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.plain(&mut f15),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ha_vip_id: r.or_default(f0),
            ha_vip_name: r.or_default(f1),
            vip: r.or_default(f2),
            vpc_id: r.or_default(f3),
            subnet_id: r.or_default(f4),
            network_interface_id: r.or_default(f5),
            instance_id: r.or_default(f6),
            address_ip: r.or_default(f7),
            state: r.or_default(f8),
            created_time: r.or_default(f9),
            business: r.or_default(f10),
            ha_vip_association_set: r.or_default(f11),
            check_associate: r.or_default(f12),
            cdc_id: r.or_default(f13),
            flushed_time: r.or_default(f14),
            tag_set: r.or_default(f15),
        })
    }
}

/// HaVip绑定的子机/网卡（用于限制HaVip飘移的范围，并不是真正的飘移动作）。
#[derive(Debug, Clone, PartialEq)]
pub struct HaVipAssociation {
    /// HaVip绑定的子机或网卡唯一ID。
    pub instance_id: Option<String>,
    /// HaVip实例唯一ID。
    pub ha_vip_id: Option<String>,
    /// HaVip绑定的类型。取值:CVM, ENI。
    pub instance_type: Option<String>,
}

impl serde::Serialize for HaVipAssociation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HaVipAssociation",
            usize::from(self.instance_id.is_some())
                + usize::from(self.ha_vip_id.is_some())
                + usize::from(self.instance_type.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("HaVipId", &self.ha_vip_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HaVipAssociation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HaVipAssociation {
    const NAME: &'static str = "HaVipAssociation";
    const FIELDS: &'static [&'static str] = &["InstanceId", "HaVipId", "InstanceType"];
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
            instance_id: r.or_default(f0),
            ha_vip_id: r.or_default(f1),
            instance_type: r.or_default(f2),
        })
    }
}

/// VPN通道健康检查配置
#[derive(Debug, Clone, PartialEq)]
pub struct HealthCheckConfig {
    /// 探测模式，默认值NQA，不可修改。
    pub probe_type: Option<String>,
    /// 探测间隔，腾讯云两次健康检查间隔时间，范围【1000-5000】，单位ms。
    pub probe_interval: Option<i64>,
    /// 探测次数，连续N次健康检查失败后执行路由切换，范围【3-8】，单位次。
    pub probe_threshold: Option<i64>,
    /// 探测超时时间，范围【10-5000】，单位ms。
    pub probe_timeout: Option<i64>,
}

impl serde::Serialize for HealthCheckConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HealthCheckConfig",
            usize::from(self.probe_type.is_some())
                + usize::from(self.probe_interval.is_some())
                + usize::from(self.probe_threshold.is_some())
                + usize::from(self.probe_timeout.is_some()),
        )?;
        s.optional("ProbeType", &self.probe_type)?;
        s.optional("ProbeInterval", &self.probe_interval)?;
        s.optional("ProbeThreshold", &self.probe_threshold)?;
        s.optional("ProbeTimeout", &self.probe_timeout)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HealthCheckConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HealthCheckConfig {
    const NAME: &'static str = "HealthCheckConfig";
    const FIELDS: &'static [&'static str] = &[
        "ProbeType",
        "ProbeInterval",
        "ProbeThreshold",
        "ProbeTimeout",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            probe_type: r.or_default(f0),
            probe_interval: r.or_default(f1),
            probe_threshold: r.or_default(f2),
            probe_timeout: r.or_default(f3),
        })
    }
}

/// 高优路由表条目修改属性。
#[derive(Debug, Clone, PartialEq)]
pub struct HighPriorityModifyItem {
    /// 高优路由条目唯一ID。
    pub high_priority_route_id: Option<String>,
    /// 高优路由条目描述。
    pub description: Option<String>,
}

impl serde::Serialize for HighPriorityModifyItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HighPriorityModifyItem",
            usize::from(self.high_priority_route_id.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.optional("HighPriorityRouteId", &self.high_priority_route_id)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HighPriorityModifyItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HighPriorityModifyItem {
    const NAME: &'static str = "HighPriorityModifyItem";
    const FIELDS: &'static [&'static str] = &["HighPriorityRouteId", "Description"];
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
        ::core::result::Result::Ok(Self {
            high_priority_route_id: r.or_default(f0),
            description: r.or_default(f1),
        })
    }
}

/// 高优路由表条目信息
#[derive(Debug, Clone, PartialEq)]
pub struct HighPriorityRoute {
    /// 高优路由表唯一 ID
    pub high_priority_route_table_id: Option<String>,
    /// 高优路由表条目唯一 ID
    pub high_priority_route_id: Option<String>,
    /// 目标网段
    pub destination_cidr_block: Option<String>,
    /// 网关类型
    pub gateway_type: Option<String>,
    /// 网关唯一ID
    pub gateway_id: Option<String>,
    /// 高优路由条目描述
    pub description: Option<String>,
    /// ECMP算法，支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    pub subnet_route_algorithm: Option<String>,
    /// 出参展示，是否为CDC属性高优路由
    pub is_cdc: Option<bool>,
    /// 出参展示，CDC 唯一ID
    pub cdc_id: Option<String>,
    /// 创建时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for HighPriorityRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HighPriorityRoute",
            usize::from(self.high_priority_route_table_id.is_some())
                + usize::from(self.high_priority_route_id.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.gateway_id.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.subnet_route_algorithm.is_some())
                + usize::from(self.is_cdc.is_some()) + usize::from(self.cdc_id.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("HighPriorityRouteTableId", &self.high_priority_route_table_id)?;
        s.optional("HighPriorityRouteId", &self.high_priority_route_id)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("GatewayId", &self.gateway_id)?;
        s.optional("Description", &self.description)?;
        s.optional("SubnetRouteAlgorithm", &self.subnet_route_algorithm)?;
        s.optional("IsCdc", &self.is_cdc)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HighPriorityRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HighPriorityRoute {
    const NAME: &'static str = "HighPriorityRoute";
    const FIELDS: &'static [&'static str] = &[
        "HighPriorityRouteTableId",
        "HighPriorityRouteId",
        "DestinationCidrBlock",
        "GatewayType",
        "GatewayId",
        "Description",
        "SubnetRouteAlgorithm",
        "IsCdc",
        "CdcId",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            high_priority_route_table_id: r.or_default(f0),
            high_priority_route_id: r.or_default(f1),
            destination_cidr_block: r.or_default(f2),
            gateway_type: r.or_default(f3),
            gateway_id: r.or_default(f4),
            description: r.or_default(f5),
            subnet_route_algorithm: r.or_default(f6),
            is_cdc: r.or_default(f7),
            cdc_id: r.or_default(f8),
            created_time: r.or_default(f9),
        })
    }
}

/// 高优路由表信息
#[derive(Debug, Clone, PartialEq)]
pub struct HighPriorityRouteTable {
    /// 高优路由表唯一 ID。
    pub high_priority_route_table_id: Option<String>,
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// 高优路由表名称。
    pub name: Option<String>,
    /// 高优路由表关联的子网列表。
    pub subnet_set: Option<Vec<String>>,
    /// 高优路由表条目信息
    pub high_priority_route_set: Option<Vec<HighPriorityRoute>>,
    /// 创建时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for HighPriorityRouteTable {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HighPriorityRouteTable",
            usize::from(self.high_priority_route_table_id.is_some())
                + usize::from(self.vpc_id.is_some()) + usize::from(self.name.is_some())
                + usize::from(self.subnet_set.is_some())
                + usize::from(self.high_priority_route_set.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("HighPriorityRouteTableId", &self.high_priority_route_table_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("Name", &self.name)?;
        s.optional("SubnetSet", &self.subnet_set)?;
        s.optional("HighPriorityRouteSet", &self.high_priority_route_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HighPriorityRouteTable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HighPriorityRouteTable {
    const NAME: &'static str = "HighPriorityRouteTable";
    const FIELDS: &'static [&'static str] = &[
        "HighPriorityRouteTableId",
        "VpcId",
        "Name",
        "SubnetSet",
        "HighPriorityRouteSet",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            high_priority_route_table_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            name: r.or_default(f2),
            subnet_set: r.or_default(f3),
            high_priority_route_set: r.or_default(f4),
            created_time: r.or_default(f5),
        })
    }
}

/// Internet Key Exchange (IKE) configuration. IKE has a self-protection mechanism. The network security protocol is configured by the user.
///
/// IKE配置（Internet Key Exchange，因特网密钥交换），IKE具有一套自我保护机制，用户配置网络安全协议
#[derive(Debug, Clone, PartialEq)]
pub struct IKEOptionsSpecification {
    /// Encryption algorithm. Valid values: `3DES-CBC`, `AES-CBC-128`, `AES-CBS-192`, `AES-CBC-256`, `DES-CBC`, and `SM4`; default value: `3DES-CBC`.
    ///
    /// 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'SM4',  'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    ///
    /// 默认值：3DES-CBC
    ///
    /// 仅4.0VPN网关支持 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    pub propo_encry_algorithm: Option<String>,
    /// Authentication algorithm. Valid values: `MD5`, `SHA1` and `SHA-256`; default value: `MD5`.
    ///
    /// 认证算法：可选值：'MD5'，'SHA'，'SHA-256'，'SHA-512'， 默认为SHA。
    pub propo_authen_algorithm: Option<String>,
    /// Negotiation mode. Available values: 'AGGRESSIVE' and 'MAIN'. Default is MAIN.
    ///
    /// 协商模式：可选值：'AGGRESSIVE'， 'MAIN'，默认为MAIN。
    pub exchange_mode: Option<String>,
    /// Type of local identity. Available values: 'ADDRESS' and 'FQDN'. Default is ADDRESS.
    ///
    /// 本端标识类型：可选值：'ADDRESS', 'FQDN'，默认为ADDRESS
    pub local_identity: Option<String>,
    /// Type of remote identity. Available values: 'ADDRESS' and 'FQDN'. Default is ADDRESS.
    ///
    /// 对端标识类型：可选值：'ADDRESS', 'FQDN'，默认为ADDRESS
    pub remote_identity: Option<String>,
    /// Local identity. When ADDRESS is selected for LocalIdentity, LocalAddress is required. The default LocalAddress is the public IP of the VPN gateway.
    ///
    /// 本端标识，当LocalIdentity选为ADDRESS时，LocalAddress必填。localAddress默认为vpn网关公网IP
    pub local_address: Option<String>,
    /// Remote identity. When ADDRESS is selected for RemoteIdentity, RemoteAddress is required.
    ///
    /// 对端标识，当RemoteIdentity选为ADDRESS时，RemoteAddress必填
    pub remote_address: Option<String>,
    /// Local identity. When FQDN is selected for LocalIdentity, LocalFqdnName is required.
    ///
    /// 本端标识，当LocalIdentity选为FQDN时，LocalFqdnName必填
    pub local_fqdn_name: Option<String>,
    /// Remote identity. When FQDN is selected for RemoteIdentity, RemoteFqdnName is required.
    ///
    /// 对端标识，当remoteIdentity选为FQDN时，RemoteFqdnName必填
    pub remote_fqdn_name: Option<String>,
    /// DH group. Specify the DH group used for exchanging the key via IKE. Available values: 'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14', and 'GROUP24'.
    ///
    /// DH group，指定IKE交换密钥时使用的DH组，可选值：'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14', 'GROUP15', 'GROUP16', 'GROUP19', 'GROUP20', 'GROUP21', 'GROUP24'，默认是GROUP1。
    pub dh_group_name: Option<String>,
    /// IKE SA lifetime (in sec). Value range: 60-604800
    ///
    /// IKE SA Lifetime，单位：秒，设置IKE SA的生存周期
    ///
    /// 取值范围：\[60, 604800\]
    ///
    /// 默认值：86400
    pub ikesa_lifetime_seconds: Option<u64>,
    /// IKE version
    ///
    /// IKE版本
    ///
    /// 枚举值：
    ///
    /// - IKEV1： IKEV1版本
    ///
    /// - IKEV2： IKEV2版本
    ///
    /// 默认值：IKEV1
    pub ike_version: Option<String>,
}

impl serde::Serialize for IKEOptionsSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "IKEOptionsSpecification",
            usize::from(self.propo_encry_algorithm.is_some())
                + usize::from(self.propo_authen_algorithm.is_some())
                + usize::from(self.exchange_mode.is_some())
                + usize::from(self.local_identity.is_some())
                + usize::from(self.remote_identity.is_some())
                + usize::from(self.local_address.is_some())
                + usize::from(self.remote_address.is_some())
                + usize::from(self.local_fqdn_name.is_some())
                + usize::from(self.remote_fqdn_name.is_some())
                + usize::from(self.dh_group_name.is_some())
                + usize::from(self.ikesa_lifetime_seconds.is_some())
                + usize::from(self.ike_version.is_some()),
        )?;
        s.optional("PropoEncryAlgorithm", &self.propo_encry_algorithm)?;
        s.optional("PropoAuthenAlgorithm", &self.propo_authen_algorithm)?;
        s.optional("ExchangeMode", &self.exchange_mode)?;
        s.optional("LocalIdentity", &self.local_identity)?;
        s.optional("RemoteIdentity", &self.remote_identity)?;
        s.optional("LocalAddress", &self.local_address)?;
        s.optional("RemoteAddress", &self.remote_address)?;
        s.optional("LocalFqdnName", &self.local_fqdn_name)?;
        s.optional("RemoteFqdnName", &self.remote_fqdn_name)?;
        s.optional("DhGroupName", &self.dh_group_name)?;
        s.optional("IKESaLifetimeSeconds", &self.ikesa_lifetime_seconds)?;
        s.optional("IKEVersion", &self.ike_version)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for IKEOptionsSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for IKEOptionsSpecification {
    const NAME: &'static str = "IKEOptionsSpecification";
    const FIELDS: &'static [&'static str] = &[
        "PropoEncryAlgorithm",
        "PropoAuthenAlgorithm",
        "ExchangeMode",
        "LocalIdentity",
        "RemoteIdentity",
        "LocalAddress",
        "RemoteAddress",
        "LocalFqdnName",
        "RemoteFqdnName",
        "DhGroupName",
        "IKESaLifetimeSeconds",
        "IKEVersion",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            propo_encry_algorithm: r.or_default(f0),
            propo_authen_algorithm: r.or_default(f1),
            exchange_mode: r.or_default(f2),
            local_identity: r.or_default(f3),
            remote_identity: r.or_default(f4),
            local_address: r.or_default(f5),
            remote_address: r.or_default(f6),
            local_fqdn_name: r.or_default(f7),
            remote_fqdn_name: r.or_default(f8),
            dh_group_name: r.or_default(f9),
            ikesa_lifetime_seconds: r.or_default(f10),
            ike_version: r.or_default(f11),
        })
    }
}

/// IPSec configuration. The IPSec secure session configuration is provided by Tencent Cloud.
///
/// IPSec配置，腾讯云提供IPSec安全会话设置
#[derive(Debug, Clone, PartialEq)]
pub struct IPSECOptionsSpecification {
    /// Encryption algorithm. Valid values: `3DES-CBC`, `AES-CBC-128`, `AES-CBC-192`, `AES-CBC-256`, `DES-CBC`, `SM4`, and `NULL`; default value: `AES-CBC-128`.
    ///
    /// 加密算法，可选值：'3DES-CBC', 'AES-CBC-128', 'AES-CBC-192', 'AES-CBC-256', 'DES-CBC', 'SM4', 'NULL', 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    ///
    /// 默认值：AES-CBC-128
    ///
    /// 仅4.0VPN网关支持 'AES128GCM128', 'AES192GCM128', 'AES256GCM128'
    pub encrypt_algorithm: Option<String>,
    /// Authentication algorithm. Valid values: `MD5`, `SHA1` and `SHA-256`; default value: `SHA1`.
    ///
    /// 认证算法：可选值：'MD5', 'SHA1', 'SHA-256', 'SHA-512', 'SHA-384', 'SM3'
    ///
    /// 默认值：SHA1
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub integrity_algorith: Option<String>,
    /// IPsec SA lifetime (in sec). Value range: 180-604800
    ///
    /// IPsec SA lifetime(s)
    ///
    /// 取值范围：\[180, 604800\]
    ///
    /// 单位：秒
    ///
    /// 默认值：14400
    pub ipsecsa_lifetime_seconds: Option<u64>,
    /// PFS. Available value: 'NULL', 'DH-GROUP1', 'DH-GROUP2', 'DH-GROUP5', 'DH-GROUP14', and 'DH-GROUP24'. Default is NULL.
    ///
    /// PFS：可选值：'NULL', 'DH-GROUP1', 'DH-GROUP2', 'DH-GROUP5', 'DH-GROUP14', 'DH-GROUP15','DH-GROUP16','DH-GROUP19','DH-GROUP20','DH-GROUP21','DH-GROUP24'，默认为NULL
    pub pfs_dh_group: Option<String>,
    /// IPsec SA lifetime (in KB). Value range: 2560-604800
    ///
    /// IPsec SA lifetime(KB)
    ///
    /// 取值范围：\[2560, 4294967295\]
    ///
    /// 单位：KB
    ///
    /// 默认值：4096000000
    pub ipsecsa_lifetime_traffic: Option<u64>,
    /// 认证算法：可选值：'MD5', 'SHA1'，'SHA-256' 默认为
    pub integrity_algorithm: Option<String>,
}

impl serde::Serialize for IPSECOptionsSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "IPSECOptionsSpecification",
            usize::from(self.encrypt_algorithm.is_some())
                + usize::from(self.integrity_algorith.is_some())
                + usize::from(self.ipsecsa_lifetime_seconds.is_some())
                + usize::from(self.pfs_dh_group.is_some())
                + usize::from(self.ipsecsa_lifetime_traffic.is_some())
                + usize::from(self.integrity_algorithm.is_some()),
        )?;
        s.optional("EncryptAlgorithm", &self.encrypt_algorithm)?;
        s.optional("IntegrityAlgorith", &self.integrity_algorith)?;
        s.optional("IPSECSaLifetimeSeconds", &self.ipsecsa_lifetime_seconds)?;
        s.optional("PfsDhGroup", &self.pfs_dh_group)?;
        s.optional("IPSECSaLifetimeTraffic", &self.ipsecsa_lifetime_traffic)?;
        s.optional("IntegrityAlgorithm", &self.integrity_algorithm)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for IPSECOptionsSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for IPSECOptionsSpecification {
    const NAME: &'static str = "IPSECOptionsSpecification";
    const FIELDS: &'static [&'static str] = &[
        "EncryptAlgorithm",
        "IntegrityAlgorith",
        "IPSECSaLifetimeSeconds",
        "PfsDhGroup",
        "IPSECSaLifetimeTraffic",
        "IntegrityAlgorithm",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            encrypt_algorithm: r.or_default(f0),
            integrity_algorith: r.or_default(f1),
            ipsecsa_lifetime_seconds: r.or_default(f2),
            pfs_dh_group: r.or_default(f3),
            ipsecsa_lifetime_traffic: r.or_default(f4),
            integrity_algorithm: r.or_default(f5),
        })
    }
}

/// Returns multi-operator IPv6 Cidr Block.
///
/// 返回多运营商IPv6 Cidr Block
#[derive(Debug, Clone, PartialEq)]
pub struct ISPIPv6CidrBlock {
    /// IPv6 CIdr Block
    pub ipv6_cidr_block: Option<String>,
    /// Network operator type. valid values: 'BGP' (default), 'CMCC' (china mobile), 'CTCC' (china telecom), 'CUCC' (china unicom).
    ///
    /// 网络运营商类型 取值范围:'BGP'-默认, 'CMCC'-中国移动, 'CTCC'-中国电信, 'CUCC'-中国联调
    pub isp_type: Option<String>,
    /// Specifies the type of IPv6 Cidr: `GUA` (global unicast address), `ULA` (unique local address).
    ///
    /// IPv6 Cidr 的类型：`GUA`(全球单播地址), `ULA`(唯一本地地址)
    pub address_type: Option<String>,
}

impl serde::Serialize for ISPIPv6CidrBlock {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ISPIPv6CidrBlock",
            usize::from(self.ipv6_cidr_block.is_some())
                + usize::from(self.isp_type.is_some())
                + usize::from(self.address_type.is_some()),
        )?;
        s.optional("IPv6CidrBlock", &self.ipv6_cidr_block)?;
        s.optional("ISPType", &self.isp_type)?;
        s.optional("AddressType", &self.address_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ISPIPv6CidrBlock {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ISPIPv6CidrBlock {
    const NAME: &'static str = "ISPIPv6CidrBlock";
    const FIELDS: &'static [&'static str] = &["IPv6CidrBlock", "ISPType", "AddressType"];
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
            ipv6_cidr_block: r.or_default(f0),
            isp_type: r.or_default(f1),
            address_type: r.or_default(f2),
        })
    }
}

/// 云联网实例绑定路由表信息
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceBind {
    /// 云联网ID。
    pub ccn_id: Option<String>,
    /// 实例类型：VPC，DIRECTCONNECT，BMVPC，EDGE，EDGE_TUNNEL，EDGE_VPNGW，VPNGW。
    pub instance_type: Option<String>,
    /// 实例ID。
    pub instance_id: Option<String>,
    /// 实例绑定路由表的时间。
    pub instance_bind_time: Option<String>,
    /// 路由表ID。
    pub route_table_id: Option<String>,
    /// 实例名称。
    pub instance_name: Option<String>,
    /// 实例所在地域。
    pub instance_region: Option<String>,
    /// 实例所属的账户uin。
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
    pub state: Option<String>,
}

impl serde::Serialize for InstanceBind {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceBind",
            usize::from(self.ccn_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_bind_time.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_region.is_some())
                + usize::from(self.instance_uin.is_some())
                + usize::from(self.state.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceBindTime", &self.instance_bind_time)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceRegion", &self.instance_region)?;
        s.optional("InstanceUin", &self.instance_uin)?;
        s.optional("State", &self.state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceBind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceBind {
    const NAME: &'static str = "InstanceBind";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "InstanceType",
        "InstanceId",
        "InstanceBindTime",
        "RouteTableId",
        "InstanceName",
        "InstanceRegion",
        "InstanceUin",
        "State",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_id: r.or_default(f2),
            instance_bind_time: r.or_default(f3),
            route_table_id: r.or_default(f4),
            instance_name: r.or_default(f5),
            instance_region: r.or_default(f6),
            instance_uin: r.or_default(f7),
            state: r.or_default(f8),
        })
    }
}

/// Prepaid (yearly/monthly subscription) billing object.
///
/// 预付费（包年包月）计费对象。
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceChargePrepaid {
    /// Purchased usage period (in month). Value range: \[1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36\].
    ///
    /// 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36。
    pub period: u64,
    /// Auto-renewal ID. Value range: NOTIFY_AND_AUTO_RENEW: notify expiry and renew automatically, NOTIFY_AND_MANUAL_RENEW: notify expiry but do not renew automatically. The default is NOTIFY_AND_MANUAL_RENEW
    ///
    /// 自动续费标识。取值范围： NOTIFY_AND_AUTO_RENEW：通知过期且自动续费， NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费。默认：NOTIFY_AND_AUTO_RENEW
    pub renew_flag: Option<String>,
}

impl serde::Serialize for InstanceChargePrepaid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceChargePrepaid",
            1 + usize::from(self.renew_flag.is_some()),
        )?;
        s.field("Period", &self.period)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceChargePrepaid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceChargePrepaid {
    const NAME: &'static str = "InstanceChargePrepaid";
    const FIELDS: &'static [&'static str] = &["Period", "RenewFlag"];
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
                    period: f0,
                    renew_flag: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Cloud virtual machine jumbo frame status.
///
/// 云服务器巨帧状态
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceJumbo {
    /// Instance ID.
    ///
    /// 实例ID。
    pub instance_id: Option<String>,
    /// Whether the instance supports jumbo frames.
    ///
    /// 实例是否支持巨帧。
    pub jumbo_state: Option<bool>,
}

impl serde::Serialize for InstanceJumbo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceJumbo",
            usize::from(self.instance_id.is_some())
                + usize::from(self.jumbo_state.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("JumboState", &self.jumbo_state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceJumbo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceJumbo {
    const NAME: &'static str = "InstanceJumbo";
    const FIELDS: &'static [&'static str] = &["InstanceId", "JumboState"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_id: r.or_default(f0),
            jumbo_state: r.or_default(f1),
        })
    }
}

/// Statistics used to describe the instance
///
/// 用于描述实例的统计信息
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceStatistic {
    /// Type of instance
    ///
    /// 实例的类型
    pub instance_type: Option<String>,
    /// Number of instances
    ///
    /// 实例的个数
    pub instance_count: Option<u64>,
}

impl serde::Serialize for InstanceStatistic {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceStatistic",
            usize::from(self.instance_type.is_some())
                + usize::from(self.instance_count.is_some()),
        )?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceStatistic {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceStatistic {
    const NAME: &'static str = "InstanceStatistic";
    const FIELDS: &'static [&'static str] = &["InstanceType", "InstanceCount"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_type: r.or_default(f0),
            instance_count: r.or_default(f1),
        })
    }
}

/// Public Network Inquiry Output Parameters
///
/// 公网询价出参
#[derive(Debug, Clone, PartialEq)]
pub struct InternetPrice {
    /// Detailed parameters of Public IP inquiry.
    ///
    /// 公网IP网络费询价详细参数。
    pub address_price: Option<InternetPriceDetail>,
    /// 公网IP资源费询价详细参数。仅原生IP价格查询返回。
    pub ip_price: Option<InternetPriceDetail>,
    /// 总原价，单位：元，仅预付费价格查询返回。
    pub original_price: Option<f64>,
    /// 折扣后的总价格，单位：元。仅预付费价格查询返回。
    pub discount_price: Option<f64>,
}

impl serde::Serialize for InternetPrice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InternetPrice",
            usize::from(self.address_price.is_some())
                + usize::from(self.ip_price.is_some())
                + usize::from(self.original_price.is_some())
                + usize::from(self.discount_price.is_some()),
        )?;
        s.optional("AddressPrice", &self.address_price)?;
        s.optional("IPPrice", &self.ip_price)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternetPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InternetPrice {
    const NAME: &'static str = "InternetPrice";
    const FIELDS: &'static [&'static str] = &[
        "AddressPrice",
        "IPPrice",
        "OriginalPrice",
        "DiscountPrice",
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
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_price: r.or_default(f0),
            ip_price: r.or_default(f1),
            original_price: r.or_default(f2),
            discount_price: r.or_default(f3),
        })
    }
}

/// Public IP Inquiry Output Parameters
///
/// 公网IP询价出参
#[derive(Debug, Clone, PartialEq)]
pub struct InternetPriceDetail {
    /// Postpaid unit price. Unit: USD. Returned only for postpaid price inquiry.
    ///
    /// 付费单价，单位：元，仅后付费价格查询返回。
    pub unit_price: Option<f64>,
    /// Discounted price. Unit: USD
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 折扣后的价格，单位：元。
    pub discount_price: Option<f64>,
    /// Billing unit. Valid values:
    ///
    /// - HOUR: Indicates that the billing unit is calculated hourly. The scenarios currently involving this billing unit include TRAFFIC_POSTPAID_BY_HOUR and BANDWIDTH_POSTPAID_BY_HOUR.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 计价单元，可取值范围：
    ///
    /// - HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）。
    ///
    /// -  MONTH :表示计价单元是按月来计算。当前涉及该计价单元的场景有：包月按带宽预付费（BANDWIDTH_PREPAID_BY_MONTH）。
    pub charge_unit: Option<String>,
    /// Original price. Unit: USD. Returned only for prepaid price inquiry.
    ///
    /// 原价，单位：元，仅预付费价格查询返回。
    pub original_price: Option<f64>,
}

impl serde::Serialize for InternetPriceDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InternetPriceDetail",
            usize::from(self.unit_price.is_some())
                + usize::from(self.discount_price.is_some())
                + usize::from(self.charge_unit.is_some())
                + usize::from(self.original_price.is_some()),
        )?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternetPriceDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InternetPriceDetail {
    const NAME: &'static str = "InternetPriceDetail";
    const FIELDS: &'static [&'static str] = &[
        "UnitPrice",
        "DiscountPrice",
        "ChargeUnit",
        "OriginalPrice",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            unit_price: r.or_default(f0),
            discount_price: r.or_default(f1),
            charge_unit: r.or_default(f2),
            original_price: r.or_default(f3),
        })
    }
}

/// IPV6转换规则
#[derive(Debug, Clone, PartialEq)]
pub struct Ip6Rule {
    /// IPV6转换规则唯一ID，形如rule6-xxxxxxxx
    pub ip6_rule_id: Option<String>,
    /// IPV6转换规则名称
    pub ip6_rule_name: Option<String>,
    /// IPV6地址
    pub vip6: Option<String>,
    /// IPV6端口号
    pub vport6: Option<i64>,
    /// 协议类型，支持TCP/UDP
    pub protocol: Option<String>,
    /// IPV4地址
    pub vip: Option<String>,
    /// IPV4端口号
    pub vport: Option<i64>,
    /// 转换规则状态，限于CREATING,RUNNING,DELETING,MODIFYING
    pub rule_status: Option<String>,
    /// 转换规则创建时间
    pub created_time: Option<String>,
}

impl serde::Serialize for Ip6Rule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ip6Rule",
            usize::from(self.ip6_rule_id.is_some())
                + usize::from(self.ip6_rule_name.is_some())
                + usize::from(self.vip6.is_some()) + usize::from(self.vport6.is_some())
                + usize::from(self.protocol.is_some()) + usize::from(self.vip.is_some())
                + usize::from(self.vport.is_some())
                + usize::from(self.rule_status.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("Ip6RuleId", &self.ip6_rule_id)?;
        s.optional("Ip6RuleName", &self.ip6_rule_name)?;
        s.optional("Vip6", &self.vip6)?;
        s.optional("Vport6", &self.vport6)?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("Vip", &self.vip)?;
        s.optional("Vport", &self.vport)?;
        s.optional("RuleStatus", &self.rule_status)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ip6Rule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ip6Rule {
    const NAME: &'static str = "Ip6Rule";
    const FIELDS: &'static [&'static str] = &[
        "Ip6RuleId",
        "Ip6RuleName",
        "Vip6",
        "Vport6",
        "Protocol",
        "Vip",
        "Vport",
        "RuleStatus",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ip6_rule_id: r.or_default(f0),
            ip6_rule_name: r.or_default(f1),
            vip6: r.or_default(f2),
            vport6: r.or_default(f3),
            protocol: r.or_default(f4),
            vip: r.or_default(f5),
            vport: r.or_default(f6),
            rule_status: r.or_default(f7),
            created_time: r.or_default(f8),
        })
    }
}

/// IPV6转换规则
#[derive(Debug, Clone, PartialEq)]
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

impl serde::Serialize for Ip6RuleInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ip6RuleInfo",
            4,
        )?;
        s.field("Vport6", &self.vport6)?;
        s.field("Protocol", &self.protocol)?;
        s.field("Vip", &self.vip)?;
        s.field("Vport", &self.vport)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ip6RuleInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ip6RuleInfo {
    const NAME: &'static str = "Ip6RuleInfo";
    const FIELDS: &'static [&'static str] = &["Vport6", "Protocol", "Vip", "Vport"];
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
                    vport6: f0,
                    protocol: f1,
                    vip: f2,
                    vport: f3,
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

/// IPV6转换实例信息
#[derive(Debug, Clone, PartialEq)]
pub struct Ip6Translator {
    /// IPV6转换实例唯一ID，形如ip6-xxxxxxxx
    pub ip6_translator_id: Option<String>,
    /// IPV6转换实例名称
    pub ip6_translator_name: Option<String>,
    /// IPV6地址
    pub vip6: Option<String>,
    /// IPV6转换地址所属运营商
    pub isp_name: Option<String>,
    /// 转换实例状态，限于CREATING,RUNNING,DELETING,MODIFYING
    pub translator_status: Option<String>,
    /// IPV6转换实例创建时间
    pub created_time: Option<String>,
    /// 绑定的IPV6转换规则数量
    pub ip6_rule_count: Option<i64>,
    /// IPV6转换规则信息
    pub ip6_rule_set: Option<Vec<Ip6Rule>>,
}

impl serde::Serialize for Ip6Translator {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ip6Translator",
            usize::from(self.ip6_translator_id.is_some())
                + usize::from(self.ip6_translator_name.is_some())
                + usize::from(self.vip6.is_some()) + usize::from(self.isp_name.is_some())
                + usize::from(self.translator_status.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.ip6_rule_count.is_some())
                + usize::from(self.ip6_rule_set.is_some()),
        )?;
        s.optional("Ip6TranslatorId", &self.ip6_translator_id)?;
        s.optional("Ip6TranslatorName", &self.ip6_translator_name)?;
        s.optional("Vip6", &self.vip6)?;
        s.optional("IspName", &self.isp_name)?;
        s.optional("TranslatorStatus", &self.translator_status)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Ip6RuleCount", &self.ip6_rule_count)?;
        s.optional("IP6RuleSet", &self.ip6_rule_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ip6Translator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ip6Translator {
    const NAME: &'static str = "Ip6Translator";
    const FIELDS: &'static [&'static str] = &[
        "Ip6TranslatorId",
        "Ip6TranslatorName",
        "Vip6",
        "IspName",
        "TranslatorStatus",
        "CreatedTime",
        "Ip6RuleCount",
        "IP6RuleSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ip6_translator_id: r.or_default(f0),
            ip6_translator_name: r.or_default(f1),
            vip6: r.or_default(f2),
            isp_name: r.or_default(f3),
            translator_status: r.or_default(f4),
            created_time: r.or_default(f5),
            ip6_rule_count: r.or_default(f6),
            ip6_rule_set: r.or_default(f7),
        })
    }
}

/// Information of resources bound with the queried IPs
///
/// 占用ip的资源信息
#[derive(Debug, Clone, PartialEq)]
pub struct IpAddressStates {
    /// VPC instance ID
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// Subnet instance ID
    ///
    /// 子网实例ID。
    pub subnet_id: Option<String>,
    /// IP address
    ///
    /// IP地址。
    pub ip_address: Option<String>,
    /// Resource type
    ///
    /// 资源类型
    pub resource_type: Option<String>,
    /// Resource ID
    ///
    /// 资源ID
    pub resource_id: Option<String>,
}

impl serde::Serialize for IpAddressStates {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "IpAddressStates",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.ip_address.is_some())
                + usize::from(self.resource_type.is_some())
                + usize::from(self.resource_id.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("IpAddress", &self.ip_address)?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for IpAddressStates {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for IpAddressStates {
    const NAME: &'static str = "IpAddressStates";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "IpAddress",
        "ResourceType",
        "ResourceId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            ip_address: r.or_default(f2),
            resource_type: r.or_default(f3),
            resource_id: r.or_default(f4),
        })
    }
}

/// IP information to be queried
///
/// IP在线查询的字段信息
#[derive(Debug, Clone, PartialEq)]
pub struct IpField {
    /// Country/region of the IP
    ///
    /// 国家字段信息
    pub country: Option<bool>,
    /// Province/municipality/state of the IP
    ///
    /// 省、州、郡一级行政区域字段信息
    pub province: Option<bool>,
    /// City of the IP
    ///
    /// 市一级行政区域字段信息
    pub city: Option<bool>,
    /// City district of the IP
    ///
    /// 市内区域字段信息
    pub region: Option<bool>,
    /// Access ISP field
    ///
    /// 接入运营商字段信息
    pub isp: Option<bool>,
    /// ISP backbone network’s AS field
    ///
    /// 骨干运营商字段信息
    pub as_name: Option<bool>,
    /// Backbone AS ID
    ///
    /// 骨干As号
    pub as_id: Option<bool>,
    /// Comment
    ///
    /// 注释字段
    pub comment: Option<bool>,
}

impl serde::Serialize for IpField {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "IpField",
            usize::from(self.country.is_some()) + usize::from(self.province.is_some())
                + usize::from(self.city.is_some()) + usize::from(self.region.is_some())
                + usize::from(self.isp.is_some()) + usize::from(self.as_name.is_some())
                + usize::from(self.as_id.is_some()) + usize::from(self.comment.is_some()),
        )?;
        s.optional("Country", &self.country)?;
        s.optional("Province", &self.province)?;
        s.optional("City", &self.city)?;
        s.optional("Region", &self.region)?;
        s.optional("Isp", &self.isp)?;
        s.optional("AsName", &self.as_name)?;
        s.optional("AsId", &self.as_id)?;
        s.optional("Comment", &self.comment)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for IpField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for IpField {
    const NAME: &'static str = "IpField";
    const FIELDS: &'static [&'static str] = &[
        "Country",
        "Province",
        "City",
        "Region",
        "Isp",
        "AsName",
        "AsId",
        "Comment",
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
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            country: r.or_default(f0),
            province: r.or_default(f1),
            city: r.or_default(f2),
            region: r.or_default(f3),
            isp: r.or_default(f4),
            as_name: r.or_default(f5),
            as_id: r.or_default(f6),
            comment: r.or_default(f7),
        })
    }
}

/// IP location
///
/// IP地理位置信息
#[derive(Debug, Clone, PartialEq)]
pub struct IpGeolocationInfo {
    /// Country/region
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 国家信息
    pub country: Option<String>,
    /// Province- or municipality-level administrative region
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 省、州、郡一级行政区域信息
    pub province: Option<String>,
    /// Municipal administrative region
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 市一级行政区域信息
    pub city: Option<String>,
    /// Urban area
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 市内区域信息
    pub region: Option<String>,
    /// Access ISP
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 接入运营商信息
    pub isp: Option<String>,
    /// ISP backbone network’s AS name
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 骨干运营商名称
    pub as_name: Option<String>,
    /// ISP backbone network’s AS ID
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 骨干运营商AS号
    pub as_id: Option<String>,
    /// Comment. The APN value of mobile users is entered currently. If there is no APN attribute, this is `null`.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 注释信息。目前的填充值为移动接入用户的APN值，如无APN属性则为空
    pub comment: Option<String>,
    /// IP address
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// IP地址
    pub address_ip: Option<String>,
}

impl serde::Serialize for IpGeolocationInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "IpGeolocationInfo",
            usize::from(self.country.is_some()) + usize::from(self.province.is_some())
                + usize::from(self.city.is_some()) + usize::from(self.region.is_some())
                + usize::from(self.isp.is_some()) + usize::from(self.as_name.is_some())
                + usize::from(self.as_id.is_some()) + usize::from(self.comment.is_some())
                + usize::from(self.address_ip.is_some()),
        )?;
        s.optional("Country", &self.country)?;
        s.optional("Province", &self.province)?;
        s.optional("City", &self.city)?;
        s.optional("Region", &self.region)?;
        s.optional("Isp", &self.isp)?;
        s.optional("AsName", &self.as_name)?;
        s.optional("AsId", &self.as_id)?;
        s.optional("Comment", &self.comment)?;
        s.optional("AddressIp", &self.address_ip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for IpGeolocationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for IpGeolocationInfo {
    const NAME: &'static str = "IpGeolocationInfo";
    const FIELDS: &'static [&'static str] = &[
        "Country",
        "Province",
        "City",
        "Region",
        "Isp",
        "AsName",
        "AsId",
        "Comment",
        "AddressIp",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            country: r.or_default(f0),
            province: r.or_default(f1),
            city: r.or_default(f2),
            region: r.or_default(f3),
            isp: r.or_default(f4),
            as_name: r.or_default(f5),
            as_id: r.or_default(f6),
            comment: r.or_default(f7),
            address_ip: r.or_default(f8),
        })
    }
}

/// `IPv6` address information.
///
/// `IPv6`地址信息。
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6Address {
    /// `IPv6` address, such as `3402:4e00:20:100:0:8cd9:2a67:71f3`
    ///
    /// `IPv6`地址，形如：`3402:4e00:20:100:0:8cd9:2a67:71f3`
    pub address: Option<String>,
    /// Whether it is a primary `IP`.
    ///
    /// 是否是主`IP`。
    pub primary: Option<bool>,
    /// The `ID` of the `EIP` instance, such as `eip-hxlqja90`.
    ///
    /// `EIP`实例`ID`，形如：`eip-hxlqja90`。作为入参数时，可通过[DescribeAddresses](https://cloud.tencent.com/document/product/215/16702)接口获取。
    pub address_id: Option<String>,
    /// Message description
    ///
    /// 描述信息。
    pub description: Option<String>,
    /// Whether the public IP is blocked.
    ///
    /// 公网IP是否被封堵。
    pub is_wan_ip_blocked: Option<bool>,
    /// `IPv6` address status:
    ///
    /// - `PENDING`: Creating
    ///
    /// - `MIGRATING`: Migrating
    ///
    /// - `DELETING`: Deleting
    ///
    /// - `AVAILABLE`: Available
    ///
    /// `IPv6`地址状态：
    ///
    /// - `PENDING`：生产中
    ///
    /// - `MIGRATING`：迁移中
    ///
    /// - `DELETING`：删除中
    ///
    /// - `AVAILABLE`：可用的
    pub state: Option<String>,
    /// 如果 IPv6地址是 ULA 类型，绑定的公网IP地址。
    pub public_ip_address: Option<String>,
    /// `IPv6`地址的类型: `GUA`(全球单播地址), `ULA`(唯一本地地址)
    pub address_type: Option<String>,
}

impl serde::Serialize for Ipv6Address {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ipv6Address",
            usize::from(self.address.is_some()) + usize::from(self.primary.is_some())
                + usize::from(self.address_id.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.is_wan_ip_blocked.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.address_type.is_some()),
        )?;
        s.optional("Address", &self.address)?;
        s.optional("Primary", &self.primary)?;
        s.optional("AddressId", &self.address_id)?;
        s.optional("Description", &self.description)?;
        s.optional("IsWanIpBlocked", &self.is_wan_ip_blocked)?;
        s.optional("State", &self.state)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("AddressType", &self.address_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ipv6Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ipv6Address {
    const NAME: &'static str = "Ipv6Address";
    const FIELDS: &'static [&'static str] = &[
        "Address",
        "Primary",
        "AddressId",
        "Description",
        "IsWanIpBlocked",
        "State",
        "PublicIpAddress",
        "AddressType",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address: r.or_default(f0),
            primary: r.or_default(f1),
            address_id: r.or_default(f2),
            description: r.or_default(f3),
            is_wan_ip_blocked: r.or_default(f4),
            state: r.or_default(f5),
            public_ip_address: r.or_default(f6),
            address_type: r.or_default(f7),
        })
    }
}

/// IPv6 subnet IP range object.
///
/// IPv6子网段对象。
#[derive(Debug, Clone, PartialEq)]
pub struct Ipv6SubnetCidrBlock {
    /// The `ID` of the subnet instance, such as `subnet-pxir56ns`.
    ///
    /// 子网实例`ID`。形如：`subnet-pxir56ns`。
    pub subnet_id: Option<String>,
    /// The `IPv6` subnet IP range, such as `3402:4e00:20:1001::/64`
    ///
    /// `IPv6`子网段。形如：`3402:4e00:20:1001::/64`。作为AssignIpv6SubnetCidrBlock接口入参时，该参数必填。
    pub ipv6_cidr_block: Option<String>,
}

impl serde::Serialize for Ipv6SubnetCidrBlock {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Ipv6SubnetCidrBlock",
            usize::from(self.subnet_id.is_some())
                + usize::from(self.ipv6_cidr_block.is_some()),
        )?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("Ipv6CidrBlock", &self.ipv6_cidr_block)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Ipv6SubnetCidrBlock {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Ipv6SubnetCidrBlock {
    const NAME: &'static str = "Ipv6SubnetCidrBlock";
    const FIELDS: &'static [&'static str] = &["SubnetId", "Ipv6CidrBlock"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            subnet_id: r.or_default(f0),
            ipv6_cidr_block: r.or_default(f1),
        })
    }
}

/// The pricing information of a single billing item
///
/// 单项计费价格信息
#[derive(Debug, Clone, PartialEq)]
pub struct ItemPrice {
    /// The pay-as-you-go billing method. Unit: USD.
    ///
    /// 按量计费后付费单价，单位：元。
    pub unit_price: Option<f64>,
    /// Pay-as-you-go billing method. Value Range: HOUR: Indicates billing by the hour. Scenarios using this hourly billing unit include: Instances postpaid on an hourly basis (POSTPAID_BY_HOUR), and bandwidth postpaid on an hourly basis (BANDWIDTH_POSTPAID_BY_HOUR). GB: Indicates billing on a per-GB basis. Scenarios using this billing unit include: Traffic postpaid on an hourly basis (TRAFFIC_POSTPAID_BY_HOUR).
    ///
    /// 按量计费后付费计价单元，可取值范围： HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）： GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。
    pub charge_unit: Option<String>,
    /// Original price of the prepaid product. Unit: USD.
    ///
    /// 预付费商品的原价，单位：元。
    pub original_price: Option<f64>,
    /// Discount price of the prepaid product. Unit: USD.
    ///
    /// 预付费商品的折扣价，单位：元。
    pub discount_price: Option<f64>,
}

impl serde::Serialize for ItemPrice {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ItemPrice",
            usize::from(self.unit_price.is_some())
                + usize::from(self.charge_unit.is_some())
                + usize::from(self.original_price.is_some())
                + usize::from(self.discount_price.is_some()),
        )?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ItemPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ItemPrice {
    const NAME: &'static str = "ItemPrice";
    const FIELDS: &'static [&'static str] = &[
        "UnitPrice",
        "ChargeUnit",
        "OriginalPrice",
        "DiscountPrice",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            unit_price: r.or_default(f0),
            charge_unit: r.or_default(f1),
            original_price: r.or_default(f2),
            discount_price: r.or_default(f3),
        })
    }
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq)]
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
    pub description: Option<String>,
}

impl serde::Serialize for LocalDestinationIpPortTranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LocalDestinationIpPortTranslationNatRule",
            5 + usize::from(self.description.is_some()),
        )?;
        s.field("Protocol", &self.protocol)?;
        s.field("OriginalPort", &self.original_port)?;
        s.field("OriginalIp", &self.original_ip)?;
        s.field("TranslationPort", &self.translation_port)?;
        s.field("TranslationIp", &self.translation_ip)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LocalDestinationIpPortTranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct
for LocalDestinationIpPortTranslationNatRule {
    const NAME: &'static str = "LocalDestinationIpPortTranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "OriginalPort",
        "OriginalIp",
        "TranslationPort",
        "TranslationIp",
        "Description",
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
        match (f0, f1, f2, f3, f4) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
                ::core::option::Option::Some(f4),
            ) => {
                ::core::result::Result::Ok(Self {
                    protocol: f0,
                    original_port: f1,
                    original_ip: f2,
                    translation_port: f3,
                    translation_ip: f4,
                    description: r.or_default(f5),
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

/// Local gateway information
///
/// 本地网关信息
#[derive(Debug, Clone, PartialEq)]
pub struct LocalGateway {
    /// CDC instance ID
    ///
    /// CDC实例ID
    pub cdc_id: Option<String>,
    /// VPC instance ID
    ///
    /// VPC实例ID
    pub vpc_id: Option<String>,
    /// Local gateway instance ID
    ///
    /// 本地网关实例ID（计划弃用）
    pub uniq_local_gw_id: Option<String>,
    /// Local gateway name
    ///
    /// 本地网关名称
    pub local_gateway_name: Option<String>,
    /// Local gateway IP
    ///
    /// 本地网关IP地址
    pub local_gw_ip: Option<String>,
    /// Creation time of the local gateway
    ///
    /// 本地网关创建时间
    pub create_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// 本地网关实例ID（计划起用）
    pub local_gateway_id: Option<String>,
}

impl serde::Serialize for LocalGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LocalGateway",
            usize::from(self.cdc_id.is_some()) + usize::from(self.vpc_id.is_some())
                + usize::from(self.uniq_local_gw_id.is_some())
                + usize::from(self.local_gateway_name.is_some())
                + usize::from(self.local_gw_ip.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.local_gateway_id.is_some()),
        )?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("UniqLocalGwId", &self.uniq_local_gw_id)?;
        s.optional("LocalGatewayName", &self.local_gateway_name)?;
        s.optional("LocalGwIp", &self.local_gw_ip)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("LocalGatewayId", &self.local_gateway_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LocalGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LocalGateway {
    const NAME: &'static str = "LocalGateway";
    const FIELDS: &'static [&'static str] = &[
        "CdcId",
        "VpcId",
        "UniqLocalGwId",
        "LocalGatewayName",
        "LocalGwIp",
        "CreateTime",
        "TagSet",
        "LocalGatewayId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            cdc_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            uniq_local_gw_id: r.or_default(f2),
            local_gateway_name: r.or_default(f3),
            local_gw_ip: r.or_default(f4),
            create_time: r.or_default(f5),
            tag_set: r.or_default(f6),
            local_gateway_id: r.or_default(f7),
        })
    }
}

/// Parameter template information.
///
/// 模板对象成员信息
#[derive(Debug, Clone, PartialEq)]
pub struct MemberInfo {
    /// Parameter template.
    ///
    /// 模板对象成员
    pub member: String,
    /// Parameter template description.
    ///
    /// 模板对象成员描述信息
    pub description: Option<String>,
}

impl serde::Serialize for MemberInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "MemberInfo",
            1 + usize::from(self.description.is_some()),
        )?;
        s.field("Member", &self.member)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for MemberInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for MemberInfo {
    const NAME: &'static str = "MemberInfo";
    const FIELDS: &'static [&'static str] = &["Member", "Description"];
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
                    member: f0,
                    description: r.or_default(f1),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// 云联网路由表信息
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyRouteTableInfo {
    /// 云联网路由表id。
    pub route_table_id: String,
    /// 云联网路由表名称。Name和Description 两者必传一个。
    pub name: Option<String>,
    /// 云联网路由表描述。Name和Description 两者必传一个。
    pub description: Option<String>,
}

impl serde::Serialize for ModifyRouteTableInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ModifyRouteTableInfo",
            1 + usize::from(self.name.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.field("RouteTableId", &self.route_table_id)?;
        s.optional("Name", &self.name)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyRouteTableInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ModifyRouteTableInfo {
    const NAME: &'static str = "ModifyRouteTableInfo";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "Name", "Description"];
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
                    route_table_id: f0,
                    name: r.or_default(f1),
                    description: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Query the returned object of a NAT route
///
/// 查询nat路由的返回路由对象
#[derive(Debug, Clone, PartialEq)]
pub struct NatDirectConnectGatewayRoute {
    /// The `IPv4` `CIDR` of the subnet.
    ///
    /// 子网的 `IPv4` `CIDR`
    pub destination_cidr_block: Option<String>,
    /// The type of the next-hop gateway. Supported types:
    ///
    /// `DIRECTCONNECT`: Direct connect gateway
    ///
    /// 下一跳网关的类型，目前此接口支持的类型有：
    ///
    /// DIRECTCONNECT：专线网关
    pub gateway_type: Option<String>,
    /// ID of the next-hop gateway
    ///
    /// 下一跳网关ID
    pub gateway_id: Option<String>,
    /// The creation time of the route
    ///
    /// 路由的创建时间
    pub create_time: Option<String>,
    /// The update time of the route
    ///
    /// 路由的更新时间
    pub update_time: Option<String>,
}

impl serde::Serialize for NatDirectConnectGatewayRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatDirectConnectGatewayRoute",
            usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.gateway_id.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("GatewayId", &self.gateway_id)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatDirectConnectGatewayRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatDirectConnectGatewayRoute {
    const NAME: &'static str = "NatDirectConnectGatewayRoute";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "GatewayType",
        "GatewayId",
        "CreateTime",
        "UpdateTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            destination_cidr_block: r.or_default(f0),
            gateway_type: r.or_default(f1),
            gateway_id: r.or_default(f2),
            create_time: r.or_default(f3),
            update_time: r.or_default(f4),
        })
    }
}

/// NAT gateway object.
///
/// NAT网关对象。
#[derive(Debug, Clone, PartialEq)]
pub struct NatGateway {
    /// NAT gateway ID.
    ///
    /// NAT网关的ID。
    pub nat_gateway_id: Option<String>,
    /// NAT gateway name.
    ///
    /// NAT网关的名称。
    pub nat_gateway_name: Option<String>,
    /// NAT gateway creation time.
    ///
    /// NAT网关创建的时间。
    pub created_time: Option<String>,
    /// The status of the NAT gateway.
    ///
    /// `PENDING`: Being created, `DELETING`: Being deleted, `AVAILABLE`: Running, `UPDATING`: Being upgraded,
    ///
    /// `FAILED`: Failed.
    ///
    /// NAT网关的状态。
    ///
    /// 'PENDING'：生产中，'DELETING'：删除中/子实例关闭中，'AVAILABLE'：运行中，'UPDATING'：升级中，
    ///
    /// ‘PENDFAILURE’：创建失败，‘DELETEFAILURE：删除失败，‘DENIED’：子实例关闭中
    pub state: Option<String>,
    /// The maximum outbound bandwidth of the gateway. Unit: Mbps.
    ///
    /// 网关最大外网出带宽(单位:Mbps)。
    pub internet_max_bandwidth_out: Option<u64>,
    /// The concurrent connections cap of the gateway.
    ///
    /// 网关并发连接上限。
    pub max_concurrent_connection: Option<u64>,
    /// The public IP object array of the bound NAT gateway.
    ///
    /// 绑定NAT网关的公网IP对象数组。
    pub public_ip_address_set: Option<Vec<NatGatewayAddress>>,
    /// The NAT gateway status. `AVAILABLE`: Operating, `UNAVAILABLE`: Unavailable, `INSUFFICIENT`: Service suspended due to account overdue.
    ///
    /// NAT网关网络状态。“AVAILABLE”:运行中, “UNAVAILABLE”:不可用, “INSUFFICIENT”:欠费停服。
    pub network_state: Option<String>,
    /// The port forwarding rules of the NAT gateway.
    ///
    /// NAT网关的端口转发规则。
    pub destination_ip_port_translation_nat_rule_set: Option<
        Vec<DestinationIpPortTranslationNatRule>,
    >,
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// The availability zone in which the NAT gateway is located.
    ///
    /// NAT网关所在的可用区。
    pub zone: Option<String>,
    /// ID of the direct connect gateway bound.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 绑定的专线网关ID。
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// Subnet ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 所属子网ID。
    pub subnet_id: Option<String>,
    /// Tag key-value pairs.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// The list of the security groups bound to the NAT Gateway
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关绑定的安全组列表
    pub security_group_set: Option<Vec<String>>,
    /// SNAT forwarding rule of the NAT gateway.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关的SNAT转发规则。
    pub source_ip_translation_nat_rule_set: Option<Vec<SourceIpTranslationNatRule>>,
    /// Whether the NAT gateway is dedicated.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否独享型NAT。
    pub is_exclusive: Option<bool>,
    /// Bandwidth of the gateway cluster where the dedicated NAT Gateway resides. Unit: Mbps. This field does not exist when the `IsExclusive` field is set to `false`.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 独享型NAT所在的网关集群的带宽(单位:Mbps)，当IsExclusive为false时无此字段。
    pub exclusive_gateway_bandwidth: Option<u64>,
    /// Whether the NAT gateway is blocked. Values: `NORMAL`, `RESTRICTED`
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// NAT网关是否被封禁。“NORMAL”：未被封禁，“RESTRICTED”：已被封禁。
    pub restrict_state: Option<String>,
    /// NAT gateway major version. `1`: Classic, `2`: Standard
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// NAT网关类型，1表示传统型NAT网关，2表示标准型NAT网关
    pub nat_product_version: Option<u64>,
    /// true代表仅允许匹配SNAT规则的内网IP的流量进行转发，false代表所有内网IP发起的流量都进行转发。默认为false。
    pub strict_snat_mode: Option<bool>,
    /// Whether to enable the feature of selecting EIPs for SNAT based on the destination network segment.
    ///
    /// 是否启用根据目的网段选择SNAT使用的EIP功能
    pub smart_schedule_mode: Option<bool>,
    /// NAT实例归属的专属集群id
    pub dedicated_cluster_id: Option<String>,
    /// NAT实例是否开启删除保护
    pub deletion_protection_enabled: Option<bool>,
    /// NAT实例连接超时时间
    pub connection_state_timeouts: Option<ConnectionStateTimeouts>,
    /// 独享实例规格。取值范围：ExclusiveSmall/ExclusiveMedium1/ExclusiveLarge1
    pub exclusive_type: Option<String>,
    /// 标准型NAT网关自动扩容
    pub auto_scaling: Option<bool>,
    /// 是否代答公网发给NAT网关上弹性公网IP的ICMP echo请求报文，默认为true，应答请求报文；false代表不应答。
    pub icmp_proxy: Option<bool>,
    /// 同一个内网地址通过NAT网关访问同一个目的IP时，是否使用固定的弹性公网IP。默认为true，使用固定IP；false代表使用随机IP。
    pub public_address_affinity: Option<bool>,
}

impl serde::Serialize for NatGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatGateway",
            usize::from(self.nat_gateway_id.is_some())
                + usize::from(self.nat_gateway_name.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.internet_max_bandwidth_out.is_some())
                + usize::from(self.max_concurrent_connection.is_some())
                + usize::from(self.public_ip_address_set.is_some())
                + usize::from(self.network_state.is_some())
                + usize::from(
                    self.destination_ip_port_translation_nat_rule_set.is_some(),
                ) + usize::from(self.vpc_id.is_some()) + usize::from(self.zone.is_some())
                + usize::from(self.direct_connect_gateway_ids.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.security_group_set.is_some())
                + usize::from(self.source_ip_translation_nat_rule_set.is_some())
                + usize::from(self.is_exclusive.is_some())
                + usize::from(self.exclusive_gateway_bandwidth.is_some())
                + usize::from(self.restrict_state.is_some())
                + usize::from(self.nat_product_version.is_some())
                + usize::from(self.strict_snat_mode.is_some())
                + usize::from(self.smart_schedule_mode.is_some())
                + usize::from(self.dedicated_cluster_id.is_some())
                + usize::from(self.deletion_protection_enabled.is_some())
                + usize::from(self.connection_state_timeouts.is_some())
                + usize::from(self.exclusive_type.is_some())
                + usize::from(self.auto_scaling.is_some())
                + usize::from(self.icmp_proxy.is_some())
                + usize::from(self.public_address_affinity.is_some()),
        )?;
        s.optional("NatGatewayId", &self.nat_gateway_id)?;
        s.optional("NatGatewayName", &self.nat_gateway_name)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("State", &self.state)?;
        s.optional("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)?;
        s.optional("MaxConcurrentConnection", &self.max_concurrent_connection)?;
        s.optional("PublicIpAddressSet", &self.public_ip_address_set)?;
        s.optional("NetworkState", &self.network_state)?;
        s.optional(
            "DestinationIpPortTranslationNatRuleSet",
            &self.destination_ip_port_translation_nat_rule_set,
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("Zone", &self.zone)?;
        s.optional("DirectConnectGatewayIds", &self.direct_connect_gateway_ids)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("SecurityGroupSet", &self.security_group_set)?;
        s.optional(
            "SourceIpTranslationNatRuleSet",
            &self.source_ip_translation_nat_rule_set,
        )?;
        s.optional("IsExclusive", &self.is_exclusive)?;
        s.optional("ExclusiveGatewayBandwidth", &self.exclusive_gateway_bandwidth)?;
        s.optional("RestrictState", &self.restrict_state)?;
        s.optional("NatProductVersion", &self.nat_product_version)?;
        s.optional("StrictSnatMode", &self.strict_snat_mode)?;
        s.optional("SmartScheduleMode", &self.smart_schedule_mode)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.optional("DeletionProtectionEnabled", &self.deletion_protection_enabled)?;
        s.optional("ConnectionStateTimeouts", &self.connection_state_timeouts)?;
        s.optional("ExclusiveType", &self.exclusive_type)?;
        s.optional("AutoScaling", &self.auto_scaling)?;
        s.optional("ICMPProxy", &self.icmp_proxy)?;
        s.optional("PublicAddressAffinity", &self.public_address_affinity)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatGateway {
    const NAME: &'static str = "NatGateway";
    const FIELDS: &'static [&'static str] = &[
        "NatGatewayId",
        "NatGatewayName",
        "CreatedTime",
        "State",
        "InternetMaxBandwidthOut",
        "MaxConcurrentConnection",
        "PublicIpAddressSet",
        "NetworkState",
        "DestinationIpPortTranslationNatRuleSet",
        "VpcId",
        "Zone",
        "DirectConnectGatewayIds",
        "SubnetId",
        "TagSet",
        "SecurityGroupSet",
        "SourceIpTranslationNatRuleSet",
        "IsExclusive",
        "ExclusiveGatewayBandwidth",
        "RestrictState",
        "NatProductVersion",
        "StrictSnatMode",
        "SmartScheduleMode",
        "DedicatedClusterId",
        "DeletionProtectionEnabled",
        "ConnectionStateTimeouts",
        "ExclusiveType",
        "AutoScaling",
        "ICMPProxy",
        "PublicAddressAffinity",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.plain(&mut f24),
                25 => r.tolerant(&mut f25),
                26 => r.tolerant(&mut f26),
                27 => r.tolerant(&mut f27),
                28 => r.tolerant(&mut f28),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            nat_gateway_id: r.or_default(f0),
            nat_gateway_name: r.or_default(f1),
            created_time: r.or_default(f2),
            state: r.or_default(f3),
            internet_max_bandwidth_out: r.or_default(f4),
            max_concurrent_connection: r.or_default(f5),
            public_ip_address_set: r.or_default(f6),
            network_state: r.or_default(f7),
            destination_ip_port_translation_nat_rule_set: r.or_default(f8),
            vpc_id: r.or_default(f9),
            zone: r.or_default(f10),
            direct_connect_gateway_ids: r.or_default(f11),
            subnet_id: r.or_default(f12),
            tag_set: r.or_default(f13),
            security_group_set: r.or_default(f14),
            source_ip_translation_nat_rule_set: r.or_default(f15),
            is_exclusive: r.or_default(f16),
            exclusive_gateway_bandwidth: r.or_default(f17),
            restrict_state: r.or_default(f18),
            nat_product_version: r.or_default(f19),
            strict_snat_mode: r.or_default(f20),
            smart_schedule_mode: r.or_default(f21),
            dedicated_cluster_id: r.or_default(f22),
            deletion_protection_enabled: r.or_default(f23),
            connection_state_timeouts: r.or_default(f24),
            exclusive_type: r.or_default(f25),
            auto_scaling: r.or_default(f26),
            icmp_proxy: r.or_default(f27),
            public_address_affinity: r.or_default(f28),
        })
    }
}

/// The EIP bound to the NAT gateway
///
/// NAT网关绑定的弹性IP
#[derive(Debug, Clone, PartialEq)]
pub struct NatGatewayAddress {
    /// The unique ID of the Elastic IP (EIP), such as `eip-11112222`.
    ///
    /// 弹性公网IP（EIP）的唯一 ID，形如：`eip-11112222`。
    pub address_id: Option<String>,
    /// The public IP address, such as `123.121.34.33`.
    ///
    /// 外网IP地址，形如：`123.121.34.33`。
    pub public_ip_address: Option<String>,
    /// The block status of the resource. `true` indicates the EIP is blocked. `false` indicates that the EIP is not blocked.
    ///
    /// 资源封堵状态。true表示弹性ip处于封堵状态，false表示弹性ip处于未封堵状态。
    pub is_blocked: Option<bool>,
    /// 资源封堵类型。NORMAL表示未封禁，SECURITY表示安全封禁，USER表示用户封禁，OTHER表示其他封禁，多个原因封禁时用&连接，比如：SECURITY&USER&OTHER。
    pub block_type: Option<String>,
}

impl serde::Serialize for NatGatewayAddress {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatGatewayAddress",
            usize::from(self.address_id.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.is_blocked.is_some())
                + usize::from(self.block_type.is_some()),
        )?;
        s.optional("AddressId", &self.address_id)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("IsBlocked", &self.is_blocked)?;
        s.optional("BlockType", &self.block_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatGatewayAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatGatewayAddress {
    const NAME: &'static str = "NatGatewayAddress";
    const FIELDS: &'static [&'static str] = &[
        "AddressId",
        "PublicIpAddress",
        "IsBlocked",
        "BlockType",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_id: r.or_default(f0),
            public_ip_address: r.or_default(f1),
            is_blocked: r.or_default(f2),
            block_type: r.or_default(f3),
        })
    }
}

/// The port forwarding rules of the NAT gateway
///
/// NAT网关的端口转发规则
#[derive(Debug, Clone, PartialEq)]
pub struct NatGatewayDestinationIpPortTranslationNatRule {
    /// Network protocol. Available choices: `TCP`, `UDP`.
    ///
    /// 网络协议，可选值：`TCP`、`UDP`。
    pub ip_protocol: Option<String>,
    /// EIP.
    ///
    /// 弹性公网IP。
    pub public_ip_address: Option<String>,
    /// Public port.
    ///
    /// 公网端口。
    pub public_port: Option<u64>,
    /// Private IP.
    ///
    /// 内网地址。
    pub private_ip_address: Option<String>,
    /// Private port.
    ///
    /// 内网端口。
    pub private_port: Option<u64>,
    /// NAT gateway forwarding rule description.
    ///
    /// NAT网关转发规则描述。
    pub description: Option<String>,
    /// NAT gateway ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关的ID。
    pub nat_gateway_id: Option<String>,
    /// VPC ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 私有网络VPC的ID。
    pub vpc_id: Option<String>,
    /// The creation time of the NAT gateway forwarding rule.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关转发规则创建时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for NatGatewayDestinationIpPortTranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatGatewayDestinationIpPortTranslationNatRule",
            usize::from(self.ip_protocol.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.public_port.is_some())
                + usize::from(self.private_ip_address.is_some())
                + usize::from(self.private_port.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.nat_gateway_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("IpProtocol", &self.ip_protocol)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("PublicPort", &self.public_port)?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("PrivatePort", &self.private_port)?;
        s.optional("Description", &self.description)?;
        s.optional("NatGatewayId", &self.nat_gateway_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatGatewayDestinationIpPortTranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct
for NatGatewayDestinationIpPortTranslationNatRule {
    const NAME: &'static str = "NatGatewayDestinationIpPortTranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "IpProtocol",
        "PublicIpAddress",
        "PublicPort",
        "PrivateIpAddress",
        "PrivatePort",
        "Description",
        "NatGatewayId",
        "VpcId",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ip_protocol: r.or_default(f0),
            public_ip_address: r.or_default(f1),
            public_port: r.or_default(f2),
            private_ip_address: r.or_default(f3),
            private_port: r.or_default(f4),
            description: r.or_default(f5),
            nat_gateway_id: r.or_default(f6),
            vpc_id: r.or_default(f7),
            created_time: r.or_default(f8),
        })
    }
}

/// nat网关流量监控明细。
#[derive(Debug, Clone, PartialEq)]
pub struct NatGatewayFlowMonitorDetail {
    /// 来源`IP`。
    pub private_ip_address: Option<String>,
    /// 入包量。
    pub in_pkg: Option<u64>,
    /// 出包量。
    pub out_pkg: Option<u64>,
    /// 入流量，单位：`Byte`。
    pub in_traffic: Option<u64>,
    /// 出流量，单位：`Byte`。
    pub out_traffic: Option<u64>,
    /// 并发连接数。仅标准型nat支持此参数。
    pub concurrent_connection_count: Option<u64>,
    /// 新建连接速率。仅标准型nat支持此参数。
    pub new_connection_rate: Option<u64>,
}

impl serde::Serialize for NatGatewayFlowMonitorDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatGatewayFlowMonitorDetail",
            usize::from(self.private_ip_address.is_some())
                + usize::from(self.in_pkg.is_some())
                + usize::from(self.out_pkg.is_some())
                + usize::from(self.in_traffic.is_some())
                + usize::from(self.out_traffic.is_some())
                + usize::from(self.concurrent_connection_count.is_some())
                + usize::from(self.new_connection_rate.is_some()),
        )?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("InPkg", &self.in_pkg)?;
        s.optional("OutPkg", &self.out_pkg)?;
        s.optional("InTraffic", &self.in_traffic)?;
        s.optional("OutTraffic", &self.out_traffic)?;
        s.optional("ConcurrentConnectionCount", &self.concurrent_connection_count)?;
        s.optional("NewConnectionRate", &self.new_connection_rate)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatGatewayFlowMonitorDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatGatewayFlowMonitorDetail {
    const NAME: &'static str = "NatGatewayFlowMonitorDetail";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIpAddress",
        "InPkg",
        "OutPkg",
        "InTraffic",
        "OutTraffic",
        "ConcurrentConnectionCount",
        "NewConnectionRate",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            private_ip_address: r.or_default(f0),
            in_pkg: r.or_default(f1),
            out_pkg: r.or_default(f2),
            in_traffic: r.or_default(f3),
            out_traffic: r.or_default(f4),
            concurrent_connection_count: r.or_default(f5),
            new_connection_rate: r.or_default(f6),
        })
    }
}

/// NAT地域地区对象
#[derive(Debug, Clone, PartialEq)]
pub struct NatRegionInfoWithArea {
    /// 地域ID，如：ap-guangzhou。
    pub region: Option<String>,
}

impl serde::Serialize for NatRegionInfoWithArea {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatRegionInfoWithArea",
            usize::from(self.region.is_some()),
        )?;
        s.optional("Region", &self.region)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatRegionInfoWithArea {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatRegionInfoWithArea {
    const NAME: &'static str = "NatRegionInfoWithArea";
    const FIELDS: &'static [&'static str] = &["Region"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self { region: r.or_default(f0) })
    }
}

/// NAT网关可用区集合
#[derive(Debug, Clone, PartialEq)]
pub struct NatZoneInfo {
    /// 可用区名称
    pub zone: Option<String>,
    /// 可用区id
    pub zone_id: Option<u64>,
}

impl serde::Serialize for NatZoneInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NatZoneInfo",
            usize::from(self.zone.is_some()) + usize::from(self.zone_id.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("ZoneId", &self.zone_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NatZoneInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NatZoneInfo {
    const NAME: &'static str = "NatZoneInfo";
    const FIELDS: &'static [&'static str] = &["Zone", "ZoneId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            zone: r.or_default(f0),
            zone_id: r.or_default(f1),
        })
    }
}

/// The network detection object.
///
/// 网络探测对象。
#[derive(Debug, Clone, PartialEq)]
pub struct NetDetect {
    /// The ID of a VPC instance, such as `vpc-12345678`.
    ///
    /// `VPC`实例`ID`。形如：`vpc-12345678`
    pub vpc_id: Option<String>,
    /// The name of a VPC instance.
    ///
    /// `VPC`实例名称。
    pub vpc_name: Option<String>,
    /// The ID of a subnet instance, such as subnet-12345678.
    ///
    /// 子网实例ID。形如：subnet-12345678。
    pub subnet_id: Option<String>,
    /// The name of a subnet instance.
    ///
    /// 子网实例名称。
    pub subnet_name: Option<String>,
    /// The ID of a network detection instance, such as netd-12345678.
    ///
    /// 网络探测实例ID。形如：netd-12345678。
    pub net_detect_id: Option<String>,
    /// The name of a network detection instance. The maximum length is 60 characters.
    ///
    /// 网络探测名称，最大长度不能超过60个字节。
    pub net_detect_name: Option<String>,
    /// The array of detection destination IPv4 addresses, which contains at most two IP addresses.
    ///
    /// 探测目的IPv4地址数组，最多两个。
    pub detect_destination_ip: Option<Vec<String>>,
    /// The array of detection source IPv4 addresses automatically allocated by the system. The length is 2.
    ///
    /// 系统自动分配的探测源IPv4数组。长度为2。
    pub detect_source_ip: Option<Vec<String>>,
    /// Type of the next hop. Currently supported types are:
    ///
    /// VPN: VPN gateway;
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
    /// 下一跳类型为NONEXTHOP，指定网络探测为无下一跳的网络探测，添加和修改时，不需要指定值，查询时值为空字符串；
    pub next_hop_destination: Option<String>,
    /// The name of the next-hop gateway.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 下一跳网关名称。
    pub next_hop_name: Option<String>,
    /// Network detection description.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 网络探测描述。
    pub net_detect_description: Option<String>,
    /// The creation time.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 创建时间。
    pub create_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for NetDetect {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetDetect",
            usize::from(self.vpc_id.is_some()) + usize::from(self.vpc_name.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.subnet_name.is_some())
                + usize::from(self.net_detect_id.is_some())
                + usize::from(self.net_detect_name.is_some())
                + usize::from(self.detect_destination_ip.is_some())
                + usize::from(self.detect_source_ip.is_some())
                + usize::from(self.next_hop_type.is_some())
                + usize::from(self.next_hop_destination.is_some())
                + usize::from(self.next_hop_name.is_some())
                + usize::from(self.net_detect_description.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("VpcName", &self.vpc_name)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("SubnetName", &self.subnet_name)?;
        s.optional("NetDetectId", &self.net_detect_id)?;
        s.optional("NetDetectName", &self.net_detect_name)?;
        s.optional("DetectDestinationIp", &self.detect_destination_ip)?;
        s.optional("DetectSourceIp", &self.detect_source_ip)?;
        s.optional("NextHopType", &self.next_hop_type)?;
        s.optional("NextHopDestination", &self.next_hop_destination)?;
        s.optional("NextHopName", &self.next_hop_name)?;
        s.optional("NetDetectDescription", &self.net_detect_description)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetDetect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetDetect {
    const NAME: &'static str = "NetDetect";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "VpcName",
        "SubnetId",
        "SubnetName",
        "NetDetectId",
        "NetDetectName",
        "DetectDestinationIp",
        "DetectSourceIp",
        "NextHopType",
        "NextHopDestination",
        "NextHopName",
        "NetDetectDescription",
        "CreateTime",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.plain(&mut f13),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            vpc_name: r.or_default(f1),
            subnet_id: r.or_default(f2),
            subnet_name: r.or_default(f3),
            net_detect_id: r.or_default(f4),
            net_detect_name: r.or_default(f5),
            detect_destination_ip: r.or_default(f6),
            detect_source_ip: r.or_default(f7),
            next_hop_type: r.or_default(f8),
            next_hop_destination: r.or_default(f9),
            next_hop_name: r.or_default(f10),
            net_detect_description: r.or_default(f11),
            create_time: r.or_default(f12),
            tag_set: r.or_default(f13),
        })
    }
}

/// The verification result of the network detection destination IP address.
///
/// 网络探测目的IP的验证结果。
#[derive(Debug, Clone, PartialEq)]
pub struct NetDetectIpState {
    /// The destination IPv4 address of network detection.
    ///
    /// 探测目的IPv4地址。
    pub detect_destination_ip: Option<String>,
    /// The detection result.
    ///
    /// 0: successful;
    ///
    /// -1: no packet loss occurred during routing;
    ///
    /// -2: packet loss occurred when outbound traffic is blocked by the ACL;
    ///
    /// -3: packet loss occurred when inbound traffic is blocked by the ACL;
    ///
    /// -4: other errors.
    ///
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
    pub state: Option<i64>,
    /// The latency. Unit: ms.
    ///
    /// 时延，单位毫秒
    pub delay: Option<u64>,
    /// The packet loss rate.
    ///
    /// 丢包率
    pub packet_loss_rate: Option<u64>,
}

impl serde::Serialize for NetDetectIpState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetDetectIpState",
            usize::from(self.detect_destination_ip.is_some())
                + usize::from(self.state.is_some()) + usize::from(self.delay.is_some())
                + usize::from(self.packet_loss_rate.is_some()),
        )?;
        s.optional("DetectDestinationIp", &self.detect_destination_ip)?;
        s.optional("State", &self.state)?;
        s.optional("Delay", &self.delay)?;
        s.optional("PacketLossRate", &self.packet_loss_rate)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetDetectIpState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetDetectIpState {
    const NAME: &'static str = "NetDetectIpState";
    const FIELDS: &'static [&'static str] = &[
        "DetectDestinationIp",
        "State",
        "Delay",
        "PacketLossRate",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            detect_destination_ip: r.or_default(f0),
            state: r.or_default(f1),
            delay: r.or_default(f2),
            packet_loss_rate: r.or_default(f3),
        })
    }
}

/// The network detection verification result.
///
/// 网络探测验证结果。
#[derive(Debug, Clone, PartialEq)]
pub struct NetDetectState {
    /// The ID of a network detection instance, such as netd-12345678.
    ///
    /// 网络探测实例ID。形如：netd-12345678。
    pub net_detect_id: Option<String>,
    /// The array of network detection destination IP verification results.
    ///
    /// 网络探测目的IP验证结果对象数组。
    pub net_detect_ip_state_set: Option<Vec<NetDetectIpState>>,
}

impl serde::Serialize for NetDetectState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetDetectState",
            usize::from(self.net_detect_id.is_some())
                + usize::from(self.net_detect_ip_state_set.is_some()),
        )?;
        s.optional("NetDetectId", &self.net_detect_id)?;
        s.optional("NetDetectIpStateSet", &self.net_detect_ip_state_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetDetectState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetDetectState {
    const NAME: &'static str = "NetDetectState";
    const FIELDS: &'static [&'static str] = &["NetDetectId", "NetDetectIpStateSet"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.plain(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            net_detect_id: r.or_default(f0),
            net_detect_ip_state_set: r.or_default(f1),
        })
    }
}

/// Network ACL
///
/// 网络ACL
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAcl {
    /// `ID` of the `VPC` instance.
    ///
    /// `VPC`实例`ID`。
    pub vpc_id: Option<String>,
    /// `ID` of the network ACL instance.
    ///
    /// 网络ACL实例`ID`。
    pub network_acl_id: Option<String>,
    /// Name of the network ACL. The maximum length is 60 bytes.
    ///
    /// 网络ACL名称，最大长度为60。
    pub network_acl_name: Option<String>,
    /// Creation time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Array of subnets associated with the network ACL.
    ///
    /// 网络ACL关联的子网数组。
    pub subnet_set: Option<Vec<Subnet>>,
    /// Inbound rules of the network ACL.
    ///
    /// 该参数仅对三元组ACL有效，网络ACl入站规则。
    pub ingress_entries: Option<Vec<NetworkAclEntry>>,
    /// Outbound rules of the network ACL.
    ///
    /// 该参数仅对三元组ACL有效，网络ACL出站规则。
    pub egress_entries: Option<Vec<NetworkAclEntry>>,
    /// Network ACL type. Valid values: `TRIPLE` and `QUINTUPLE`.
    ///
    /// 网络ACL类型。三元组：'TRIPLE'   五元组：'QUINTUPLE'
    pub network_acl_type: Option<String>,
    /// Tag key-value pairs
    ///
    /// 标签键值对
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for NetworkAcl {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkAcl",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.network_acl_id.is_some())
                + usize::from(self.network_acl_name.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.subnet_set.is_some())
                + usize::from(self.ingress_entries.is_some())
                + usize::from(self.egress_entries.is_some())
                + usize::from(self.network_acl_type.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("NetworkAclId", &self.network_acl_id)?;
        s.optional("NetworkAclName", &self.network_acl_name)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("SubnetSet", &self.subnet_set)?;
        s.optional("IngressEntries", &self.ingress_entries)?;
        s.optional("EgressEntries", &self.egress_entries)?;
        s.optional("NetworkAclType", &self.network_acl_type)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAcl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkAcl {
    const NAME: &'static str = "NetworkAcl";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "NetworkAclId",
        "NetworkAclName",
        "CreatedTime",
        "SubnetSet",
        "IngressEntries",
        "EgressEntries",
        "NetworkAclType",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            network_acl_id: r.or_default(f1),
            network_acl_name: r.or_default(f2),
            created_time: r.or_default(f3),
            subnet_set: r.or_default(f4),
            ingress_entries: r.or_default(f5),
            egress_entries: r.or_default(f6),
            network_acl_type: r.or_default(f7),
            tag_set: r.or_default(f8),
        })
    }
}

/// Network ACL rules.
///
/// 网络ACL规则。
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntry {
    /// Protocol. Valid values: TCP, UDP, ICMP, ALL.
    ///
    /// 协议, 取值: TCP,UDP, ICMP, ALL。
    pub protocol: Option<String>,
    /// Port. Valid values: all, single port, range. When Protocol takes the value `ALL` or `ICMP`, Port cannot be specified.
    ///
    /// 端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。使用-指定端口范围，如：10-20。
    pub port: Option<String>,
    /// IP range or IP address (mutually exclusive).
    ///
    /// 网段或IP(互斥)。增量创建ACL规则时，CidrBlock和Ipv6CidrBlock至少提供一个。
    pub cidr_block: Option<String>,
    /// CIDR block or IPv6 address (mutually exclusive).
    ///
    /// 网段或IPv6(互斥)。
    pub ipv6_cidr_block: Option<String>,
    /// ACCEPT or DROP.
    ///
    /// ACCEPT 或 DROP。
    pub action: Option<String>,
    /// Rule description, which is up to 100 bytes.
    ///
    /// 规则描述，最大长度100。
    pub description: Option<String>,
    /// Modification time.
    ///
    /// 修改时间。
    pub modify_time: Option<String>,
    /// 优先级，从1开始。
    pub priority: Option<i64>,
    /// IPv4网络ACL条目唯一ID。当修改ACL条目时，NetworkAclIpv4EntryId和NetworkAclIpv6EntryID至少提供一个。
    pub network_acl_ipv4_entry_id: Option<String>,
    /// IPv6网络ACL条目唯一ID。当修改ACL条目时，NetworkAclIpv4EntryId和NetworkAclIpv6EntryId至少提供一个。
    pub network_acl_ipv6_entry_id: Option<String>,
}

impl serde::Serialize for NetworkAclEntry {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkAclEntry",
            usize::from(self.protocol.is_some()) + usize::from(self.port.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.ipv6_cidr_block.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.modify_time.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.network_acl_ipv4_entry_id.is_some())
                + usize::from(self.network_acl_ipv6_entry_id.is_some()),
        )?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("Port", &self.port)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("Ipv6CidrBlock", &self.ipv6_cidr_block)?;
        s.optional("Action", &self.action)?;
        s.optional("Description", &self.description)?;
        s.optional("ModifyTime", &self.modify_time)?;
        s.optional("Priority", &self.priority)?;
        s.optional("NetworkAclIpv4EntryId", &self.network_acl_ipv4_entry_id)?;
        s.optional("NetworkAclIpv6EntryId", &self.network_acl_ipv6_entry_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAclEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkAclEntry {
    const NAME: &'static str = "NetworkAclEntry";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "Port",
        "CidrBlock",
        "Ipv6CidrBlock",
        "Action",
        "Description",
        "ModifyTime",
        "Priority",
        "NetworkAclIpv4EntryId",
        "NetworkAclIpv6EntryId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            protocol: r.or_default(f0),
            port: r.or_default(f1),
            cidr_block: r.or_default(f2),
            ipv6_cidr_block: r.or_default(f3),
            action: r.or_default(f4),
            description: r.or_default(f5),
            modify_time: r.or_default(f6),
            priority: r.or_default(f7),
            network_acl_ipv4_entry_id: r.or_default(f8),
            network_acl_ipv6_entry_id: r.or_default(f9),
        })
    }
}

/// Network ACL rule set
///
/// 网络ACL规则集合
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntrySet {
    /// Inbound rules.
    ///
    /// 入站规则。
    pub ingress: Option<Vec<NetworkAclEntry>>,
    /// Outbound rules.
    ///
    /// 出站规则。
    pub egress: Option<Vec<NetworkAclEntry>>,
}

impl serde::Serialize for NetworkAclEntrySet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkAclEntrySet",
            usize::from(self.ingress.is_some()) + usize::from(self.egress.is_some()),
        )?;
        s.optional("Ingress", &self.ingress)?;
        s.optional("Egress", &self.egress)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAclEntrySet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkAclEntrySet {
    const NAME: &'static str = "NetworkAclEntrySet";
    const FIELDS: &'static [&'static str] = &["Ingress", "Egress"];
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
        ::core::result::Result::Ok(Self {
            ingress: r.or_default(f0),
            egress: r.or_default(f1),
        })
    }
}

/// Network ACL quintuple
///
/// 网络ACL五元组
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclQuintupleEntries {
    /// Network ACL quintuple inbound rule.
    ///
    /// 网络ACL五元组入站规则。
    pub ingress: Option<Vec<NetworkAclQuintupleEntry>>,
    /// Network ACL quintuple outbound rule.
    ///
    /// 网络ACL五元组出站规则
    pub egress: Option<Vec<NetworkAclQuintupleEntry>>,
}

impl serde::Serialize for NetworkAclQuintupleEntries {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkAclQuintupleEntries",
            usize::from(self.ingress.is_some()) + usize::from(self.egress.is_some()),
        )?;
        s.optional("Ingress", &self.ingress)?;
        s.optional("Egress", &self.egress)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAclQuintupleEntries {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkAclQuintupleEntries {
    const NAME: &'static str = "NetworkAclQuintupleEntries";
    const FIELDS: &'static [&'static str] = &["Ingress", "Egress"];
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
        ::core::result::Result::Ok(Self {
            ingress: r.or_default(f0),
            egress: r.or_default(f1),
        })
    }
}

/// Network ACL quintuple entry
///
/// 网络ACL五元组Entry
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclQuintupleEntry {
    /// Protocol. Valid values: `TCP`, `UDP`, `ICMP`, `ALL`.
    ///
    /// 协议, 取值: TCP,UDP, ICMP, ALL。
    pub protocol: Option<String>,
    /// Description
    ///
    /// 描述。
    pub description: Option<String>,
    /// Source port. Valid values: all, single port, range. When `Protocol` is `ALL` or `ICMP`, `Port` cannot be specified.
    ///
    /// 源端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。
    pub source_port: Option<String>,
    /// Source CIDR block.
    ///
    /// 源CIDR。
    pub source_cidr: Option<String>,
    /// Destination port. Valid values: all, single port, range. When `Protocol` is `ALL` or `ICMP`, `Port` cannot be specified.
    ///
    /// 目的端口(all, 单个port,  range)。当Protocol为ALL或ICMP时，不能指定Port。
    pub destination_port: Option<String>,
    /// Destination CIDR block.
    ///
    /// 目的CIDR。
    pub destination_cidr: Option<String>,
    /// Action. Valid values: `ACCEPT` and `DROP`.
    ///
    /// 动作，ACCEPT 或 DROP。
    pub action: Option<String>,
    /// Unique ID of a network ACL entry.
    ///
    /// 网络ACL条目唯一ID。
    pub network_acl_quintuple_entry_id: Option<String>,
    /// Priority. `1` refers to the highest priority.
    ///
    /// 优先级，从1开始。
    pub priority: Option<i64>,
    /// Creation time. It’s returned by `DescribeNetworkAclQuintupleEntries`.
    ///
    /// 创建时间，用于DescribeNetworkAclQuintupleEntries的出参。
    pub create_time: Option<String>,
    /// Direction of the rule. It’s returned by `DescribeNetworkAclQuintupleEntries`. Valid values: `INGRESS` and `EGRESS`.
    ///
    /// 方向，INGRESS或EGRESS，用于DescribeNetworkAclQuintupleEntries的出参。
    pub network_acl_direction: Option<String>,
    /// IPv6源CIDR。
    pub source_ipv6_cidr: Option<String>,
    /// IPv6目的CIDR。
    pub destination_ipv6_cidr: Option<String>,
}

impl serde::Serialize for NetworkAclQuintupleEntry {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkAclQuintupleEntry",
            usize::from(self.protocol.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.source_port.is_some())
                + usize::from(self.source_cidr.is_some())
                + usize::from(self.destination_port.is_some())
                + usize::from(self.destination_cidr.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.network_acl_quintuple_entry_id.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.network_acl_direction.is_some())
                + usize::from(self.source_ipv6_cidr.is_some())
                + usize::from(self.destination_ipv6_cidr.is_some()),
        )?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("Description", &self.description)?;
        s.optional("SourcePort", &self.source_port)?;
        s.optional("SourceCidr", &self.source_cidr)?;
        s.optional("DestinationPort", &self.destination_port)?;
        s.optional("DestinationCidr", &self.destination_cidr)?;
        s.optional("Action", &self.action)?;
        s.optional("NetworkAclQuintupleEntryId", &self.network_acl_quintuple_entry_id)?;
        s.optional("Priority", &self.priority)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("NetworkAclDirection", &self.network_acl_direction)?;
        s.optional("SourceIPv6Cidr", &self.source_ipv6_cidr)?;
        s.optional("DestinationIPv6Cidr", &self.destination_ipv6_cidr)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkAclQuintupleEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkAclQuintupleEntry {
    const NAME: &'static str = "NetworkAclQuintupleEntry";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "Description",
        "SourcePort",
        "SourceCidr",
        "DestinationPort",
        "DestinationCidr",
        "Action",
        "NetworkAclQuintupleEntryId",
        "Priority",
        "CreateTime",
        "NetworkAclDirection",
        "SourceIPv6Cidr",
        "DestinationIPv6Cidr",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            protocol: r.or_default(f0),
            description: r.or_default(f1),
            source_port: r.or_default(f2),
            source_cidr: r.or_default(f3),
            destination_port: r.or_default(f4),
            destination_cidr: r.or_default(f5),
            action: r.or_default(f6),
            network_acl_quintuple_entry_id: r.or_default(f7),
            priority: r.or_default(f8),
            create_time: r.or_default(f9),
            network_acl_direction: r.or_default(f10),
            source_ipv6_cidr: r.or_default(f11),
            destination_ipv6_cidr: r.or_default(f12),
        })
    }
}

/// ENI
///
/// 弹性网卡
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    /// The ID of the ENI instance, such as `eni-f1xjkw1b`.
    ///
    /// 弹性网卡实例ID，例如：eni-f1xjkw1b。
    pub network_interface_id: Option<String>,
    /// ENI Name
    ///
    /// 弹性网卡名称。
    pub network_interface_name: Option<String>,
    /// ENI description.
    ///
    /// 弹性网卡描述。
    pub network_interface_description: Option<String>,
    /// Subnet instance ID.
    ///
    /// 子网实例ID。
    pub subnet_id: Option<String>,
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// Bound security group.
    ///
    /// 绑定的安全组。
    pub group_set: Option<Vec<String>>,
    /// Whether it is the primary ENI.
    ///
    /// 是否是主网卡。
    pub primary: Option<bool>,
    /// MAC address
    ///
    /// MAC地址。
    pub mac_address: Option<String>,
    /// ENI status:
    ///
    /// - `PENDING`: Creating
    ///
    /// - `AVAILABLE`: Available
    ///
    /// - `ATTACHING`: Binding
    ///
    /// - `DETACHING`: Unbinding
    ///
    /// - `DELETING`: Deleting
    ///
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
    pub network_interface_state: Option<String>,
    /// Private IP information.
    ///
    /// 内网IP信息。
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
    /// Bound CVM object.
    ///
    /// Note: This field may return null, indicating no valid value.
    ///
    /// 绑定的云服务器对象。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub attachment: Option<NetworkInterfaceAttachment>,
    /// Availability Zone.
    ///
    /// 可用区。
    pub zone: Option<String>,
    /// Creation Time.
    ///
    /// 创建时间。格式：YYYY-MM-DD hh:mm:ss。示例值：2020-10-28 08:23:59
    pub created_time: Option<String>,
    /// The `IPv6` address list.
    ///
    /// `IPv6`地址列表。
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
    /// Tag key-value pair.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// The ENI type. 0: ENI. 1: EVM ENI.
    ///
    /// 网卡类型。“0”-辅助网卡，“1”-主网卡，“2”：中继网卡
    pub eni_type: Option<u64>,
    /// Type of the resource bound with an ENI. Valid values: cvm, eks.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 网卡绑定的子机类型：cvm（普通CVM子机），eks（弹性容器服务Elastic Kubernetes Service）， hai（高性能应用服务Hyper Application Inventor）。
    pub business: Option<String>,
    /// ID of the CDC instance associated with the ENI
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 网卡所关联的CDC实例ID。
    pub cdc_id: Option<String>,
    /// ENI type. Valid values: `0` (standard); `1` (extension). Default value: `0`.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 弹性网卡类型：0:标准型/1:扩展型。默认值为0。
    pub attach_type: Option<u64>,
    /// The ID of resource to retain the ENI primary IP. It’s used as the request parameters for deleting an ENI.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 用于保留网卡主IP的资源ID用于保留网卡主IP的资源ID。用于删除网卡时作为入参数。
    pub resource_id: Option<String>,
    /// Service level
    ///
    /// - `DEFAULT`: Default level\</lil\>
    ///
    /// - `PT`: Gold
    ///
    /// - `AU`: Silver
    ///
    /// - `AG`: Bronze
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 服务质量级别：
    ///
    /// PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    ///
    /// 可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    pub qos_level: Option<String>,
}

impl serde::Serialize for NetworkInterface {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkInterface",
            usize::from(self.network_interface_id.is_some())
                + usize::from(self.network_interface_name.is_some())
                + usize::from(self.network_interface_description.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.group_set.is_some())
                + usize::from(self.primary.is_some())
                + usize::from(self.mac_address.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.network_interface_state.is_some())
                + usize::from(self.private_ip_address_set.is_some())
                + usize::from(self.attachment.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.ipv6_address_set.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.eni_type.is_some())
                + usize::from(self.business.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.attach_type.is_some())
                + usize::from(self.resource_id.is_some())
                + usize::from(self.qos_level.is_some()),
        )?;
        s.optional("NetworkInterfaceId", &self.network_interface_id)?;
        s.optional("NetworkInterfaceName", &self.network_interface_name)?;
        s.optional("NetworkInterfaceDescription", &self.network_interface_description)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("GroupSet", &self.group_set)?;
        s.optional("Primary", &self.primary)?;
        s.optional("MacAddress", &self.mac_address)?;
        s.optional("State", &self.state)?;
        s.optional("NetworkInterfaceState", &self.network_interface_state)?;
        s.optional("PrivateIpAddressSet", &self.private_ip_address_set)?;
        s.optional("Attachment", &self.attachment)?;
        s.optional("Zone", &self.zone)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Ipv6AddressSet", &self.ipv6_address_set)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("EniType", &self.eni_type)?;
        s.optional("Business", &self.business)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("AttachType", &self.attach_type)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkInterface {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkInterface {
    const NAME: &'static str = "NetworkInterface";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "NetworkInterfaceName",
        "NetworkInterfaceDescription",
        "SubnetId",
        "VpcId",
        "GroupSet",
        "Primary",
        "MacAddress",
        "State",
        "NetworkInterfaceState",
        "PrivateIpAddressSet",
        "Attachment",
        "Zone",
        "CreatedTime",
        "Ipv6AddressSet",
        "TagSet",
        "EniType",
        "Business",
        "CdcId",
        "AttachType",
        "ResourceId",
        "QosLevel",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            network_interface_id: r.or_default(f0),
            network_interface_name: r.or_default(f1),
            network_interface_description: r.or_default(f2),
            subnet_id: r.or_default(f3),
            vpc_id: r.or_default(f4),
            group_set: r.or_default(f5),
            primary: r.or_default(f6),
            mac_address: r.or_default(f7),
            state: r.or_default(f8),
            network_interface_state: r.or_default(f9),
            private_ip_address_set: r.or_default(f10),
            attachment: r.or_default(f11),
            zone: r.or_default(f12),
            created_time: r.or_default(f13),
            ipv6_address_set: r.or_default(f14),
            tag_set: r.or_default(f15),
            eni_type: r.or_default(f16),
            business: r.or_default(f17),
            cdc_id: r.or_default(f18),
            attach_type: r.or_default(f19),
            resource_id: r.or_default(f20),
            qos_level: r.or_default(f21),
        })
    }
}

/// Binding relationship of the ENI
///
/// 弹性网卡绑定关系
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceAttachment {
    /// The serial number of ENI in the CVM instance.
    ///
    /// 网卡在云主机实例内的序号。
    pub device_index: Option<u64>,
    /// The account information of the CVM owner.
    ///
    /// 云主机所有者账户信息。
    pub instance_account_id: Option<String>,
    /// Binding time
    ///
    /// 绑定时间。
    pub attach_time: Option<String>,
    /// CVM instance ID.
    ///
    /// 云主机实例ID。
    pub instance_id: Option<String>,
}

impl serde::Serialize for NetworkInterfaceAttachment {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkInterfaceAttachment",
            usize::from(self.device_index.is_some())
                + usize::from(self.instance_account_id.is_some())
                + usize::from(self.attach_time.is_some())
                + usize::from(self.instance_id.is_some()),
        )?;
        s.optional("DeviceIndex", &self.device_index)?;
        s.optional("InstanceAccountId", &self.instance_account_id)?;
        s.optional("AttachTime", &self.attach_time)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkInterfaceAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkInterfaceAttachment {
    const NAME: &'static str = "NetworkInterfaceAttachment";
    const FIELDS: &'static [&'static str] = &[
        "DeviceIndex",
        "InstanceAccountId",
        "AttachTime",
        "InstanceId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            device_index: r.or_default(f0),
            instance_account_id: r.or_default(f1),
            attach_time: r.or_default(f2),
            instance_id: r.or_default(f3),
        })
    }
}

/// 对等连接实例信息。
#[derive(Debug, Clone, PartialEq)]
pub struct PeerConnection {
    /// 本端VPC唯一ID。
    pub source_vpc_id: Option<String>,
    /// 对端VPC唯一ID。
    pub peer_vpc_id: Option<String>,
    /// 对等连接唯一ID。
    pub peering_connection_id: Option<String>,
    /// 对等连接名称。
    pub peering_connection_name: Option<String>,
    /// 对等连接状态，PENDING，投放中；ACTIVE，使用中；REJECTED，已拒绝‘DELETED，已删除；FAILED，失败；EXPIRED，已过期；ISOLATED，隔离中。
    pub state: Option<String>,
    /// 是否是新控制器，true: 是NewAfc；false:不是。
    pub is_ngw: Option<bool>,
    /// 对等连接带宽值。
    pub bandwidth: Option<i64>,
    /// 本端地域。
    pub source_region: Option<String>,
    /// 对端地域。
    pub destination_region: Option<String>,
    /// 创建时间。
    pub create_time: Option<String>,
    /// 本端APPID。
    pub app_id: Option<i64>,
    /// 对端APPID。
    pub peer_app_id: Option<i64>,
    /// 计费类型，POSTPAID_BY_DAY_MAX：日峰值计费；POSTPAID_BY_MONTH_95：月95计费。
    pub charge_type: Option<String>,
    /// 本端UIN。
    pub source_uin: Option<i64>,
    /// 对端UIN。
    pub destination_uin: Option<i64>,
    /// 资源标签数据。
    pub tag_set: Option<Vec<Tag>>,
    /// 服务分级：PT、AU、AG。
    pub qos_level: Option<String>,
    /// 互通类型，VPC_PEER：VPC间互通；VPC_BM_PEER：VPC与黑石网络互通。
    pub r#type: Option<String>,
    /// 对端VPC唯一ID。
    pub destination_vpc_id: Option<String>,
}

impl serde::Serialize for PeerConnection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PeerConnection",
            usize::from(self.source_vpc_id.is_some())
                + usize::from(self.peer_vpc_id.is_some())
                + usize::from(self.peering_connection_id.is_some())
                + usize::from(self.peering_connection_name.is_some())
                + usize::from(self.state.is_some()) + usize::from(self.is_ngw.is_some())
                + usize::from(self.bandwidth.is_some())
                + usize::from(self.source_region.is_some())
                + usize::from(self.destination_region.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.app_id.is_some())
                + usize::from(self.peer_app_id.is_some())
                + usize::from(self.charge_type.is_some())
                + usize::from(self.source_uin.is_some())
                + usize::from(self.destination_uin.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.qos_level.is_some())
                + usize::from(self.r#type.is_some())
                + usize::from(self.destination_vpc_id.is_some()),
        )?;
        s.optional("SourceVpcId", &self.source_vpc_id)?;
        s.optional("PeerVpcId", &self.peer_vpc_id)?;
        s.optional("PeeringConnectionId", &self.peering_connection_id)?;
        s.optional("PeeringConnectionName", &self.peering_connection_name)?;
        s.optional("State", &self.state)?;
        s.optional("IsNgw", &self.is_ngw)?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("SourceRegion", &self.source_region)?;
        s.optional("DestinationRegion", &self.destination_region)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("AppId", &self.app_id)?;
        s.optional("PeerAppId", &self.peer_app_id)?;
        s.optional("ChargeType", &self.charge_type)?;
        s.optional("SourceUin", &self.source_uin)?;
        s.optional("DestinationUin", &self.destination_uin)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.optional("Type", &self.r#type)?;
        s.optional("DestinationVpcId", &self.destination_vpc_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PeerConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PeerConnection {
    const NAME: &'static str = "PeerConnection";
    const FIELDS: &'static [&'static str] = &[
        "SourceVpcId",
        "PeerVpcId",
        "PeeringConnectionId",
        "PeeringConnectionName",
        "State",
        "IsNgw",
        "Bandwidth",
        "SourceRegion",
        "DestinationRegion",
        "CreateTime",
        "AppId",
        "PeerAppId",
        "ChargeType",
        "SourceUin",
        "DestinationUin",
        "TagSet",
        "QosLevel",
        "Type",
        "DestinationVpcId",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            source_vpc_id: r.or_default(f0),
            peer_vpc_id: r.or_default(f1),
            peering_connection_id: r.or_default(f2),
            peering_connection_name: r.or_default(f3),
            state: r.or_default(f4),
            is_ngw: r.or_default(f5),
            bandwidth: r.or_default(f6),
            source_region: r.or_default(f7),
            destination_region: r.or_default(f8),
            create_time: r.or_default(f9),
            app_id: r.or_default(f10),
            peer_app_id: r.or_default(f11),
            charge_type: r.or_default(f12),
            source_uin: r.or_default(f13),
            destination_uin: r.or_default(f14),
            tag_set: r.or_default(f15),
            qos_level: r.or_default(f16),
            r#type: r.or_default(f17),
            destination_vpc_id: r.or_default(f18),
        })
    }
}

/// 安全组策略统计
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStatistics {
    /// 入站IPv4总数
    pub ingress_ipv4_total_count: Option<u64>,
    /// 入站IPv6总数
    pub ingress_ipv6_total_count: Option<u64>,
    /// 出站IPv4总数
    pub egress_ipv4_total_count: Option<u64>,
    /// 出站IPv6总数
    pub egress_ipv6_total_count: Option<u64>,
}

impl serde::Serialize for PolicyStatistics {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PolicyStatistics",
            usize::from(self.ingress_ipv4_total_count.is_some())
                + usize::from(self.ingress_ipv6_total_count.is_some())
                + usize::from(self.egress_ipv4_total_count.is_some())
                + usize::from(self.egress_ipv6_total_count.is_some()),
        )?;
        s.optional("IngressIPv4TotalCount", &self.ingress_ipv4_total_count)?;
        s.optional("IngressIPv6TotalCount", &self.ingress_ipv6_total_count)?;
        s.optional("EgressIPv4TotalCount", &self.egress_ipv4_total_count)?;
        s.optional("EgressIPv6TotalCount", &self.egress_ipv6_total_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PolicyStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PolicyStatistics {
    const NAME: &'static str = "PolicyStatistics";
    const FIELDS: &'static [&'static str] = &[
        "IngressIPv4TotalCount",
        "IngressIPv6TotalCount",
        "EgressIPv4TotalCount",
        "EgressIPv6TotalCount",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ingress_ipv4_total_count: r.or_default(f0),
            ingress_ipv6_total_count: r.or_default(f1),
            egress_ipv4_total_count: r.or_default(f2),
            egress_ipv6_total_count: r.or_default(f3),
        })
    }
}

/// Price
///
/// 价格
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// Instance price.
    ///
    /// 实例价格。
    pub instance_price: Option<ItemPrice>,
    /// Bandwidth price
    ///
    /// 带宽价格。
    pub bandwidth_price: Option<ItemPrice>,
}

impl serde::Serialize for Price {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Price",
            usize::from(self.instance_price.is_some())
                + usize::from(self.bandwidth_price.is_some()),
        )?;
        s.optional("InstancePrice", &self.instance_price)?;
        s.optional("BandwidthPrice", &self.bandwidth_price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Price {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Price {
    const NAME: &'static str = "Price";
    const FIELDS: &'static [&'static str] = &["InstancePrice", "BandwidthPrice"];
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
        ::core::result::Result::Ok(Self {
            instance_price: r.or_default(f0),
            bandwidth_price: r.or_default(f1),
        })
    }
}

/// Private IP information
///
/// 内网IP信息
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateIpAddressSpecification {
    /// Private IP address.
    ///
    /// 内网IP地址。
    pub private_ip_address: Option<String>,
    /// Whether it is a primary IP.
    ///
    /// 是否是主IP。
    pub primary: Option<bool>,
    /// Public IP address.
    ///
    /// 公网IP地址。
    pub public_ip_address: Option<String>,
    /// EIP instance ID, such as `eip-11112222`.
    ///
    /// EIP实例ID，例如：eip-11112222。
    pub address_id: Option<String>,
    /// Private IP description.
    ///
    /// 内网IP描述信息。
    pub description: Option<String>,
    /// Whether the public IP is blocked.
    ///
    /// 公网IP是否被封堵。
    pub is_wan_ip_blocked: Option<bool>,
    /// IP status:
    ///
    /// PENDING: Creating
    ///
    /// MIGRATING: Migrating
    ///
    /// DELETING: Deleting
    ///
    /// AVAILABLE: Available
    ///
    /// IP状态：
    ///
    /// PENDING：生产中
    ///
    /// MIGRATING：迁移中
    ///
    /// DELETING：删除中
    ///
    /// AVAILABLE：可用的
    pub state: Option<String>,
    /// IP service level. Values: PT` (Gold), `AU` (Silver), `AG `(Bronze) and DEFAULT` (Default).
    ///
    /// IP服务质量等级，可选值：PT（云金）、AU（云银）、AG(云铜）、DEFAULT（默认）。
    pub qos_level: Option<String>,
}

impl serde::Serialize for PrivateIpAddressSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrivateIpAddressSpecification",
            usize::from(self.private_ip_address.is_some())
                + usize::from(self.primary.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.address_id.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.is_wan_ip_blocked.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.qos_level.is_some()),
        )?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("Primary", &self.primary)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("AddressId", &self.address_id)?;
        s.optional("Description", &self.description)?;
        s.optional("IsWanIpBlocked", &self.is_wan_ip_blocked)?;
        s.optional("State", &self.state)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateIpAddressSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrivateIpAddressSpecification {
    const NAME: &'static str = "PrivateIpAddressSpecification";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIpAddress",
        "Primary",
        "PublicIpAddress",
        "AddressId",
        "Description",
        "IsWanIpBlocked",
        "State",
        "QosLevel",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            private_ip_address: r.or_default(f0),
            primary: r.or_default(f1),
            public_ip_address: r.or_default(f2),
            address_id: r.or_default(f3),
            description: r.or_default(f4),
            is_wan_ip_blocked: r.or_default(f5),
            state: r.or_default(f6),
            qos_level: r.or_default(f7),
        })
    }
}

/// 私网NAT网关跨域信息
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateNatCrossDomainInfo {
    /// 跨域私网NAT关联的云联网ID
    pub ccn_id: Option<String>,
    /// 跨域私网NAT本端Vpc
    pub local_vpc_id: Option<String>,
    /// 跨域私网NAT对端Vpc
    pub peer_vpc_id: Option<String>,
}

impl serde::Serialize for PrivateNatCrossDomainInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrivateNatCrossDomainInfo",
            usize::from(self.ccn_id.is_some()) + usize::from(self.local_vpc_id.is_some())
                + usize::from(self.peer_vpc_id.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("LocalVpcId", &self.local_vpc_id)?;
        s.optional("PeerVpcId", &self.peer_vpc_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateNatCrossDomainInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrivateNatCrossDomainInfo {
    const NAME: &'static str = "PrivateNatCrossDomainInfo";
    const FIELDS: &'static [&'static str] = &["CcnId", "LocalVpcId", "PeerVpcId"];
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
            ccn_id: r.or_default(f0),
            local_vpc_id: r.or_default(f1),
            peer_vpc_id: r.or_default(f2),
        })
    }
}

/// 本端目的IP端口转换复杂结构
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateNatDestinationIpPortTranslationNatRule {
    /// 协议
    pub protocol: Option<String>,
    /// 映射前端口
    pub original_port: Option<i64>,
    /// 映射前IP
    pub original_ip: Option<String>,
    /// 映射后端口
    pub translation_port: Option<i64>,
    /// 映射后IP
    pub translation_ip: Option<String>,
    /// 描述
    pub description: Option<String>,
    /// 创建时间。
    pub create_time: Option<String>,
    /// 更新时间。
    pub update_time: Option<String>,
}

impl serde::Serialize for PrivateNatDestinationIpPortTranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrivateNatDestinationIpPortTranslationNatRule",
            usize::from(self.protocol.is_some())
                + usize::from(self.original_port.is_some())
                + usize::from(self.original_ip.is_some())
                + usize::from(self.translation_port.is_some())
                + usize::from(self.translation_ip.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("OriginalPort", &self.original_port)?;
        s.optional("OriginalIp", &self.original_ip)?;
        s.optional("TranslationPort", &self.translation_port)?;
        s.optional("TranslationIp", &self.translation_ip)?;
        s.optional("Description", &self.description)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateNatDestinationIpPortTranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct
for PrivateNatDestinationIpPortTranslationNatRule {
    const NAME: &'static str = "PrivateNatDestinationIpPortTranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "OriginalPort",
        "OriginalIp",
        "TranslationPort",
        "TranslationIp",
        "Description",
        "CreateTime",
        "UpdateTime",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            protocol: r.or_default(f0),
            original_port: r.or_default(f1),
            original_ip: r.or_default(f2),
            translation_port: r.or_default(f3),
            translation_ip: r.or_default(f4),
            description: r.or_default(f5),
            create_time: r.or_default(f6),
            update_time: r.or_default(f7),
        })
    }
}

/// 私网网关对象
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateNatGateway {
    /// 私网网关`ID`。
    pub nat_gateway_id: Option<String>,
    /// 私网网关名称。
    pub nat_gateway_name: Option<String>,
    /// 私网网关关联`VPC`实例`ID`。
    pub vpc_id: Option<String>,
    /// 私网网关当前状态。
    pub status: Option<String>,
    /// 私网网关跨域标志。
    pub cross_domain: Option<bool>,
    /// 创建时间
    pub created_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// 专线网关唯一`ID`
    pub direct_connect_gateway_ids: Option<Vec<String>>,
    /// 私网网关类型。可选类型："DCG","VPC","CCN"，分别对应专线网关、私有网络、云联网。
    pub nat_type: Option<String>,
    /// 私网NAT跨域信息
    pub cross_domain_info: Option<PrivateNatCrossDomainInfo>,
    /// 是否VPC型私网网关
    pub vpc_type: Option<bool>,
    /// 跨域私网NAT关联的云联网ID
    pub ccn_id: Option<String>,
    /// 私网NAT是否开启删除保护
    pub deletion_protection_enabled: Option<bool>,
}

impl serde::Serialize for PrivateNatGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrivateNatGateway",
            usize::from(self.nat_gateway_id.is_some())
                + usize::from(self.nat_gateway_name.is_some())
                + usize::from(self.vpc_id.is_some()) + usize::from(self.status.is_some())
                + usize::from(self.cross_domain.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.direct_connect_gateway_ids.is_some())
                + usize::from(self.nat_type.is_some())
                + usize::from(self.cross_domain_info.is_some())
                + usize::from(self.vpc_type.is_some())
                + usize::from(self.ccn_id.is_some())
                + usize::from(self.deletion_protection_enabled.is_some()),
        )?;
        s.optional("NatGatewayId", &self.nat_gateway_id)?;
        s.optional("NatGatewayName", &self.nat_gateway_name)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("Status", &self.status)?;
        s.optional("CrossDomain", &self.cross_domain)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("DirectConnectGatewayIds", &self.direct_connect_gateway_ids)?;
        s.optional("NatType", &self.nat_type)?;
        s.optional("CrossDomainInfo", &self.cross_domain_info)?;
        s.optional("VpcType", &self.vpc_type)?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("DeletionProtectionEnabled", &self.deletion_protection_enabled)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateNatGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrivateNatGateway {
    const NAME: &'static str = "PrivateNatGateway";
    const FIELDS: &'static [&'static str] = &[
        "NatGatewayId",
        "NatGatewayName",
        "VpcId",
        "Status",
        "CrossDomain",
        "CreatedTime",
        "TagSet",
        "DirectConnectGatewayIds",
        "NatType",
        "CrossDomainInfo",
        "VpcType",
        "CcnId",
        "DeletionProtectionEnabled",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.plain(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            nat_gateway_id: r.or_default(f0),
            nat_gateway_name: r.or_default(f1),
            vpc_id: r.or_default(f2),
            status: r.or_default(f3),
            cross_domain: r.or_default(f4),
            created_time: r.or_default(f5),
            tag_set: r.or_default(f6),
            direct_connect_gateway_ids: r.or_default(f7),
            nat_type: r.or_default(f8),
            cross_domain_info: r.or_default(f9),
            vpc_type: r.or_default(f10),
            ccn_id: r.or_default(f11),
            deletion_protection_enabled: r.or_default(f12),
        })
    }
}

/// 可创建的私网网关配额数量
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateNatGatewayLimit {
    /// 私有网络唯一`ID`。
    pub uniq_vpc_id: Option<String>,
    /// Vpc下总计可创建私网网关数量。
    pub total_limit: Option<u64>,
    /// 可创建私网网关数量。
    pub available: Option<u64>,
}

impl serde::Serialize for PrivateNatGatewayLimit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrivateNatGatewayLimit",
            usize::from(self.uniq_vpc_id.is_some())
                + usize::from(self.total_limit.is_some())
                + usize::from(self.available.is_some()),
        )?;
        s.optional("UniqVpcId", &self.uniq_vpc_id)?;
        s.optional("TotalLimit", &self.total_limit)?;
        s.optional("Available", &self.available)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrivateNatGatewayLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrivateNatGatewayLimit {
    const NAME: &'static str = "PrivateNatGatewayLimit";
    const FIELDS: &'static [&'static str] = &["UniqVpcId", "TotalLimit", "Available"];
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
            uniq_vpc_id: r.or_default(f0),
            total_limit: r.or_default(f1),
            available: r.or_default(f2),
        })
    }
}

/// 描述网络中心每个产品的配额信息
#[derive(Debug, Clone, PartialEq)]
pub struct ProductQuota {
    /// 产品配额ID
    pub quota_id: Option<String>,
    /// 产品配额名称
    pub quota_name: Option<String>,
    /// 产品当前配额
    pub quota_current: Option<i64>,
    /// 产品配额上限
    pub quota_limit: Option<i64>,
    /// 产品配额是否有地域属性
    pub quota_region: Option<bool>,
}

impl serde::Serialize for ProductQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ProductQuota",
            usize::from(self.quota_id.is_some()) + usize::from(self.quota_name.is_some())
                + usize::from(self.quota_current.is_some())
                + usize::from(self.quota_limit.is_some())
                + usize::from(self.quota_region.is_some()),
        )?;
        s.optional("QuotaId", &self.quota_id)?;
        s.optional("QuotaName", &self.quota_name)?;
        s.optional("QuotaCurrent", &self.quota_current)?;
        s.optional("QuotaLimit", &self.quota_limit)?;
        s.optional("QuotaRegion", &self.quota_region)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ProductQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ProductQuota {
    const NAME: &'static str = "ProductQuota";
    const FIELDS: &'static [&'static str] = &[
        "QuotaId",
        "QuotaName",
        "QuotaCurrent",
        "QuotaLimit",
        "QuotaRegion",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            quota_id: r.or_default(f0),
            quota_name: r.or_default(f1),
            quota_current: r.or_default(f2),
            quota_limit: r.or_default(f3),
            quota_region: r.or_default(f4),
        })
    }
}

/// Quota description information
///
/// 描述配额信息
#[derive(Debug, Clone, PartialEq)]
pub struct Quota {
    /// Quota name. Value range:
    ///
    /// - `TOTAL_EIP_QUOTA`:EIP quota under the user's current region
    ///
    /// - `DAILY_EIP_APPLY`: Number of EIP applications submitted daily under the user's current region
    ///
    /// - `DAILY_PUBLIC_IP_ASSIGN`: Number of public IP reassignments under the user's current region.
    ///
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
    pub quota_id: Option<String>,
    /// Current count
    ///
    /// 当前数量
    pub quota_current: Option<i64>,
    /// Quota
    ///
    /// 配额数量
    pub quota_limit: Option<i64>,
    /// 配额所属的网络组
    pub quota_group: Option<String>,
}

impl serde::Serialize for Quota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Quota",
            usize::from(self.quota_id.is_some())
                + usize::from(self.quota_current.is_some())
                + usize::from(self.quota_limit.is_some())
                + usize::from(self.quota_group.is_some()),
        )?;
        s.optional("QuotaId", &self.quota_id)?;
        s.optional("QuotaCurrent", &self.quota_current)?;
        s.optional("QuotaLimit", &self.quota_limit)?;
        s.optional("QuotaGroup", &self.quota_group)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Quota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Quota {
    const NAME: &'static str = "Quota";
    const FIELDS: &'static [&'static str] = &[
        "QuotaId",
        "QuotaCurrent",
        "QuotaLimit",
        "QuotaGroup",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            quota_id: r.or_default(f0),
            quota_current: r.or_default(f1),
            quota_limit: r.or_default(f2),
            quota_group: r.or_default(f3),
        })
    }
}

/// Referred security groups
///
/// 安全组被引用信息
#[derive(Debug, Clone, PartialEq)]
pub struct ReferredSecurityGroup {
    /// Security group instance ID.
    ///
    /// 安全组实例ID。
    pub security_group_id: Option<String>,
    /// IDs of all referred security group instances.
    ///
    /// 引用安全组实例ID（SecurityGroupId）的所有安全组实例ID。
    pub referred_security_group_ids: Option<Vec<String>>,
}

impl serde::Serialize for ReferredSecurityGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ReferredSecurityGroup",
            usize::from(self.security_group_id.is_some())
                + usize::from(self.referred_security_group_ids.is_some()),
        )?;
        s.optional("SecurityGroupId", &self.security_group_id)?;
        s.optional("ReferredSecurityGroupIds", &self.referred_security_group_ids)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReferredSecurityGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ReferredSecurityGroup {
    const NAME: &'static str = "ReferredSecurityGroup";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "ReferredSecurityGroupIds",
    ];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            security_group_id: r.or_default(f0),
            referred_security_group_ids: r.or_default(f1),
        })
    }
}

/// Match route reception policy objects.
///
/// 匹配路由接收策略对象
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceRoutesWithRoutePolicyRoute {
    /// Route unique policy ID.
    ///
    /// 路由唯一策略ID。
    pub route_item_id: Option<String>,
    /// Match the route reception policy tag.
    ///
    /// 匹配路由接收策略标记。
    pub force_match_policy: Option<bool>,
}

impl serde::Serialize for ReplaceRoutesWithRoutePolicyRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ReplaceRoutesWithRoutePolicyRoute",
            usize::from(self.route_item_id.is_some())
                + usize::from(self.force_match_policy.is_some()),
        )?;
        s.optional("RouteItemId", &self.route_item_id)?;
        s.optional("ForceMatchPolicy", &self.force_match_policy)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReplaceRoutesWithRoutePolicyRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ReplaceRoutesWithRoutePolicyRoute {
    const NAME: &'static str = "ReplaceRoutesWithRoutePolicyRoute";
    const FIELDS: &'static [&'static str] = &["RouteItemId", "ForceMatchPolicy"];
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
        ::core::result::Result::Ok(Self {
            route_item_id: r.or_default(f0),
            force_match_policy: r.or_default(f1),
        })
    }
}

/// Reserved private IP address data.
///
/// 内网保留IP数据
#[derive(Debug, Clone, PartialEq)]
pub struct ReserveIpAddressInfo {
    /// Unique ID of the reserved private IP address.
    ///
    /// 内网保留IP唯一 ID。
    pub reserve_ip_id: Option<String>,
    /// Unique ID of the VPC.
    ///
    /// VPC唯一 ID。
    pub vpc_id: Option<String>,
    /// Unique ID of the subnet.
    ///
    /// 子网唯一 ID。
    pub subnet_id: Option<String>,
    /// Reserved private IP address.
    ///
    /// 内网保留IP地址。
    pub reserve_ip_address: Option<String>,
    /// Resource instance ID bound to the reserved private IP address.
    ///
    /// 内网保留 IP绑定的资源实例 ID。
    pub resource_id: Option<String>,
    /// IpType applied for the product.
    ///
    /// 产品申请的IpType。
    pub ip_type: Option<u64>,
    /// Binding status. UnBind: unbound; Bind: bound.
    ///
    /// 绑定状态，UnBind-未绑定， Bind-绑定。
    pub state: Option<String>,
    /// Name of the reserved private IP address.
    ///
    /// 保留 IP名称。
    pub name: Option<String>,
    /// Description of the reserved private IP address.
    ///
    /// 保留 IP描述。
    pub description: Option<String>,
    /// Creation time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Tag key-value pair.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for ReserveIpAddressInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ReserveIpAddressInfo",
            usize::from(self.reserve_ip_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.reserve_ip_address.is_some())
                + usize::from(self.resource_id.is_some())
                + usize::from(self.ip_type.is_some()) + usize::from(self.state.is_some())
                + usize::from(self.name.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("ReserveIpId", &self.reserve_ip_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("ReserveIpAddress", &self.reserve_ip_address)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("IpType", &self.ip_type)?;
        s.optional("State", &self.state)?;
        s.optional("Name", &self.name)?;
        s.optional("Description", &self.description)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReserveIpAddressInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ReserveIpAddressInfo {
    const NAME: &'static str = "ReserveIpAddressInfo";
    const FIELDS: &'static [&'static str] = &[
        "ReserveIpId",
        "VpcId",
        "SubnetId",
        "ReserveIpAddress",
        "ResourceId",
        "IpType",
        "State",
        "Name",
        "Description",
        "CreatedTime",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            reserve_ip_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            subnet_id: r.or_default(f2),
            reserve_ip_address: r.or_default(f3),
            resource_id: r.or_default(f4),
            ip_type: r.or_default(f5),
            state: r.or_default(f6),
            name: r.or_default(f7),
            description: r.or_default(f8),
            created_time: r.or_default(f9),
            tag_set: r.or_default(f10),
        })
    }
}

/// The structure of information of the bandwidth package.
///
/// 描述带宽包资源信息的结构
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// The bandwidth package resource type, including `Address`, and `LoadBalance`
    ///
    /// 带宽包资源类型，包括'Address'和'LoadBalance'
    pub resource_type: Option<String>,
    /// The bandwidth package ID, such as `eip-xxxx` and `lb-xxxx`.
    ///
    /// 带宽包资源Id，形如'eip-xxxx', 'lb-xxxx'
    pub resource_id: Option<String>,
    /// The bandwidth package resource IP.
    ///
    /// 带宽包资源Ip
    pub address_ip: Option<String>,
}

impl serde::Serialize for Resource {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Resource",
            usize::from(self.resource_type.is_some())
                + usize::from(self.resource_id.is_some())
                + usize::from(self.address_ip.is_some()),
        )?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("AddressIp", &self.address_ip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Resource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Resource {
    const NAME: &'static str = "Resource";
    const FIELDS: &'static [&'static str] = &["ResourceType", "ResourceId", "AddressIp"];
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
            resource_type: r.or_default(f0),
            resource_id: r.or_default(f1),
            address_ip: r.or_default(f2),
        })
    }
}

/// VPC resource dashboard (all resource counts)
///
/// VPC资源看板（各资源个数）
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDashboard {
    /// VPC instance ID, such as `vpc-bq4bzxpj`.
    ///
    /// Vpc实例ID，例如：vpc-bq4bzxpj。
    pub vpc_id: Option<String>,
    /// Subnet instance ID, such as subnet-bthucmmy.
    ///
    /// 子网实例ID，例如：subnet-bthucmmy。
    pub subnet_id: Option<String>,
    /// Classiclink.
    ///
    /// 基础网络互通。
    pub classiclink: Option<u64>,
    /// Direct Connect gateway.
    ///
    /// 专线网关。
    pub dcg: Option<u64>,
    /// Peering connection.
    ///
    /// 对等连接。
    pub pcx: Option<u64>,
    /// Total number of used IPs except for CVM IP, EIP and network probe IP. The three IP types will be independently counted.
    ///
    /// 统计当前除云服务器 IP、弹性网卡IP和网络探测IP以外的所有已使用的IP总数。云服务器 IP、弹性网卡IP和网络探测IP单独计数。
    pub ip: Option<u64>,
    /// NAT gateway.
    ///
    /// NAT网关。
    pub nat: Option<u64>,
    /// VPN gateway.
    ///
    /// VPN网关。
    pub vpngw: Option<u64>,
    /// Flow log.
    ///
    /// 流日志。
    pub flow_log: Option<u64>,
    /// Network probing.
    ///
    /// 网络探测。
    pub network_detect: Option<u64>,
    /// Network ACL.
    ///
    /// 网络ACL。
    pub network_acl: Option<u64>,
    /// Cloud Virtual Machine.
    ///
    /// 云主机。
    pub cvm: Option<u64>,
    /// Load balancer.
    ///
    /// 负载均衡。
    pub lb: Option<u64>,
    /// Relational database.
    ///
    /// 关系型数据库。
    pub cdb: Option<u64>,
    /// TencentDB for Memcached.
    ///
    /// 云数据库 TencentDB for Memcached。
    pub cmem: Option<u64>,
    /// Cloud time series database.
    ///
    /// 时序数据库。
    pub ctsdb: Option<u64>,
    /// TencentDB for MariaDB (TDSQL).
    ///
    /// 数据库 TencentDB for MariaDB（TDSQL）。
    pub maria_db: Option<u64>,
    /// TencentDB for SQL Server.
    ///
    /// 数据库 TencentDB for SQL Server。
    pub sql_server: Option<u64>,
    /// TencentDB for PostgreSQL.
    ///
    /// 云数据库 TencentDB for PostgreSQL。
    pub postgres: Option<u64>,
    /// Network attached storage.
    ///
    /// 网络附加存储。
    pub nas: Option<u64>,
    /// Snova data warehouse.
    ///
    /// Snova云数据仓库。
    pub greenplumn: Option<u64>,
    /// Cloud Kafka (CKafka).
    ///
    /// 消息队列 CKAFKA。
    pub ckafka: Option<u64>,
    /// Grocery.
    ///
    /// Grocery。
    pub grocery: Option<u64>,
    /// Data encryption service.
    ///
    /// 数据加密服务。
    pub hsm: Option<u64>,
    /// Game storage - Tcaplus.
    ///
    /// 游戏存储 Tcaplus。
    pub tcaplus: Option<u64>,
    /// Cnas.
    ///
    /// Cnas。
    pub cnas: Option<u64>,
    /// HTAP database - TiDB.
    ///
    /// HTAP 数据库 TiDB。
    pub ti_db: Option<u64>,
    /// EMR cluster.
    ///
    /// EMR 集群。
    pub emr: Option<u64>,
    /// SEAL.
    ///
    /// SEAL。
    pub seal: Option<u64>,
    /// Cloud file storage - CFS.
    ///
    /// 文件存储 CFS。
    pub cfs: Option<u64>,
    /// Oracle.
    ///
    /// Oracle。
    pub oracle: Option<u64>,
    /// ElasticSearch Service.
    ///
    /// ElasticSearch服务。
    pub elastic_search: Option<u64>,
    /// Blockchain service.
    ///
    /// 区块链服务。
    pub t_baa_s: Option<u64>,
    /// Itop.
    ///
    /// Itop。
    pub itop: Option<u64>,
    /// Cloud database audit.
    ///
    /// 云数据库审计。
    pub db_audit: Option<u64>,
    /// Enterprise TencentDB - CynosDB for Postgres.
    ///
    /// 企业级云数据库 CynosDB for Postgres。
    pub cynos_db_postgres: Option<u64>,
    /// TencentDB for Redis.
    ///
    /// 数据库 TencentDB for Redis。
    pub redis: Option<u64>,
    /// TencentDB for MongoDB.
    ///
    /// 数据库 TencentDB for MongoDB。
    pub mongo_db: Option<u64>,
    /// A distributed cloud database - TencentDB for TDSQL.
    ///
    /// 分布式数据库 TencentDB for TDSQL。
    pub dcdb: Option<u64>,
    /// An enterprise-grade TencentDB - CynosDB for MySQL.
    ///
    /// 企业级云数据库 CynosDB for MySQL。
    pub cynos_dbmy_sql: Option<u64>,
    /// Subnets.
    ///
    /// 子网。
    pub subnet: Option<u64>,
    /// Route table.
    ///
    /// 路由表。
    pub route_table: Option<u64>,
}

impl serde::Serialize for ResourceDashboard {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourceDashboard",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.classiclink.is_some())
                + usize::from(self.dcg.is_some()) + usize::from(self.pcx.is_some())
                + usize::from(self.ip.is_some()) + usize::from(self.nat.is_some())
                + usize::from(self.vpngw.is_some())
                + usize::from(self.flow_log.is_some())
                + usize::from(self.network_detect.is_some())
                + usize::from(self.network_acl.is_some())
                + usize::from(self.cvm.is_some()) + usize::from(self.lb.is_some())
                + usize::from(self.cdb.is_some()) + usize::from(self.cmem.is_some())
                + usize::from(self.ctsdb.is_some())
                + usize::from(self.maria_db.is_some())
                + usize::from(self.sql_server.is_some())
                + usize::from(self.postgres.is_some()) + usize::from(self.nas.is_some())
                + usize::from(self.greenplumn.is_some())
                + usize::from(self.ckafka.is_some())
                + usize::from(self.grocery.is_some()) + usize::from(self.hsm.is_some())
                + usize::from(self.tcaplus.is_some()) + usize::from(self.cnas.is_some())
                + usize::from(self.ti_db.is_some()) + usize::from(self.emr.is_some())
                + usize::from(self.seal.is_some()) + usize::from(self.cfs.is_some())
                + usize::from(self.oracle.is_some())
                + usize::from(self.elastic_search.is_some())
                + usize::from(self.t_baa_s.is_some()) + usize::from(self.itop.is_some())
                + usize::from(self.db_audit.is_some())
                + usize::from(self.cynos_db_postgres.is_some())
                + usize::from(self.redis.is_some())
                + usize::from(self.mongo_db.is_some()) + usize::from(self.dcdb.is_some())
                + usize::from(self.cynos_dbmy_sql.is_some())
                + usize::from(self.subnet.is_some())
                + usize::from(self.route_table.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("Classiclink", &self.classiclink)?;
        s.optional("Dcg", &self.dcg)?;
        s.optional("Pcx", &self.pcx)?;
        s.optional("Ip", &self.ip)?;
        s.optional("Nat", &self.nat)?;
        s.optional("Vpngw", &self.vpngw)?;
        s.optional("FlowLog", &self.flow_log)?;
        s.optional("NetworkDetect", &self.network_detect)?;
        s.optional("NetworkACL", &self.network_acl)?;
        s.optional("CVM", &self.cvm)?;
        s.optional("LB", &self.lb)?;
        s.optional("CDB", &self.cdb)?;
        s.optional("Cmem", &self.cmem)?;
        s.optional("CTSDB", &self.ctsdb)?;
        s.optional("MariaDB", &self.maria_db)?;
        s.optional("SQLServer", &self.sql_server)?;
        s.optional("Postgres", &self.postgres)?;
        s.optional("NAS", &self.nas)?;
        s.optional("Greenplumn", &self.greenplumn)?;
        s.optional("Ckafka", &self.ckafka)?;
        s.optional("Grocery", &self.grocery)?;
        s.optional("HSM", &self.hsm)?;
        s.optional("Tcaplus", &self.tcaplus)?;
        s.optional("Cnas", &self.cnas)?;
        s.optional("TiDB", &self.ti_db)?;
        s.optional("Emr", &self.emr)?;
        s.optional("SEAL", &self.seal)?;
        s.optional("CFS", &self.cfs)?;
        s.optional("Oracle", &self.oracle)?;
        s.optional("ElasticSearch", &self.elastic_search)?;
        s.optional("TBaaS", &self.t_baa_s)?;
        s.optional("Itop", &self.itop)?;
        s.optional("DBAudit", &self.db_audit)?;
        s.optional("CynosDBPostgres", &self.cynos_db_postgres)?;
        s.optional("Redis", &self.redis)?;
        s.optional("MongoDB", &self.mongo_db)?;
        s.optional("DCDB", &self.dcdb)?;
        s.optional("CynosDBMySQL", &self.cynos_dbmy_sql)?;
        s.optional("Subnet", &self.subnet)?;
        s.optional("RouteTable", &self.route_table)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourceDashboard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourceDashboard {
    const NAME: &'static str = "ResourceDashboard";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "Classiclink",
        "Dcg",
        "Pcx",
        "Ip",
        "Nat",
        "Vpngw",
        "FlowLog",
        "NetworkDetect",
        "NetworkACL",
        "CVM",
        "LB",
        "CDB",
        "Cmem",
        "CTSDB",
        "MariaDB",
        "SQLServer",
        "Postgres",
        "NAS",
        "Greenplumn",
        "Ckafka",
        "Grocery",
        "HSM",
        "Tcaplus",
        "Cnas",
        "TiDB",
        "Emr",
        "SEAL",
        "CFS",
        "Oracle",
        "ElasticSearch",
        "TBaaS",
        "Itop",
        "DBAudit",
        "CynosDBPostgres",
        "Redis",
        "MongoDB",
        "DCDB",
        "CynosDBMySQL",
        "Subnet",
        "RouteTable",
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
        let mut f34 = ::core::option::Option::None;
        let mut f35 = ::core::option::Option::None;
        let mut f36 = ::core::option::Option::None;
        let mut f37 = ::core::option::Option::None;
        let mut f38 = ::core::option::Option::None;
        let mut f39 = ::core::option::Option::None;
        let mut f40 = ::core::option::Option::None;
        let mut f41 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.tolerant(&mut f24),
                25 => r.tolerant(&mut f25),
                26 => r.tolerant(&mut f26),
                27 => r.tolerant(&mut f27),
                28 => r.tolerant(&mut f28),
                29 => r.tolerant(&mut f29),
                30 => r.tolerant(&mut f30),
                31 => r.tolerant(&mut f31),
                32 => r.tolerant(&mut f32),
                33 => r.tolerant(&mut f33),
                34 => r.tolerant(&mut f34),
                35 => r.tolerant(&mut f35),
                36 => r.tolerant(&mut f36),
                37 => r.tolerant(&mut f37),
                38 => r.tolerant(&mut f38),
                39 => r.tolerant(&mut f39),
                40 => r.tolerant(&mut f40),
                41 => r.tolerant(&mut f41),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            classiclink: r.or_default(f2),
            dcg: r.or_default(f3),
            pcx: r.or_default(f4),
            ip: r.or_default(f5),
            nat: r.or_default(f6),
            vpngw: r.or_default(f7),
            flow_log: r.or_default(f8),
            network_detect: r.or_default(f9),
            network_acl: r.or_default(f10),
            cvm: r.or_default(f11),
            lb: r.or_default(f12),
            cdb: r.or_default(f13),
            cmem: r.or_default(f14),
            ctsdb: r.or_default(f15),
            maria_db: r.or_default(f16),
            sql_server: r.or_default(f17),
            postgres: r.or_default(f18),
            nas: r.or_default(f19),
            greenplumn: r.or_default(f20),
            ckafka: r.or_default(f21),
            grocery: r.or_default(f22),
            hsm: r.or_default(f23),
            tcaplus: r.or_default(f24),
            cnas: r.or_default(f25),
            ti_db: r.or_default(f26),
            emr: r.or_default(f27),
            seal: r.or_default(f28),
            cfs: r.or_default(f29),
            oracle: r.or_default(f30),
            elastic_search: r.or_default(f31),
            t_baa_s: r.or_default(f32),
            itop: r.or_default(f33),
            db_audit: r.or_default(f34),
            cynos_db_postgres: r.or_default(f35),
            redis: r.or_default(f36),
            mongo_db: r.or_default(f37),
            dcdb: r.or_default(f38),
            cynos_dbmy_sql: r.or_default(f39),
            subnet: r.or_default(f40),
            route_table: r.or_default(f41),
        })
    }
}

/// Information of associated resources
///
/// 资源统计信息
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceStatistics {
    /// VPC instance ID, such as vpc-f1xjkw1b.
    ///
    /// Vpc实例ID，例如：vpc-f1xjkw1b。
    pub vpc_id: Option<String>,
    /// Subnet instance ID, such as `subnet-bthucmmy`.
    ///
    /// 子网实例ID，例如：subnet-bthucmmy。
    pub subnet_id: Option<String>,
    /// The total number of used IP addresses.
    ///
    /// 当前已使用的IP总数。
    pub ip: Option<u64>,
    /// Information of associated resources
    ///
    /// 资源统计信息。
    pub resource_statistics_item_set: Option<Vec<ResourceStatisticsItem>>,
}

impl serde::Serialize for ResourceStatistics {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourceStatistics",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.ip.is_some())
                + usize::from(self.resource_statistics_item_set.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("Ip", &self.ip)?;
        s.optional("ResourceStatisticsItemSet", &self.resource_statistics_item_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourceStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourceStatistics {
    const NAME: &'static str = "ResourceStatistics";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "Ip",
        "ResourceStatisticsItemSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            ip: r.or_default(f2),
            resource_statistics_item_set: r.or_default(f3),
        })
    }
}

/// Resource statistical items
///
/// 资源统计项。
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceStatisticsItem {
    /// Resource type, such as CVM, ENI
    ///
    /// 资源类型。比如，CVM，ENI等。
    pub resource_type: Option<String>,
    /// Resource name.
    ///
    /// 资源名称。
    pub resource_name: Option<String>,
    /// Number of resources
    ///
    /// 资源个数。
    pub resource_count: Option<u64>,
}

impl serde::Serialize for ResourceStatisticsItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourceStatisticsItem",
            usize::from(self.resource_type.is_some())
                + usize::from(self.resource_name.is_some())
                + usize::from(self.resource_count.is_some()),
        )?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("ResourceName", &self.resource_name)?;
        s.optional("ResourceCount", &self.resource_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourceStatisticsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourceStatisticsItem {
    const NAME: &'static str = "ResourceStatisticsItem";
    const FIELDS: &'static [&'static str] = &[
        "ResourceType",
        "ResourceName",
        "ResourceCount",
    ];
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
            resource_type: r.or_default(f0),
            resource_name: r.or_default(f1),
            resource_count: r.or_default(f2),
        })
    }
}

/// Routing policy object
///
/// 路由策略对象
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Destination IP range, such as 112.20.51.0/24. Values cannot be in the VPC IP range.
    ///
    /// 创建IPv4目的网段，取值不能在私有网络网段内，例如：112.20.51.0/24。
    pub destination_cidr_block: Option<String>,
    /// Type of the next hop. Valid values:
    ///
    /// `CVM`: public gateway CVM;
    ///
    /// `VPN`: VPN gateway;
    ///
    /// `DIRECTCONNECT`: direct connect gateway;
    ///
    /// `PEERCONNECTION`: peering connection;
    ///
    /// `HAVIP`: HAVIP;
    ///
    /// `NAT`: NAT Gateway;
    ///
    /// `NORMAL_CVM`: normal CVM;
    ///
    /// `EIP`: public IP address of the CVM;
    ///
    /// `LOCAL_GATEWAY`: local gateway.
    ///
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
    pub gateway_type: Option<String>,
    /// Next hop address. You simply need to specify the gateway ID of a different next hop type, and the system will automatically match the next hop address.
    ///
    /// Note: If `GatewayType` is set to `NORMAL_CVM`, `GatewayId` should be the private IP of the instance.
    ///
    /// 下一跳地址，这里只需要指定不同下一跳类型的网关ID，系统会自动匹配到下一跳地址。
    ///
    /// 特殊说明：
    ///
    /// GatewayType为NORMAL_CVM时，GatewayId填写实例的内网IP。
    ///
    /// GatewayType为EIP时，GatewayId填写0。
    pub gateway_id: Option<String>,
    /// Routing policy ID. The IPv4 routing policy will have a meaningful value, while the IPv6 routing policy is always 0. We recommend using the unique ID `RouteItemId` for the routing policy.
    ///
    /// This field is required when you want to delete a routing policy.
    ///
    /// 路由策略ID。IPv4路由策略ID是有意义的值，IPv6路由策略是无意义的值0。后续建议完全使用字符串唯一ID `RouteItemId`操作路由策略。
    ///
    /// 该字段在删除时必填，其他字段无需填写。
    pub route_id: Option<u64>,
    /// The description of the routing policy.
    ///
    /// 路由策略描述。
    pub route_description: Option<String>,
    /// Whether it is enabled
    ///
    /// 是否启用
    pub enabled: Option<bool>,
    /// The route type. Currently, the following types are supported:
    ///
    /// USER: User route;
    ///
    /// NETD: Network probe route. When creating a network probe route, the system delivers by default. It cannot be edited or deleted;
    ///
    /// CCN: CCN route. The system delivers by default. It cannot be edited or deleted.
    ///
    /// Users can only add and operate USER-type routes.
    ///
    /// 路由类型，目前我们支持的类型有：
    ///
    /// USER：用户路由；
    ///
    /// NETD：网络探测路由，创建网络探测实例时，系统默认下发，不可编辑与删除；
    ///
    /// CCN：云联网路由，系统默认下发，不可编辑与删除。
    ///
    /// 用户只能添加和操作 USER 类型的路由。
    pub route_type: Option<String>,
    /// Route table instance ID, such as rtb-azd4dt1c.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: Option<String>,
    /// Destination IPv6 IP range, which cannot be included in VPC IP range, such as 2402:4e00:1000:810b::/64.
    ///
    /// 创建IPv6目的网段，取值不能在私有网络网段内，例如：2402:4e00:1000:810b::/64。
    pub destination_ipv6_cidr_block: Option<String>,
    /// Unique routing policy ID.
    ///
    /// 路由唯一策略ID。
    pub route_item_id: Option<String>,
    /// Whether the routing policy is published to CCN.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 路由策略是否发布到云联网。该字段仅做出参使用，作为入参字段时此参数不生效。
    pub published_to_vbc: Option<bool>,
    /// Creation time of the routing policy
    ///
    /// 路由策略创建时间
    pub created_time: Option<String>,
    /// CDC 集群唯一 ID。
    pub cdc_id: Option<String>,
}

impl serde::Serialize for Route {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Route",
            usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.gateway_id.is_some())
                + usize::from(self.route_id.is_some())
                + usize::from(self.route_description.is_some())
                + usize::from(self.enabled.is_some())
                + usize::from(self.route_type.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.destination_ipv6_cidr_block.is_some())
                + usize::from(self.route_item_id.is_some())
                + usize::from(self.published_to_vbc.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.cdc_id.is_some()),
        )?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("GatewayId", &self.gateway_id)?;
        s.optional("RouteId", &self.route_id)?;
        s.optional("RouteDescription", &self.route_description)?;
        s.optional("Enabled", &self.enabled)?;
        s.optional("RouteType", &self.route_type)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("DestinationIpv6CidrBlock", &self.destination_ipv6_cidr_block)?;
        s.optional("RouteItemId", &self.route_item_id)?;
        s.optional("PublishedToVbc", &self.published_to_vbc)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Route {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Route {
    const NAME: &'static str = "Route";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "GatewayType",
        "GatewayId",
        "RouteId",
        "RouteDescription",
        "Enabled",
        "RouteType",
        "RouteTableId",
        "DestinationIpv6CidrBlock",
        "RouteItemId",
        "PublishedToVbc",
        "CreatedTime",
        "CdcId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            destination_cidr_block: r.or_default(f0),
            gateway_type: r.or_default(f1),
            gateway_id: r.or_default(f2),
            route_id: r.or_default(f3),
            route_description: r.or_default(f4),
            enabled: r.or_default(f5),
            route_type: r.or_default(f6),
            route_table_id: r.or_default(f7),
            destination_ipv6_cidr_block: r.or_default(f8),
            route_item_id: r.or_default(f9),
            published_to_vbc: r.or_default(f10),
            created_time: r.or_default(f11),
            cdc_id: r.or_default(f12),
        })
    }
}

/// 路由冲突对象
#[derive(Debug, Clone, PartialEq)]
pub struct RouteConflict {
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: Option<String>,
    /// 要检查的与之冲突的目的端
    pub destination_cidr_block: Option<String>,
    /// 冲突的路由策略列表
    pub conflict_set: Option<Vec<Route>>,
}

impl serde::Serialize for RouteConflict {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RouteConflict",
            usize::from(self.route_table_id.is_some())
                + usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.conflict_set.is_some()),
        )?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("ConflictSet", &self.conflict_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RouteConflict {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RouteConflict {
    const NAME: &'static str = "RouteConflict";
    const FIELDS: &'static [&'static str] = &[
        "RouteTableId",
        "DestinationCidrBlock",
        "ConflictSet",
    ];
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
                2 => r.plain(&mut f2),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_table_id: r.or_default(f0),
            destination_cidr_block: r.or_default(f1),
            conflict_set: r.or_default(f2),
        })
    }
}

/// 用于修改入路由表ECMP算法。现在支持的算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
#[derive(Debug, Clone, PartialEq)]
pub struct RouteECMPAlgorithm {
    /// 目标网段
    pub destination_cidr_block: Option<String>,
    /// 支持的 ECMP算法有：ECMP_QUINTUPLE_HASH：五元组hash，ECMP_SOURCE_DESTINATION_IP_HASH：源和目的IP hash，ECMP_DESTINATION_IP_HASH：目的IP hash，ECMP_SOURCE_IP_HASH：源IP hash。
    pub subnet_route_algorithm: Option<String>,
}

impl serde::Serialize for RouteECMPAlgorithm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RouteECMPAlgorithm",
            usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.subnet_route_algorithm.is_some()),
        )?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("SubnetRouteAlgorithm", &self.subnet_route_algorithm)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RouteECMPAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RouteECMPAlgorithm {
    const NAME: &'static str = "RouteECMPAlgorithm";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "SubnetRouteAlgorithm",
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
        ::core::result::Result::Ok(Self {
            destination_cidr_block: r.or_default(f0),
            subnet_route_algorithm: r.or_default(f1),
        })
    }
}

/// Route reception policy. when CCN or other services add routes to a VPC custom route table, you can drop or enable appropriate route entries.
///
/// 路由接收策略。当云联网或其他业务添加路由到VPC自定义路由表时，可以丢弃或启用，禁用相应的路由条目。
#[derive(Debug, Clone, PartialEq)]
pub struct RoutePolicy {
    /// Unique ID of the routing policy.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_id: Option<String>,
    /// Specifies the routing strategy name.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略名。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_name: Option<String>,
    /// Routing policy description.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略描述。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_description: Option<String>,
    /// Routing policy rule list.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略规则列表。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_entry_set: Option<Vec<RoutePolicyEntry>>,
    /// Specifies the routing strategy binding.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略绑定。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_association_set: Option<Vec<RoutePolicyAssociation>>,
    /// Creation time.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 创建时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub created_time: Option<String>,
    /// Tag key-value pair.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for RoutePolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RoutePolicy",
            usize::from(self.route_policy_id.is_some())
                + usize::from(self.route_policy_name.is_some())
                + usize::from(self.route_policy_description.is_some())
                + usize::from(self.route_policy_entry_set.is_some())
                + usize::from(self.route_policy_association_set.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("RoutePolicyId", &self.route_policy_id)?;
        s.optional("RoutePolicyName", &self.route_policy_name)?;
        s.optional("RoutePolicyDescription", &self.route_policy_description)?;
        s.optional("RoutePolicyEntrySet", &self.route_policy_entry_set)?;
        s.optional("RoutePolicyAssociationSet", &self.route_policy_association_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RoutePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RoutePolicy {
    const NAME: &'static str = "RoutePolicy";
    const FIELDS: &'static [&'static str] = &[
        "RoutePolicyId",
        "RoutePolicyName",
        "RoutePolicyDescription",
        "RoutePolicyEntrySet",
        "RoutePolicyAssociationSet",
        "CreatedTime",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_policy_id: r.or_default(f0),
            route_policy_name: r.or_default(f1),
            route_policy_description: r.or_default(f2),
            route_policy_entry_set: r.or_default(f3),
            route_policy_association_set: r.or_default(f4),
            created_time: r.or_default(f5),
            tag_set: r.or_default(f6),
        })
    }
}

/// Route reception policy binding. used to bind the route table and route reception policy and specify the binding priority.
///
/// 路由接收策略绑定。用来绑定路由表和路由接收策略以及绑定的优先级。
#[derive(Debug, Clone, PartialEq)]
pub struct RoutePolicyAssociation {
    /// Unique route table ID.
    ///
    /// 路由表唯一ID。
    pub route_table_id: Option<String>,
    /// Specifies the unique ID of the route reception policy.
    ///
    /// 路由接收策略唯一ID。
    pub route_policy_id: Option<String>,
    /// Priority.
    ///
    /// 优先级。
    pub priority: Option<u64>,
}

impl serde::Serialize for RoutePolicyAssociation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RoutePolicyAssociation",
            usize::from(self.route_table_id.is_some())
                + usize::from(self.route_policy_id.is_some())
                + usize::from(self.priority.is_some()),
        )?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("RoutePolicyId", &self.route_policy_id)?;
        s.optional("Priority", &self.priority)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RoutePolicyAssociation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RoutePolicyAssociation {
    const NAME: &'static str = "RoutePolicyAssociation";
    const FIELDS: &'static [&'static str] = &[
        "RouteTableId",
        "RoutePolicyId",
        "Priority",
    ];
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
            route_table_id: r.or_default(f0),
            route_policy_id: r.or_default(f1),
            priority: r.or_default(f2),
        })
    }
}

/// Route reception policy entry.
///
/// 路由接收策略条目。
#[derive(Debug, Clone, PartialEq)]
pub struct RoutePolicyEntry {
    /// Specifies the unique ID of the IPv4 routing strategy entry.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略条目IPv4唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_policy_entry_id: Option<String>,
    /// Destination ip range.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 目标网段。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cidr_block: Option<String>,
    /// Describes the routing strategy rule.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由策略规则描述。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub description: Option<String>,
    /// Routing Type
    ///
    /// Specifies the USER-customized data type.
    ///
    /// NETD: specifies the route for network detection.
    ///
    /// CCN: CCN route.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 路由类型。
    ///
    /// USER：用户自定义类型。
    ///
    /// NETD：网络探测下发的路由。
    ///
    /// CCN：云联网路由。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub route_type: Option<String>,
    /// Next hop type. types currently supported:.
    ///
    /// CVM: cloud virtual machine with public network gateway type.
    ///
    /// VPN: vpn gateway.
    ///
    /// DIRECTCONNECT: direct connect gateway.
    ///
    /// PEERCONNECTION: peering connection.
    ///
    /// HAVIP: high availability virtual ip.
    ///
    /// NAT: specifies the nat gateway.
    ///
    /// EIP: specifies the public ip address of the cloud virtual machine.
    ///
    /// LOCAL_GATEWAY: specifies the local gateway.
    ///
    /// PVGW: pvgw gateway.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
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
    pub gateway_type: Option<String>,
    /// Gateway unique ID.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 网关唯一ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub gateway_id: Option<String>,
    /// Priority. a smaller value indicates a higher priority.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 优先级。数值越小，优先级越高。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub priority: Option<u64>,
    /// Action.
    ///
    /// DROP: drop.
    ///
    /// DISABLE: receive and disable.
    ///
    /// ACCEPT: receive and enable.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 动作。
    ///
    /// DROP：丢弃。
    ///
    /// DISABLE：接收且禁用。
    ///
    /// ACCEPT：接收且启用。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub action: Option<String>,
    /// Creation time.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 创建时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub created_time: Option<String>,
    /// Specifies the region.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 地域。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub region: Option<String>,
}

impl serde::Serialize for RoutePolicyEntry {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RoutePolicyEntry",
            usize::from(self.route_policy_entry_id.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.route_type.is_some())
                + usize::from(self.gateway_type.is_some())
                + usize::from(self.gateway_id.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.region.is_some()),
        )?;
        s.optional("RoutePolicyEntryId", &self.route_policy_entry_id)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("Description", &self.description)?;
        s.optional("RouteType", &self.route_type)?;
        s.optional("GatewayType", &self.gateway_type)?;
        s.optional("GatewayId", &self.gateway_id)?;
        s.optional("Priority", &self.priority)?;
        s.optional("Action", &self.action)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Region", &self.region)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RoutePolicyEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RoutePolicyEntry {
    const NAME: &'static str = "RoutePolicyEntry";
    const FIELDS: &'static [&'static str] = &[
        "RoutePolicyEntryId",
        "CidrBlock",
        "Description",
        "RouteType",
        "GatewayType",
        "GatewayId",
        "Priority",
        "Action",
        "CreatedTime",
        "Region",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            route_policy_entry_id: r.or_default(f0),
            cidr_block: r.or_default(f1),
            description: r.or_default(f2),
            route_type: r.or_default(f3),
            gateway_type: r.or_default(f4),
            gateway_id: r.or_default(f5),
            priority: r.or_default(f6),
            action: r.or_default(f7),
            created_time: r.or_default(f8),
            region: r.or_default(f9),
        })
    }
}

/// 路由表选择策略信息
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSelectionPolicy {
    /// 云联网ID。
    pub ccn_id: Option<String>,
    /// 路由表ID。
    pub route_table_id: Option<String>,
    /// 路由表名称。
    pub route_table_name: Option<String>,
    /// 实例类型。如VPC
    pub instance_type: Option<String>,
    /// 实例名称。
    pub instance_name: Option<String>,
    /// 源端cidr。
    pub source_cidr_block: Option<String>,
    /// 路由表描述。
    pub description: Option<String>,
    /// 实例ID。
    pub instance_id: Option<String>,
    /// 关联实例所属UIN（根账号）。
    pub instance_uin: Option<String>,
}

impl serde::Serialize for RouteSelectionPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RouteSelectionPolicy",
            usize::from(self.ccn_id.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.route_table_name.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.source_cidr_block.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_uin.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("RouteTableName", &self.route_table_name)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("SourceCidrBlock", &self.source_cidr_block)?;
        s.optional("Description", &self.description)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceUin", &self.instance_uin)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RouteSelectionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RouteSelectionPolicy {
    const NAME: &'static str = "RouteSelectionPolicy";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "RouteTableId",
        "RouteTableName",
        "InstanceType",
        "InstanceName",
        "SourceCidrBlock",
        "Description",
        "InstanceId",
        "InstanceUin",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            route_table_id: r.or_default(f1),
            route_table_name: r.or_default(f2),
            instance_type: r.or_default(f3),
            instance_name: r.or_default(f4),
            source_cidr_block: r.or_default(f5),
            description: r.or_default(f6),
            instance_id: r.or_default(f7),
            instance_uin: r.or_default(f8),
        })
    }
}

/// Route table object
///
/// 路由表对象
#[derive(Debug, Clone, PartialEq)]
pub struct RouteTable {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// The route table instance ID, such as `rtb-azd4dt1c`.
    ///
    /// 路由表实例ID，例如：rtb-azd4dt1c。
    pub route_table_id: Option<String>,
    /// Route table name.
    ///
    /// 路由表名称。
    pub route_table_name: Option<String>,
    /// The association relationships of the route table.
    ///
    /// 路由表关联关系。
    pub association_set: Option<Vec<RouteTableAssociation>>,
    /// IPv4 routing policy set.
    ///
    /// IPv4路由策略集合。
    pub route_set: Option<Vec<Route>>,
    /// Whether it is the default route table.
    ///
    /// 是否默认路由表。
    pub main: Option<bool>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Tag key-value pairs.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// Whether the local route is published to CCN.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// local路由是否发布云联网。
    pub local_cidr_for_ccn: Option<Vec<CidrForCcn>>,
}

impl serde::Serialize for RouteTable {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RouteTable",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.route_table_name.is_some())
                + usize::from(self.association_set.is_some())
                + usize::from(self.route_set.is_some())
                + usize::from(self.main.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.local_cidr_for_ccn.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("RouteTableName", &self.route_table_name)?;
        s.optional("AssociationSet", &self.association_set)?;
        s.optional("RouteSet", &self.route_set)?;
        s.optional("Main", &self.main)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("LocalCidrForCcn", &self.local_cidr_for_ccn)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RouteTable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RouteTable {
    const NAME: &'static str = "RouteTable";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "RouteTableId",
        "RouteTableName",
        "AssociationSet",
        "RouteSet",
        "Main",
        "CreatedTime",
        "TagSet",
        "LocalCidrForCcn",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.plain(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            route_table_id: r.or_default(f1),
            route_table_name: r.or_default(f2),
            association_set: r.or_default(f3),
            route_set: r.or_default(f4),
            main: r.or_default(f5),
            created_time: r.or_default(f6),
            tag_set: r.or_default(f7),
            local_cidr_for_ccn: r.or_default(f8),
        })
    }
}

/// The association relationships of the route table
///
/// 路由表关联关系
#[derive(Debug, Clone, PartialEq)]
pub struct RouteTableAssociation {
    /// Subnet instance ID.
    ///
    /// 子网实例ID。
    pub subnet_id: Option<String>,
    /// Route table instance ID.
    ///
    /// 路由表实例ID。
    pub route_table_id: Option<String>,
}

impl serde::Serialize for RouteTableAssociation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RouteTableAssociation",
            usize::from(self.subnet_id.is_some())
                + usize::from(self.route_table_id.is_some()),
        )?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RouteTableAssociation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RouteTableAssociation {
    const NAME: &'static str = "RouteTableAssociation";
    const FIELDS: &'static [&'static str] = &["SubnetId", "RouteTableId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            subnet_id: r.or_default(f0),
            route_table_id: r.or_default(f1),
        })
    }
}

/// Security group object
///
/// 安全组对象
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroup {
    /// The security group instance ID, such as `sg-ohuuioma`.
    ///
    /// 安全组实例ID，例如：sg-ohuuioma。
    pub security_group_id: Option<String>,
    /// Security group can be named freely, but cannot exceed 60 characters.
    ///
    /// 安全组名称，可任意命名，但不得超过60个字符。
    pub security_group_name: Option<String>,
    /// The remarks for the security group. The maximum length is 100 characters.
    ///
    /// 安全组备注，最多100个字符。
    pub security_group_desc: Option<String>,
    /// The project id is 0 by default. You can query this in the project management page of the Qcloud console.
    ///
    /// 项目id，默认0。可在qcloud控制台项目管理页面查询到。
    pub project_id: Option<String>,
    /// Whether it is the default security group (which cannot be deleted).
    ///
    /// 是否是默认安全组，默认安全组不支持删除。
    pub is_default: Option<bool>,
    /// Security group creation time.
    ///
    /// 安全组创建时间。
    pub created_time: Option<String>,
    /// Tag key-value pairs.
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// Security group update time.
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 安全组更新时间。
    pub update_time: Option<String>,
}

impl serde::Serialize for SecurityGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityGroup",
            usize::from(self.security_group_id.is_some())
                + usize::from(self.security_group_name.is_some())
                + usize::from(self.security_group_desc.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.is_default.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("SecurityGroupId", &self.security_group_id)?;
        s.optional("SecurityGroupName", &self.security_group_name)?;
        s.optional("SecurityGroupDesc", &self.security_group_desc)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("IsDefault", &self.is_default)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityGroup {
    const NAME: &'static str = "SecurityGroup";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupName",
        "SecurityGroupDesc",
        "ProjectId",
        "IsDefault",
        "CreatedTime",
        "TagSet",
        "UpdateTime",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            security_group_id: r.or_default(f0),
            security_group_name: r.or_default(f1),
            security_group_desc: r.or_default(f2),
            project_id: r.or_default(f3),
            is_default: r.or_default(f4),
            created_time: r.or_default(f5),
            tag_set: r.or_default(f6),
            update_time: r.or_default(f7),
        })
    }
}

/// Statistics on the instances associated with the security group
///
/// 安全组关联的实例统计
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupAssociationStatistics {
    /// Security group instance ID.
    ///
    /// 安全组实例ID。
    pub security_group_id: Option<String>,
    /// Number of CVM instances.
    ///
    /// 云服务器实例数。
    pub cvm: Option<u64>,
    /// Number of TencentDB for MySQL instances
    ///
    /// MySQL数据库实例数。
    pub cdb: Option<u64>,
    /// Number of ENI instances.
    ///
    /// 弹性网卡实例数。
    pub eni: Option<u64>,
    /// Number of times a security group is referenced by other security groups
    ///
    /// 被安全组引用数。
    pub sg: Option<u64>,
    /// Number of load balancer instances.
    ///
    /// 负载均衡实例数。
    pub clb: Option<u64>,
    /// The binding statistics for all instances.
    ///
    /// 全量实例的绑定统计。
    pub instance_statistics: Option<Vec<InstanceStatistic>>,
    /// Total count of all resources (excluding resources referenced by security groups).
    ///
    /// 所有资源的总计数（不包含被安全组引用数）。
    pub total_count: Option<u64>,
}

impl serde::Serialize for SecurityGroupAssociationStatistics {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityGroupAssociationStatistics",
            usize::from(self.security_group_id.is_some())
                + usize::from(self.cvm.is_some()) + usize::from(self.cdb.is_some())
                + usize::from(self.eni.is_some()) + usize::from(self.sg.is_some())
                + usize::from(self.clb.is_some())
                + usize::from(self.instance_statistics.is_some())
                + usize::from(self.total_count.is_some()),
        )?;
        s.optional("SecurityGroupId", &self.security_group_id)?;
        s.optional("CVM", &self.cvm)?;
        s.optional("CDB", &self.cdb)?;
        s.optional("ENI", &self.eni)?;
        s.optional("SG", &self.sg)?;
        s.optional("CLB", &self.clb)?;
        s.optional("InstanceStatistics", &self.instance_statistics)?;
        s.optional("TotalCount", &self.total_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroupAssociationStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityGroupAssociationStatistics {
    const NAME: &'static str = "SecurityGroupAssociationStatistics";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "CVM",
        "CDB",
        "ENI",
        "SG",
        "CLB",
        "InstanceStatistics",
        "TotalCount",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            security_group_id: r.or_default(f0),
            cvm: r.or_default(f1),
            cdb: r.or_default(f2),
            eni: r.or_default(f3),
            sg: r.or_default(f4),
            clb: r.or_default(f5),
            instance_statistics: r.or_default(f6),
            total_count: r.or_default(f7),
        })
    }
}

/// 用户安全组配额限制。
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupLimitSet {
    /// 每个项目每个地域可创建安全组数
    pub security_group_limit: Option<u64>,
    /// 安全组下的最大规则数
    pub security_group_policy_limit: Option<u64>,
    /// 安全组下嵌套安全组规则数
    pub refered_security_group_limit: Option<u64>,
    /// 单安全组关联实例数
    pub security_group_instance_limit: Option<u64>,
    /// 实例关联安全组数
    pub instance_security_group_limit: Option<u64>,
    /// 安全组展开后的规则数限制
    pub security_group_extended_policy_limit: Option<u64>,
    /// 被引用的安全组关联CVM、ENI的实例配额
    pub security_group_refered_cvm_and_eni_limit: Option<u64>,
    /// 被引用的安全组关联数据库、LB等服务实例配额
    pub security_group_refered_svc_limit: Option<u64>,
}

impl serde::Serialize for SecurityGroupLimitSet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityGroupLimitSet",
            usize::from(self.security_group_limit.is_some())
                + usize::from(self.security_group_policy_limit.is_some())
                + usize::from(self.refered_security_group_limit.is_some())
                + usize::from(self.security_group_instance_limit.is_some())
                + usize::from(self.instance_security_group_limit.is_some())
                + usize::from(self.security_group_extended_policy_limit.is_some())
                + usize::from(self.security_group_refered_cvm_and_eni_limit.is_some())
                + usize::from(self.security_group_refered_svc_limit.is_some()),
        )?;
        s.optional("SecurityGroupLimit", &self.security_group_limit)?;
        s.optional("SecurityGroupPolicyLimit", &self.security_group_policy_limit)?;
        s.optional("ReferedSecurityGroupLimit", &self.refered_security_group_limit)?;
        s.optional("SecurityGroupInstanceLimit", &self.security_group_instance_limit)?;
        s.optional("InstanceSecurityGroupLimit", &self.instance_security_group_limit)?;
        s.optional(
            "SecurityGroupExtendedPolicyLimit",
            &self.security_group_extended_policy_limit,
        )?;
        s.optional(
            "SecurityGroupReferedCvmAndEniLimit",
            &self.security_group_refered_cvm_and_eni_limit,
        )?;
        s.optional(
            "SecurityGroupReferedSvcLimit",
            &self.security_group_refered_svc_limit,
        )?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroupLimitSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityGroupLimitSet {
    const NAME: &'static str = "SecurityGroupLimitSet";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupLimit",
        "SecurityGroupPolicyLimit",
        "ReferedSecurityGroupLimit",
        "SecurityGroupInstanceLimit",
        "InstanceSecurityGroupLimit",
        "SecurityGroupExtendedPolicyLimit",
        "SecurityGroupReferedCvmAndEniLimit",
        "SecurityGroupReferedSvcLimit",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            security_group_limit: r.or_default(f0),
            security_group_policy_limit: r.or_default(f1),
            refered_security_group_limit: r.or_default(f2),
            security_group_instance_limit: r.or_default(f3),
            instance_security_group_limit: r.or_default(f4),
            security_group_extended_policy_limit: r.or_default(f5),
            security_group_refered_cvm_and_eni_limit: r.or_default(f6),
            security_group_refered_svc_limit: r.or_default(f7),
        })
    }
}

/// Security group policy object
///
/// 安全组规则对象
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupPolicy {
    /// The index number of security group rules, which dynamically changes with the rules. This parameter can be obtained via the `DescribeSecurityGroupPolicies` API and used with the `Version` field in the returned value of the API.
    ///
    /// 安全组规则索引号，值会随着安全组规则的变更动态变化。使用PolicyIndex时，请先调用`DescribeSecurityGroupPolicies`获取到规则的PolicyIndex，并且结合返回值中的Version一起使用处理规则。
    pub policy_index: Option<i64>,
    /// Protocol. Valid values: TCP, UDP, ICMP, ICMPv6, ALL.
    ///
    /// 协议, 取值: TCP,UDP,ICMP,ICMPv6,ALL。
    pub protocol: Option<String>,
    /// Port (`all`, a single port, or a port range).
    ///
    /// Note: If the `Protocol` value is set to `ALL`, the `Port` value also needs to be set to `all`.
    ///
    /// 端口(all, 离散port,  range)。
    ///
    /// 说明：如果Protocol设置为ALL，则Port也需要设置为all。
    pub port: Option<String>,
    /// Protocol port ID or protocol port group ID. ServiceTemplate and Protocol+Port are mutually exclusive.
    ///
    /// 协议端口ID或者协议端口组ID。ServiceTemplate和Protocol+Port互斥。
    pub service_template: Option<ServiceTemplateSpecification>,
    /// Either `CidrBlock` or `Ipv6CidrBlock can be specified. Note that if `0.0.0.0/n\` is entered, it is mapped to 0.0.0.0/0.
    ///
    /// 网段或IP(互斥)，特殊说明：0.0.0.0/n 都会映射为0.0.0.0/0。作为入参时，可使用字符串`MY_PUBLIC_IP`指代发起请求的公网IP地址。
    pub cidr_block: Option<String>,
    /// The CIDR block or IPv6 (mutually exclusive).
    ///
    /// 网段或IPv6(互斥)。作为入参时，可使用字符串`MY_PUBLIC_IP`指代发起请求的公网IPv6地址。
    pub ipv6_cidr_block: Option<String>,
    /// The security group instance ID, such as `sg-ohuuioma`.
    ///
    /// 安全组实例ID，例如：sg-ohuuioma。
    pub security_group_id: Option<String>,
    /// IP address ID or IP address group ID.
    ///
    /// IP地址ID或者IP地址组ID。
    pub address_template: Option<AddressTemplateSpecification>,
    /// ACCEPT or DROP.
    ///
    /// ACCEPT 或 DROP。
    pub action: Option<String>,
    /// Security group policy description.
    ///
    /// 安全组规则描述。作为入参时，当未传递该参数或值为空，且参数CidrBlock或Ipv6CidrBlock值为MY_PUBLIC_IP时，该参数的值将会被自动填充为Replaced-From-MY_PUBLIC_IP。
    pub policy_description: Option<String>,
    /// The last modification time of the security group.
    ///
    /// 安全组最近修改时间。
    pub modify_time: Option<String>,
    /// 安全组规则优先级，值会随着安全组规则的变更动态变化。使用Priority时，请先调用`DescribeSecurityGroupPolicies`获取到规则的Priority，并且结合返回值中的Version一起使用处理规则。
    pub priority: Option<i64>,
}

impl serde::Serialize for SecurityGroupPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityGroupPolicy",
            usize::from(self.policy_index.is_some())
                + usize::from(self.protocol.is_some()) + usize::from(self.port.is_some())
                + usize::from(self.service_template.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.ipv6_cidr_block.is_some())
                + usize::from(self.security_group_id.is_some())
                + usize::from(self.address_template.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.policy_description.is_some())
                + usize::from(self.modify_time.is_some())
                + usize::from(self.priority.is_some()),
        )?;
        s.optional("PolicyIndex", &self.policy_index)?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("Port", &self.port)?;
        s.optional("ServiceTemplate", &self.service_template)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("Ipv6CidrBlock", &self.ipv6_cidr_block)?;
        s.optional("SecurityGroupId", &self.security_group_id)?;
        s.optional("AddressTemplate", &self.address_template)?;
        s.optional("Action", &self.action)?;
        s.optional("PolicyDescription", &self.policy_description)?;
        s.optional("ModifyTime", &self.modify_time)?;
        s.optional("Priority", &self.priority)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroupPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityGroupPolicy {
    const NAME: &'static str = "SecurityGroupPolicy";
    const FIELDS: &'static [&'static str] = &[
        "PolicyIndex",
        "Protocol",
        "Port",
        "ServiceTemplate",
        "CidrBlock",
        "Ipv6CidrBlock",
        "SecurityGroupId",
        "AddressTemplate",
        "Action",
        "PolicyDescription",
        "ModifyTime",
        "Priority",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            policy_index: r.or_default(f0),
            protocol: r.or_default(f1),
            port: r.or_default(f2),
            service_template: r.or_default(f3),
            cidr_block: r.or_default(f4),
            ipv6_cidr_block: r.or_default(f5),
            security_group_id: r.or_default(f6),
            address_template: r.or_default(f7),
            action: r.or_default(f8),
            policy_description: r.or_default(f9),
            modify_time: r.or_default(f10),
            priority: r.or_default(f11),
        })
    }
}

/// Security group policy set
///
/// 安全组规则集合
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupPolicySet {
    /// The version number of the security group policy, which will automatically increase by one each time you update the security group policy, so as to prevent expiration of the updated routing policies. If it is left empty, any conflicts will be ignored.
    ///
    /// Note: This parameter may return null, indicating that no valid values can be obtained.
    ///
    /// 安全组规则当前版本。用户每次更新安全规则版本会自动加1，防止更新的路由规则已过期，不填不考虑冲突。
    pub version: Option<String>,
    /// Outbound rule.
    ///
    /// Note: This parameter may return null, indicating that no valid values can be obtained.
    ///
    /// 出站规则。
    pub egress: Option<Vec<SecurityGroupPolicy>>,
    /// Inbound rule.
    ///
    /// Note: This parameter may return null, indicating that no valid values can be obtained.
    ///
    /// 入站规则。
    pub ingress: Option<Vec<SecurityGroupPolicy>>,
    /// 安全组策略条目统计。只用于出参。
    pub policy_statistics: Option<PolicyStatistics>,
}

impl serde::Serialize for SecurityGroupPolicySet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityGroupPolicySet",
            usize::from(self.version.is_some()) + usize::from(self.egress.is_some())
                + usize::from(self.ingress.is_some())
                + usize::from(self.policy_statistics.is_some()),
        )?;
        s.optional("Version", &self.version)?;
        s.optional("Egress", &self.egress)?;
        s.optional("Ingress", &self.ingress)?;
        s.optional("PolicyStatistics", &self.policy_statistics)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityGroupPolicySet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityGroupPolicySet {
    const NAME: &'static str = "SecurityGroupPolicySet";
    const FIELDS: &'static [&'static str] = &[
        "Version",
        "Egress",
        "Ingress",
        "PolicyStatistics",
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
                0 => r.tolerant(&mut f0),
                1 => r.plain(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            version: r.or_default(f0),
            egress: r.or_default(f1),
            ingress: r.or_default(f2),
            policy_statistics: r.or_default(f3),
        })
    }
}

/// SecurityPolicyDatabase policy
///
/// SecurityPolicyDatabase策略
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityPolicyDatabase {
    /// Local IP range
    ///
    /// 本端网段
    pub local_cidr_block: Option<String>,
    /// Opposite IP range
    ///
    /// 对端网段
    pub remote_cidr_block: Option<Vec<String>>,
}

impl serde::Serialize for SecurityPolicyDatabase {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SecurityPolicyDatabase",
            usize::from(self.local_cidr_block.is_some())
                + usize::from(self.remote_cidr_block.is_some()),
        )?;
        s.optional("LocalCidrBlock", &self.local_cidr_block)?;
        s.optional("RemoteCidrBlock", &self.remote_cidr_block)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SecurityPolicyDatabase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SecurityPolicyDatabase {
    const NAME: &'static str = "SecurityPolicyDatabase";
    const FIELDS: &'static [&'static str] = &["LocalCidrBlock", "RemoteCidrBlock"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            local_cidr_block: r.or_default(f0),
            remote_cidr_block: r.or_default(f1),
        })
    }
}

/// Protocol port template
///
/// 协议端口模板
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceTemplate {
    /// Protocol port instance ID, such as `ppm-f5n1f8da`.
    ///
    /// 协议端口实例ID，例如：ppm-f5n1f8da。
    pub service_template_id: Option<String>,
    /// Template name.
    ///
    /// 模板名称。
    pub service_template_name: Option<String>,
    /// Protocol port information.
    ///
    /// 协议端口信息。
    pub service_set: Option<Vec<String>>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// 最后更新时间。
    pub updated_time: Option<String>,
    /// Protocol port template information with remarks
    ///
    /// 带备注的协议端口信息。
    pub service_extra_set: Option<Vec<ServicesInfo>>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for ServiceTemplate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ServiceTemplate",
            usize::from(self.service_template_id.is_some())
                + usize::from(self.service_template_name.is_some())
                + usize::from(self.service_set.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.updated_time.is_some())
                + usize::from(self.service_extra_set.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("ServiceTemplateId", &self.service_template_id)?;
        s.optional("ServiceTemplateName", &self.service_template_name)?;
        s.optional("ServiceSet", &self.service_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.optional("ServiceExtraSet", &self.service_extra_set)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ServiceTemplate {
    const NAME: &'static str = "ServiceTemplate";
    const FIELDS: &'static [&'static str] = &[
        "ServiceTemplateId",
        "ServiceTemplateName",
        "ServiceSet",
        "CreatedTime",
        "UpdatedTime",
        "ServiceExtraSet",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            service_template_id: r.or_default(f0),
            service_template_name: r.or_default(f1),
            service_set: r.or_default(f2),
            created_time: r.or_default(f3),
            updated_time: r.or_default(f4),
            service_extra_set: r.or_default(f5),
            tag_set: r.or_default(f6),
        })
    }
}

/// Protocol port template group
///
/// 协议端口模板集合
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceTemplateGroup {
    /// Protocol port template group instance ID, such as `ppmg-2klmrefu`.
    ///
    /// 协议端口模板集合实例ID，例如：ppmg-2klmrefu。
    pub service_template_group_id: Option<String>,
    /// Protocol port template group name.
    ///
    /// 协议端口模板集合名称。
    pub service_template_group_name: Option<String>,
    /// Protocol port template instance ID.
    ///
    /// 协议端口模板实例ID。
    pub service_template_id_set: Option<Vec<String>>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// 最后更新时间。
    pub updated_time: Option<String>,
    /// Protocol port template instance information.
    ///
    /// 协议端口模板实例信息。
    pub service_template_set: Option<Vec<ServiceTemplate>>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for ServiceTemplateGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ServiceTemplateGroup",
            usize::from(self.service_template_group_id.is_some())
                + usize::from(self.service_template_group_name.is_some())
                + usize::from(self.service_template_id_set.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.updated_time.is_some())
                + usize::from(self.service_template_set.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("ServiceTemplateGroupId", &self.service_template_group_id)?;
        s.optional("ServiceTemplateGroupName", &self.service_template_group_name)?;
        s.optional("ServiceTemplateIdSet", &self.service_template_id_set)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.optional("ServiceTemplateSet", &self.service_template_set)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceTemplateGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ServiceTemplateGroup {
    const NAME: &'static str = "ServiceTemplateGroup";
    const FIELDS: &'static [&'static str] = &[
        "ServiceTemplateGroupId",
        "ServiceTemplateGroupName",
        "ServiceTemplateIdSet",
        "CreatedTime",
        "UpdatedTime",
        "ServiceTemplateSet",
        "TagSet",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            service_template_group_id: r.or_default(f0),
            service_template_group_name: r.or_default(f1),
            service_template_id_set: r.or_default(f2),
            created_time: r.or_default(f3),
            updated_time: r.or_default(f4),
            service_template_set: r.or_default(f5),
            tag_set: r.or_default(f6),
        })
    }
}

/// Protocol port template
///
/// 协议端口模板
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceTemplateSpecification {
    /// Protocol port ID, such as `ppm-f5n1f8da`.
    ///
    /// 协议端口ID，例如：ppm-f5n1f8da。
    pub service_id: Option<String>,
    /// Protocol port group ID, such as `ppmg-f5n1f8da`.
    ///
    /// 协议端口组ID，例如：ppmg-f5n1f8da。
    pub service_group_id: Option<String>,
}

impl serde::Serialize for ServiceTemplateSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ServiceTemplateSpecification",
            usize::from(self.service_id.is_some())
                + usize::from(self.service_group_id.is_some()),
        )?;
        s.optional("ServiceId", &self.service_id)?;
        s.optional("ServiceGroupId", &self.service_group_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServiceTemplateSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ServiceTemplateSpecification {
    const NAME: &'static str = "ServiceTemplateSpecification";
    const FIELDS: &'static [&'static str] = &["ServiceId", "ServiceGroupId"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            service_id: r.or_default(f0),
            service_group_id: r.or_default(f1),
        })
    }
}

/// Protocol port template information
///
/// 协议端口模板信息
#[derive(Debug, Clone, PartialEq)]
pub struct ServicesInfo {
    /// Protocol port
    ///
    /// 协议端口。
    pub service: Option<String>,
    /// Remarks
    ///
    /// Note: this field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 备注。
    pub description: Option<String>,
    /// 更新时间。
    pub updated_time: Option<String>,
}

impl serde::Serialize for ServicesInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ServicesInfo",
            usize::from(self.service.is_some()) + usize::from(self.description.is_some())
                + usize::from(self.updated_time.is_some()),
        )?;
        s.optional("Service", &self.service)?;
        s.optional("Description", &self.description)?;
        s.optional("UpdatedTime", &self.updated_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ServicesInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ServicesInfo {
    const NAME: &'static str = "ServicesInfo";
    const FIELDS: &'static [&'static str] = &["Service", "Description", "UpdatedTime"];
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
            service: r.or_default(f0),
            description: r.or_default(f1),
            updated_time: r.or_default(f2),
        })
    }
}

/// Snapshot file information
///
/// 快照文件信息
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotFileInfo {
    /// Snapshot policy ID
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: Option<String>,
    /// ID of the instance.
    ///
    /// 实例Id。
    pub instance_id: Option<String>,
    /// Snapshot file ID
    ///
    /// 快照文件Id。
    pub snapshot_file_id: Option<String>,
    /// Backup time
    ///
    /// 备份时间。
    pub backup_time: Option<String>,
    /// Operator UIN
    ///
    /// 操作者Uin。
    pub operator: Option<String>,
}

impl serde::Serialize for SnapshotFileInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SnapshotFileInfo",
            usize::from(self.snapshot_policy_id.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.snapshot_file_id.is_some())
                + usize::from(self.backup_time.is_some())
                + usize::from(self.operator.is_some()),
        )?;
        s.optional("SnapshotPolicyId", &self.snapshot_policy_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("SnapshotFileId", &self.snapshot_file_id)?;
        s.optional("BackupTime", &self.backup_time)?;
        s.optional("Operator", &self.operator)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SnapshotFileInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SnapshotFileInfo {
    const NAME: &'static str = "SnapshotFileInfo";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotPolicyId",
        "InstanceId",
        "SnapshotFileId",
        "BackupTime",
        "Operator",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_policy_id: r.or_default(f0),
            instance_id: r.or_default(f1),
            snapshot_file_id: r.or_default(f2),
            backup_time: r.or_default(f3),
            operator: r.or_default(f4),
        })
    }
}

/// Information of instance associated with the snapshot policy
///
/// 快照策略关联实例信息
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotInstance {
    /// ID of the instance.
    ///
    /// 实例Id。
    pub instance_id: Option<String>,
    /// Type of associated resource. Values: `securitygroup`
    ///
    /// 实例类型，目前支持安全组：securitygroup。
    pub instance_type: Option<String>,
    /// Instance region
    ///
    /// 实例所在地域。
    pub instance_region: Option<String>,
    /// Snapshot policy IDs
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: Option<String>,
    /// The instance name.
    ///
    /// 实例名称。
    pub instance_name: Option<String>,
}

impl serde::Serialize for SnapshotInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SnapshotInstance",
            usize::from(self.instance_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_region.is_some())
                + usize::from(self.snapshot_policy_id.is_some())
                + usize::from(self.instance_name.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceRegion", &self.instance_region)?;
        s.optional("SnapshotPolicyId", &self.snapshot_policy_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SnapshotInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SnapshotInstance {
    const NAME: &'static str = "SnapshotInstance";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "InstanceType",
        "InstanceRegion",
        "SnapshotPolicyId",
        "InstanceName",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            instance_id: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_region: r.or_default(f2),
            snapshot_policy_id: r.or_default(f3),
            instance_name: r.or_default(f4),
        })
    }
}

/// Snapshot policy
///
/// 快照策略
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotPolicy {
    /// Snapshot policy name
    ///
    /// 快照策略名称。
    pub snapshot_policy_name: Option<String>,
    /// Backup policy type. Values: `operate` (Manual backup); `time` (Scheduled backup)
    ///
    /// 备份策略类型，operate-操作备份，time-定时备份。
    pub backup_type: Option<String>,
    /// Snapshot retention period in days. Range: 1 to 365.
    ///
    /// 保留时间，支持1～365天。
    pub keep_time: Option<u64>,
    /// Whether to create a new COS bucket. It defaults to `False`.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 是否创建新的cos桶，默认为False。
    pub create_new_cos: Option<bool>,
    /// Region of the COS bucket
    ///
    /// cos桶所在地域。
    pub cos_region: Option<String>,
    /// COS bucket
    ///
    /// cos桶。
    pub cos_bucket: Option<String>,
    /// Snapshot policy ID
    ///
    /// 快照策略Id。
    pub snapshot_policy_id: Option<String>,
    /// Scheduled backup policies
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 时间备份策略。
    pub backup_policies: Option<Vec<BackupPolicy>>,
    /// Whether to enable the policy. Values: `True` (default), `False`
    ///
    /// 启用状态，True-启用，False-停用，默认为True。
    pub enable: Option<bool>,
    /// Creation time
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 创建时间。
    pub create_time: Option<String>,
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for SnapshotPolicy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SnapshotPolicy",
            usize::from(self.snapshot_policy_name.is_some())
                + usize::from(self.backup_type.is_some())
                + usize::from(self.keep_time.is_some())
                + usize::from(self.create_new_cos.is_some())
                + usize::from(self.cos_region.is_some())
                + usize::from(self.cos_bucket.is_some())
                + usize::from(self.snapshot_policy_id.is_some())
                + usize::from(self.backup_policies.is_some())
                + usize::from(self.enable.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("SnapshotPolicyName", &self.snapshot_policy_name)?;
        s.optional("BackupType", &self.backup_type)?;
        s.optional("KeepTime", &self.keep_time)?;
        s.optional("CreateNewCos", &self.create_new_cos)?;
        s.optional("CosRegion", &self.cos_region)?;
        s.optional("CosBucket", &self.cos_bucket)?;
        s.optional("SnapshotPolicyId", &self.snapshot_policy_id)?;
        s.optional("BackupPolicies", &self.backup_policies)?;
        s.optional("Enable", &self.enable)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SnapshotPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SnapshotPolicy {
    const NAME: &'static str = "SnapshotPolicy";
    const FIELDS: &'static [&'static str] = &[
        "SnapshotPolicyName",
        "BackupType",
        "KeepTime",
        "CreateNewCos",
        "CosRegion",
        "CosBucket",
        "SnapshotPolicyId",
        "BackupPolicies",
        "Enable",
        "CreateTime",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            snapshot_policy_name: r.or_default(f0),
            backup_type: r.or_default(f1),
            keep_time: r.or_default(f2),
            create_new_cos: r.or_default(f3),
            cos_region: r.or_default(f4),
            cos_bucket: r.or_default(f5),
            snapshot_policy_id: r.or_default(f6),
            backup_policies: r.or_default(f7),
            enable: r.or_default(f8),
            create_time: r.or_default(f9),
            tag_set: r.or_default(f10),
        })
    }
}

/// SNAT rule of a NAT Gateway
///
/// NAT的SNAT规则
#[derive(Debug, Clone, PartialEq)]
pub struct SourceIpTranslationNatRule {
    /// Resource ID. It can be left empty if `ResourceType` is `USERDEFINED`.
    ///
    /// 资源ID，如果ResourceType为USERDEFINED，可以为空字符串
    pub resource_id: Option<String>,
    /// Resource type. Valid values: `SUBNET`, `NETWORKINTERFACE`, `USERDEFINED`
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 资源类型，目前包含SUBNET、NETWORKINTERFACE、USERDEFINED，分别表示子网、网卡、自定义网段
    pub resource_type: Option<String>,
    /// Source IP/IP range
    ///
    /// 源IP/网段
    pub private_ip_address: Option<String>,
    /// Elastic IP address pool
    ///
    /// 弹性IP地址池
    pub public_ip_addresses: Option<Vec<String>>,
    /// Description
    ///
    /// 规则描述
    pub description: Option<String>,
    /// SNAT rule ID
    ///
    /// Snat规则ID
    pub nat_gateway_snat_id: Option<String>,
    /// NAT gateway ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关的ID。
    pub nat_gateway_id: Option<String>,
    /// VPC ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 私有网络VPC的ID。
    pub vpc_id: Option<String>,
    /// The creation time of a NAT gateway's SNAT rule.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// NAT网关SNAT规则创建时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for SourceIpTranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SourceIpTranslationNatRule",
            usize::from(self.resource_id.is_some())
                + usize::from(self.resource_type.is_some())
                + usize::from(self.private_ip_address.is_some())
                + usize::from(self.public_ip_addresses.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.nat_gateway_snat_id.is_some())
                + usize::from(self.nat_gateway_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("PublicIpAddresses", &self.public_ip_addresses)?;
        s.optional("Description", &self.description)?;
        s.optional("NatGatewaySnatId", &self.nat_gateway_snat_id)?;
        s.optional("NatGatewayId", &self.nat_gateway_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SourceIpTranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SourceIpTranslationNatRule {
    const NAME: &'static str = "SourceIpTranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "ResourceId",
        "ResourceType",
        "PrivateIpAddress",
        "PublicIpAddresses",
        "Description",
        "NatGatewaySnatId",
        "NatGatewayId",
        "VpcId",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            resource_id: r.or_default(f0),
            resource_type: r.or_default(f1),
            private_ip_address: r.or_default(f2),
            public_ip_addresses: r.or_default(f3),
            description: r.or_default(f4),
            nat_gateway_snat_id: r.or_default(f5),
            nat_gateway_id: r.or_default(f6),
            vpc_id: r.or_default(f7),
            created_time: r.or_default(f8),
        })
    }
}

/// DownloadVpnGatewaySslClientCert 使用
#[derive(Debug, Clone, PartialEq)]
pub struct SslClientConfig {
    /// 客户端配置
    pub ssl_vpn_client_configuration: Option<String>,
    /// 更证书
    pub ssl_vpn_root_cert: Option<String>,
    /// 客户端密钥
    pub ssl_vpn_key: Option<String>,
    /// 客户端证书
    pub ssl_vpn_cert: Option<String>,
    /// SSL-VPN-CLIENT 实例ID。
    pub ssl_vpn_client_id: Option<String>,
}

impl serde::Serialize for SslClientConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SslClientConfig",
            usize::from(self.ssl_vpn_client_configuration.is_some())
                + usize::from(self.ssl_vpn_root_cert.is_some())
                + usize::from(self.ssl_vpn_key.is_some())
                + usize::from(self.ssl_vpn_cert.is_some())
                + usize::from(self.ssl_vpn_client_id.is_some()),
        )?;
        s.optional("SslVpnClientConfiguration", &self.ssl_vpn_client_configuration)?;
        s.optional("SslVpnRootCert", &self.ssl_vpn_root_cert)?;
        s.optional("SslVpnKey", &self.ssl_vpn_key)?;
        s.optional("SslVpnCert", &self.ssl_vpn_cert)?;
        s.optional("SslVpnClientId", &self.ssl_vpn_client_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SslClientConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SslClientConfig {
    const NAME: &'static str = "SslClientConfig";
    const FIELDS: &'static [&'static str] = &[
        "SslVpnClientConfiguration",
        "SslVpnRootCert",
        "SslVpnKey",
        "SslVpnCert",
        "SslVpnClientId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ssl_vpn_client_configuration: r.or_default(f0),
            ssl_vpn_root_cert: r.or_default(f1),
            ssl_vpn_key: r.or_default(f2),
            ssl_vpn_cert: r.or_default(f3),
            ssl_vpn_client_id: r.or_default(f4),
        })
    }
}

/// SSL-VPN-CLIENT 出参
#[derive(Debug, Clone, PartialEq)]
pub struct SslVpnClient {
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// SSL-VPN-SERVER 实例ID。
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
    pub cert_status: Option<u64>,
    /// SSL-VPN-CLIENT 实例ID。
    pub ssl_vpn_client_id: Option<String>,
    /// 证书开始时间。
    pub cert_begin_time: Option<String>,
    /// 证书到期时间。
    pub cert_end_time: Option<String>,
    /// CLIENT NAME。
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
    pub state: Option<String>,
}

impl serde::Serialize for SslVpnClient {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SslVpnClient",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.ssl_vpn_server_id.is_some())
                + usize::from(self.cert_status.is_some())
                + usize::from(self.ssl_vpn_client_id.is_some())
                + usize::from(self.cert_begin_time.is_some())
                + usize::from(self.cert_end_time.is_some())
                + usize::from(self.name.is_some()) + usize::from(self.state.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SslVpnServerId", &self.ssl_vpn_server_id)?;
        s.optional("CertStatus", &self.cert_status)?;
        s.optional("SslVpnClientId", &self.ssl_vpn_client_id)?;
        s.optional("CertBeginTime", &self.cert_begin_time)?;
        s.optional("CertEndTime", &self.cert_end_time)?;
        s.optional("Name", &self.name)?;
        s.optional("State", &self.state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SslVpnClient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SslVpnClient {
    const NAME: &'static str = "SslVpnClient";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SslVpnServerId",
        "CertStatus",
        "SslVpnClientId",
        "CertBeginTime",
        "CertEndTime",
        "Name",
        "State",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            ssl_vpn_server_id: r.or_default(f1),
            cert_status: r.or_default(f2),
            ssl_vpn_client_id: r.or_default(f3),
            cert_begin_time: r.or_default(f4),
            cert_end_time: r.or_default(f5),
            name: r.or_default(f6),
            state: r.or_default(f7),
        })
    }
}

/// SSL-VPN-SERVER 出参
#[derive(Debug, Clone, PartialEq)]
pub struct SslVpnSever {
    /// VPC实例ID.
    pub vpc_id: Option<String>,
    /// SSL-VPN-SERVER 实例ID。
    pub ssl_vpn_server_id: Option<String>,
    /// VPN 实例ID。
    pub vpn_gateway_id: Option<String>,
    /// SSL-VPN-SERVER name。
    pub ssl_vpn_server_name: Option<String>,
    /// 本端地址段。
    pub local_address: Option<Vec<String>>,
    /// 客户端地址段。
    pub remote_address: Option<String>,
    /// 客户端最大连接数。
    pub max_connection: Option<u64>,
    /// SSL-VPN 网关公网IP。
    pub wan_ip: Option<String>,
    /// SSL VPN服务端监听协议
    pub ssl_vpn_protocol: Option<String>,
    /// SSL VPN服务端监听协议端口
    pub ssl_vpn_port: Option<u64>,
    /// 加密算法。
    pub encrypt_algorithm: Option<String>,
    /// 认证算法。
    pub integrity_algorithm: Option<String>,
    /// 是否支持压缩。
    pub compress: Option<u64>,
    /// 创建时间。
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
    pub state: Option<u64>,
    /// 是否开启SSO认证。1：开启  0： 不开启
    pub sso_enabled: Option<u64>,
    /// EIAM应用ID
    pub eiam_application_id: Option<String>,
    /// 是否开启策略控制。0：不开启 1： 开启
    pub access_policy_enabled: Option<u64>,
    /// 策略信息
    pub access_policy: Option<Vec<AccessPolicy>>,
    /// CAM服务提供商Name
    pub sp_name: Option<String>,
    /// DNS Server地址
    pub dns_servers: Option<DnsServers>,
}

impl serde::Serialize for SslVpnSever {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SslVpnSever",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.ssl_vpn_server_id.is_some())
                + usize::from(self.vpn_gateway_id.is_some())
                + usize::from(self.ssl_vpn_server_name.is_some())
                + usize::from(self.local_address.is_some())
                + usize::from(self.remote_address.is_some())
                + usize::from(self.max_connection.is_some())
                + usize::from(self.wan_ip.is_some())
                + usize::from(self.ssl_vpn_protocol.is_some())
                + usize::from(self.ssl_vpn_port.is_some())
                + usize::from(self.encrypt_algorithm.is_some())
                + usize::from(self.integrity_algorithm.is_some())
                + usize::from(self.compress.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.sso_enabled.is_some())
                + usize::from(self.eiam_application_id.is_some())
                + usize::from(self.access_policy_enabled.is_some())
                + usize::from(self.access_policy.is_some())
                + usize::from(self.sp_name.is_some())
                + usize::from(self.dns_servers.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SslVpnServerId", &self.ssl_vpn_server_id)?;
        s.optional("VpnGatewayId", &self.vpn_gateway_id)?;
        s.optional("SslVpnServerName", &self.ssl_vpn_server_name)?;
        s.optional("LocalAddress", &self.local_address)?;
        s.optional("RemoteAddress", &self.remote_address)?;
        s.optional("MaxConnection", &self.max_connection)?;
        s.optional("WanIp", &self.wan_ip)?;
        s.optional("SslVpnProtocol", &self.ssl_vpn_protocol)?;
        s.optional("SslVpnPort", &self.ssl_vpn_port)?;
        s.optional("EncryptAlgorithm", &self.encrypt_algorithm)?;
        s.optional("IntegrityAlgorithm", &self.integrity_algorithm)?;
        s.optional("Compress", &self.compress)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("State", &self.state)?;
        s.optional("SsoEnabled", &self.sso_enabled)?;
        s.optional("EiamApplicationId", &self.eiam_application_id)?;
        s.optional("AccessPolicyEnabled", &self.access_policy_enabled)?;
        s.optional("AccessPolicy", &self.access_policy)?;
        s.optional("SpName", &self.sp_name)?;
        s.optional("DnsServers", &self.dns_servers)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SslVpnSever {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SslVpnSever {
    const NAME: &'static str = "SslVpnSever";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SslVpnServerId",
        "VpnGatewayId",
        "SslVpnServerName",
        "LocalAddress",
        "RemoteAddress",
        "MaxConnection",
        "WanIp",
        "SslVpnProtocol",
        "SslVpnPort",
        "EncryptAlgorithm",
        "IntegrityAlgorithm",
        "Compress",
        "CreateTime",
        "State",
        "SsoEnabled",
        "EiamApplicationId",
        "AccessPolicyEnabled",
        "AccessPolicy",
        "SpName",
        "DnsServers",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.plain(&mut f20),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            ssl_vpn_server_id: r.or_default(f1),
            vpn_gateway_id: r.or_default(f2),
            ssl_vpn_server_name: r.or_default(f3),
            local_address: r.or_default(f4),
            remote_address: r.or_default(f5),
            max_connection: r.or_default(f6),
            wan_ip: r.or_default(f7),
            ssl_vpn_protocol: r.or_default(f8),
            ssl_vpn_port: r.or_default(f9),
            encrypt_algorithm: r.or_default(f10),
            integrity_algorithm: r.or_default(f11),
            compress: r.or_default(f12),
            create_time: r.or_default(f13),
            state: r.or_default(f14),
            sso_enabled: r.or_default(f15),
            eiam_application_id: r.or_default(f16),
            access_policy_enabled: r.or_default(f17),
            access_policy: r.or_default(f18),
            sp_name: r.or_default(f19),
            dns_servers: r.or_default(f20),
        })
    }
}

/// Subnet object
///
/// 子网对象
#[derive(Debug, Clone, PartialEq)]
pub struct Subnet {
    /// The `ID` of the `VPC` instance.
    ///
    /// `VPC`实例`ID`。
    pub vpc_id: Option<String>,
    /// Subnet instance `ID`, such as `subnet-bthucmmy`.
    ///
    /// 子网实例`ID`，例如：subnet-bthucmmy。
    pub subnet_id: Option<String>,
    /// Subnet name.
    ///
    /// 子网名称。
    pub subnet_name: Option<String>,
    /// The `IPv4` `CIDR` of the subnet.
    ///
    /// 子网的 `IPv4` `CIDR`。
    pub cidr_block: Option<String>,
    /// Whether it is the default subnet.
    ///
    /// 是否默认子网。
    pub is_default: Option<bool>,
    /// Whether to enable broadcast.
    ///
    /// 是否开启广播。
    pub enable_broadcast: Option<bool>,
    /// Availability Zone.
    ///
    /// 可用区。
    pub zone: Option<String>,
    /// The route table instance ID, such as `rtb-l2h8d7c2`.
    ///
    /// 路由表实例ID，例如：rtb-l2h8d7c2。
    pub route_table_id: Option<String>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// The number of available IPv4 addresses
    ///
    /// 可用`IPv4`数。
    pub available_ip_address_count: Option<u64>,
    /// The `IPv6` `CIDR` of the subnet.
    ///
    /// 子网的 `IPv6` `CIDR`。
    pub ipv6_cidr_block: Option<String>,
    /// The associated `ACL`ID
    ///
    /// 关联`ACL`ID
    pub network_acl_id: Option<String>,
    /// Whether it is a `SNAT` address pool subnet.
    ///
    /// 是否为 `SNAT` 地址池子网。
    pub is_remote_vpc_snat: Option<bool>,
    /// The total number of IPv4 addresses in the subnet.
    ///
    /// 子网`IPv4`总数。
    pub total_ip_address_count: Option<u64>,
    /// Tag key-value pairs
    ///
    /// 标签键值对。
    pub tag_set: Option<Vec<Tag>>,
    /// CDC instance ID.
    ///
    /// CDC实例ID。
    pub cdc_id: Option<String>,
    /// Whether the subnet is associated with CDC. valid values: 0 (no), 1 (yes).
    ///
    /// 是否是CDC所属子网。0:否 1:是
    pub is_cdc_subnet: Option<i64>,
}

impl serde::Serialize for Subnet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Subnet",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.subnet_name.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.is_default.is_some())
                + usize::from(self.enable_broadcast.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.route_table_id.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.available_ip_address_count.is_some())
                + usize::from(self.ipv6_cidr_block.is_some())
                + usize::from(self.network_acl_id.is_some())
                + usize::from(self.is_remote_vpc_snat.is_some())
                + usize::from(self.total_ip_address_count.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.is_cdc_subnet.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("SubnetName", &self.subnet_name)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("IsDefault", &self.is_default)?;
        s.optional("EnableBroadcast", &self.enable_broadcast)?;
        s.optional("Zone", &self.zone)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("AvailableIpAddressCount", &self.available_ip_address_count)?;
        s.optional("Ipv6CidrBlock", &self.ipv6_cidr_block)?;
        s.optional("NetworkAclId", &self.network_acl_id)?;
        s.optional("IsRemoteVpcSnat", &self.is_remote_vpc_snat)?;
        s.optional("TotalIpAddressCount", &self.total_ip_address_count)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("IsCdcSubnet", &self.is_cdc_subnet)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Subnet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Subnet {
    const NAME: &'static str = "Subnet";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "SubnetName",
        "CidrBlock",
        "IsDefault",
        "EnableBroadcast",
        "Zone",
        "RouteTableId",
        "CreatedTime",
        "AvailableIpAddressCount",
        "Ipv6CidrBlock",
        "NetworkAclId",
        "IsRemoteVpcSnat",
        "TotalIpAddressCount",
        "TagSet",
        "CdcId",
        "IsCdcSubnet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            subnet_id: r.or_default(f1),
            subnet_name: r.or_default(f2),
            cidr_block: r.or_default(f3),
            is_default: r.or_default(f4),
            enable_broadcast: r.or_default(f5),
            zone: r.or_default(f6),
            route_table_id: r.or_default(f7),
            created_time: r.or_default(f8),
            available_ip_address_count: r.or_default(f9),
            ipv6_cidr_block: r.or_default(f10),
            network_acl_id: r.or_default(f11),
            is_remote_vpc_snat: r.or_default(f12),
            total_ip_address_count: r.or_default(f13),
            tag_set: r.or_default(f14),
            cdc_id: r.or_default(f15),
            is_cdc_subnet: r.or_default(f16),
        })
    }
}

/// Subnet object
///
/// 子网对象
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetInput {
    /// The `CIDR` of the subnet.
    ///
    /// 子网的`CIDR`。
    pub cidr_block: String,
    /// Subnet name.
    ///
    /// 子网名称。
    pub subnet_name: String,
    /// The availability zone, such as `ap-guangzhou-2`.
    ///
    /// 可用区。形如：`ap-guangzhou-2`。
    pub zone: String,
    /// The specified associated route table, such as `rtb-3ryrwzuu`.
    ///
    /// 指定关联路由表，形如：`rtb-3ryrwzuu`。
    pub route_table_id: Option<String>,
}

impl serde::Serialize for SubnetInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SubnetInput",
            3 + usize::from(self.route_table_id.is_some()),
        )?;
        s.field("CidrBlock", &self.cidr_block)?;
        s.field("SubnetName", &self.subnet_name)?;
        s.field("Zone", &self.zone)?;
        s.optional("RouteTableId", &self.route_table_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SubnetInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SubnetInput {
    const NAME: &'static str = "SubnetInput";
    const FIELDS: &'static [&'static str] = &[
        "CidrBlock",
        "SubnetName",
        "Zone",
        "RouteTableId",
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
                    cidr_block: f0,
                    subnet_name: f1,
                    zone: f2,
                    route_table_id: r.or_default(f3),
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

/// Tag key-value pair
///
/// 标签键值对
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    /// Tag key
    ///
    /// 标签键
    pub key: Option<String>,
    /// Tag value
    ///
    /// 标签值
    pub value: Option<String>,
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Tag",
            usize::from(self.key.is_some()) + usize::from(self.value.is_some()),
        )?;
        s.optional("Key", &self.key)?;
        s.optional("Value", &self.value)?;
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            key: r.or_default(f0),
            value: r.or_default(f1),
        })
    }
}

/// 标签描述信息
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    /// 标签键
    pub key: Option<String>,
    /// 标签值
    pub value: Option<String>,
}

impl serde::Serialize for Tags {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Tags",
            usize::from(self.key.is_some()) + usize::from(self.value.is_some()),
        )?;
        s.optional("Key", &self.key)?;
        s.optional("Value", &self.value)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Tags {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Tags {
    const NAME: &'static str = "Tags";
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
        ::core::result::Result::Ok(Self {
            key: r.or_default(f0),
            value: r.or_default(f1),
        })
    }
}

/// 参数模板配额
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateLimit {
    /// 参数模板IP地址成员配额。
    pub address_template_member_limit: Option<u64>,
    /// 参数模板IP地址组成员配额。
    pub address_template_group_member_limit: Option<u64>,
    /// 参数模板I协议端口成员配额。
    pub service_template_member_limit: Option<u64>,
    /// 参数模板协议端口组成员配额。
    pub service_template_group_member_limit: Option<u64>,
}

impl serde::Serialize for TemplateLimit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TemplateLimit",
            usize::from(self.address_template_member_limit.is_some())
                + usize::from(self.address_template_group_member_limit.is_some())
                + usize::from(self.service_template_member_limit.is_some())
                + usize::from(self.service_template_group_member_limit.is_some()),
        )?;
        s.optional("AddressTemplateMemberLimit", &self.address_template_member_limit)?;
        s.optional(
            "AddressTemplateGroupMemberLimit",
            &self.address_template_group_member_limit,
        )?;
        s.optional("ServiceTemplateMemberLimit", &self.service_template_member_limit)?;
        s.optional(
            "ServiceTemplateGroupMemberLimit",
            &self.service_template_group_member_limit,
        )?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TemplateLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TemplateLimit {
    const NAME: &'static str = "TemplateLimit";
    const FIELDS: &'static [&'static str] = &[
        "AddressTemplateMemberLimit",
        "AddressTemplateGroupMemberLimit",
        "ServiceTemplateMemberLimit",
        "ServiceTemplateGroupMemberLimit",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            address_template_member_limit: r.or_default(f0),
            address_template_group_member_limit: r.or_default(f1),
            service_template_member_limit: r.or_default(f2),
            service_template_group_member_limit: r.or_default(f3),
        })
    }
}

/// 流量描述。
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficFlow {
    /// 实际流量，单位为 字节
    pub value: Option<u64>,
    /// 格式化后的流量，单位见参数 FormatUnit
    pub format_value: Option<f64>,
    /// 格式化后流量的单位
    pub format_unit: Option<String>,
}

impl serde::Serialize for TrafficFlow {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficFlow",
            usize::from(self.value.is_some()) + usize::from(self.format_value.is_some())
                + usize::from(self.format_unit.is_some()),
        )?;
        s.optional("Value", &self.value)?;
        s.optional("FormatValue", &self.format_value)?;
        s.optional("FormatUnit", &self.format_unit)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficFlow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficFlow {
    const NAME: &'static str = "TrafficFlow";
    const FIELDS: &'static [&'static str] = &["Value", "FormatValue", "FormatUnit"];
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
            value: r.or_default(f0),
            format_value: r.or_default(f1),
            format_unit: r.or_default(f2),
        })
    }
}

/// Traffic mirroring instance.
///
/// 流量镜像实例
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirror {
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// Traffic mirroring instance.
    ///
    /// 流量镜像实例。
    pub traffic_mirror_id: Option<String>,
    /// Traffic mirroring name.
    ///
    /// 流量镜像名字。
    pub traffic_mirror_name: Option<String>,
    /// Traffic mirroring description.
    ///
    /// 流量镜像描述。
    pub traffic_mirror_describe: Option<String>,
    /// Traffic mirroring status.
    ///
    /// 流量镜像状态。
    pub state: Option<String>,
    /// Traffic mirroring collection direction.
    ///
    /// 流量镜像采集方向。
    pub direction: Option<String>,
    /// Traffic mirroring collection object.
    ///
    /// 流量镜像采集对象。
    pub collector_srcs: Option<Vec<String>>,
    /// NAT gateway instance ID filtered by traffic mirroring.
    ///
    /// 流量镜像过滤的nat网关实例ID。
    pub nat_id: Option<String>,
    /// Five tuple rule filtered by traffic mirroring.
    ///
    /// 流量镜像过滤的五元组规则。
    pub collector_normal_filters: Option<Vec<TrafficMirrorFilter>>,
    /// Traffic mirroring receiving target.
    ///
    /// 流量镜接收目标。
    pub collector_target: Option<TrafficMirrorTarget>,
    /// Traffic mirroring creation time.
    ///
    /// 流量镜像创建时间。
    pub create_time: Option<String>,
    /// Traffic mirroring type.
    ///
    /// 流量镜像的类型。
    pub r#type: Option<String>,
    /// Traffic mirroring subnet ID.
    ///
    /// 流量镜像所属的子网ID。
    pub subnet_id: Option<String>,
    /// Resource information of the traffic mirroring receiving target, returned when the receiving target is ENI or CLB.
    ///
    /// 流量镜接收目标资源信息，当接收目标为ENI和CLB时返回。
    pub target_info: Option<Vec<TrafficMirrorTargetResourceInfo>>,
    /// 流量镜像入站过滤规则。
    pub ingress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
    /// 流量镜像出站过滤规则。
    pub egress_filter_rules: Option<Vec<TrafficMirrorFilter>>,
}

impl serde::Serialize for TrafficMirror {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficMirror",
            usize::from(self.vpc_id.is_some())
                + usize::from(self.traffic_mirror_id.is_some())
                + usize::from(self.traffic_mirror_name.is_some())
                + usize::from(self.traffic_mirror_describe.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.direction.is_some())
                + usize::from(self.collector_srcs.is_some())
                + usize::from(self.nat_id.is_some())
                + usize::from(self.collector_normal_filters.is_some())
                + usize::from(self.collector_target.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.r#type.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.target_info.is_some())
                + usize::from(self.ingress_filter_rules.is_some())
                + usize::from(self.egress_filter_rules.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("TrafficMirrorId", &self.traffic_mirror_id)?;
        s.optional("TrafficMirrorName", &self.traffic_mirror_name)?;
        s.optional("TrafficMirrorDescribe", &self.traffic_mirror_describe)?;
        s.optional("State", &self.state)?;
        s.optional("Direction", &self.direction)?;
        s.optional("CollectorSrcs", &self.collector_srcs)?;
        s.optional("NatId", &self.nat_id)?;
        s.optional("CollectorNormalFilters", &self.collector_normal_filters)?;
        s.optional("CollectorTarget", &self.collector_target)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("Type", &self.r#type)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("TargetInfo", &self.target_info)?;
        s.optional("IngressFilterRules", &self.ingress_filter_rules)?;
        s.optional("EgressFilterRules", &self.egress_filter_rules)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirror {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficMirror {
    const NAME: &'static str = "TrafficMirror";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "TrafficMirrorId",
        "TrafficMirrorName",
        "TrafficMirrorDescribe",
        "State",
        "Direction",
        "CollectorSrcs",
        "NatId",
        "CollectorNormalFilters",
        "CollectorTarget",
        "CreateTime",
        "Type",
        "SubnetId",
        "TargetInfo",
        "IngressFilterRules",
        "EgressFilterRules",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.plain(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.plain(&mut f15),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_id: r.or_default(f0),
            traffic_mirror_id: r.or_default(f1),
            traffic_mirror_name: r.or_default(f2),
            traffic_mirror_describe: r.or_default(f3),
            state: r.or_default(f4),
            direction: r.or_default(f5),
            collector_srcs: r.or_default(f6),
            nat_id: r.or_default(f7),
            collector_normal_filters: r.or_default(f8),
            collector_target: r.or_default(f9),
            create_time: r.or_default(f10),
            r#type: r.or_default(f11),
            subnet_id: r.or_default(f12),
            target_info: r.or_default(f13),
            ingress_filter_rules: r.or_default(f14),
            egress_filter_rules: r.or_default(f15),
        })
    }
}

/// Five tuple filter rule object for traffic mirroring.
///
/// 流量镜像五元组过滤规则对象
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirrorFilter {
    /// Source network segment of the filter rule.
    ///
    /// 过滤规则的源网段
    pub src_net: Option<String>,
    /// Destination network segment of the filter rule.
    ///
    /// 过滤规则的目的网段
    pub dst_net: Option<String>,
    /// Protocol of the filter rule.
    ///
    /// 过滤规则的协议
    pub protocol: Option<String>,
    /// Source port of the filter rule. Default value: 1–65535.
    ///
    /// 过滤规则的源端口，默认值1-65535
    pub src_port: Option<String>,
    /// Destination port of the filter rule. Default value: 1–65535.
    ///
    /// 过滤规则的目的端口，默认值1-65535
    pub dst_port: Option<String>,
    /// 流量镜像过滤规则唯一ID。
    pub traffic_mirror_filter_rule_id: Option<String>,
    /// 流量镜像过滤规则优先级。
    pub priority: Option<u64>,
    /// 流量镜像过滤规则策略，支持类型："ACCEPT", "DROP"。
    pub action: Option<String>,
    /// 流量镜像过滤规则描述。
    pub description: Option<String>,
    /// 创建时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for TrafficMirrorFilter {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficMirrorFilter",
            usize::from(self.src_net.is_some()) + usize::from(self.dst_net.is_some())
                + usize::from(self.protocol.is_some())
                + usize::from(self.src_port.is_some())
                + usize::from(self.dst_port.is_some())
                + usize::from(self.traffic_mirror_filter_rule_id.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("SrcNet", &self.src_net)?;
        s.optional("DstNet", &self.dst_net)?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("SrcPort", &self.src_port)?;
        s.optional("DstPort", &self.dst_port)?;
        s.optional("TrafficMirrorFilterRuleId", &self.traffic_mirror_filter_rule_id)?;
        s.optional("Priority", &self.priority)?;
        s.optional("Action", &self.action)?;
        s.optional("Description", &self.description)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficMirrorFilter {
    const NAME: &'static str = "TrafficMirrorFilter";
    const FIELDS: &'static [&'static str] = &[
        "SrcNet",
        "DstNet",
        "Protocol",
        "SrcPort",
        "DstPort",
        "TrafficMirrorFilterRuleId",
        "Priority",
        "Action",
        "Description",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            src_net: r.or_default(f0),
            dst_net: r.or_default(f1),
            protocol: r.or_default(f2),
            src_port: r.or_default(f3),
            dst_port: r.or_default(f4),
            traffic_mirror_filter_rule_id: r.or_default(f5),
            priority: r.or_default(f6),
            action: r.or_default(f7),
            description: r.or_default(f8),
            created_time: r.or_default(f9),
        })
    }
}

/// Traffic mirroring collection target type.
///
/// 流量镜像采集目标类型
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirrorTarget {
    /// Receiving IP address for traffic mirroring.
    ///
    /// 流量镜像的接收IP
    pub target_ips: Option<Vec<String>>,
    /// Receiving IP address group for traffic mirroring. Load balancing rule. Valid values: ENI/FIVE_TUPLE_FLOW (VPC) and FIVE_TUPLE_FLOW (public IP address).
    ///
    /// 流量镜像接收IP组，均衡规则，支持ENI/FIVE_TUPLE_FLOW（vpc），FIVE_TUPLE_FLOW（公网IP）
    pub alg_hash: Option<String>,
    /// Receiving endpoint for traffic mirroring (public IP address).
    ///
    /// 流量镜像的接收endpoint（公网IP）
    pub target_end_points: Option<Vec<String>>,
    /// Receiving type for traffic mirroring. Valid values: IP, ENI, and CLB.
    ///
    /// 流量镜像的接收类型，分别为：IP/ENI/CLB
    pub target_type: Option<String>,
}

impl serde::Serialize for TrafficMirrorTarget {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficMirrorTarget",
            usize::from(self.target_ips.is_some()) + usize::from(self.alg_hash.is_some())
                + usize::from(self.target_end_points.is_some())
                + usize::from(self.target_type.is_some()),
        )?;
        s.optional("TargetIps", &self.target_ips)?;
        s.optional("AlgHash", &self.alg_hash)?;
        s.optional("TargetEndPoints", &self.target_end_points)?;
        s.optional("TargetType", &self.target_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficMirrorTarget {
    const NAME: &'static str = "TrafficMirrorTarget";
    const FIELDS: &'static [&'static str] = &[
        "TargetIps",
        "AlgHash",
        "TargetEndPoints",
        "TargetType",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            target_ips: r.or_default(f0),
            alg_hash: r.or_default(f1),
            target_end_points: r.or_default(f2),
            target_type: r.or_default(f3),
        })
    }
}

/// Traffic mirroring receiving traffic information, returned when the receiving target is ENI or CLB.
///
/// 流量镜像接收流量信息，当接收目标为ENI和CLB时返回
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirrorTargetResourceInfo {
    /// Resource ID belonging to the receiving target.
    ///
    /// 接收目标的资源Id
    pub target_id: Option<String>,
    /// Resource name belonging to the receiving target.
    ///
    /// 接收目标的资源名称
    pub target_name: Option<String>,
}

impl serde::Serialize for TrafficMirrorTargetResourceInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficMirrorTargetResourceInfo",
            usize::from(self.target_id.is_some())
                + usize::from(self.target_name.is_some()),
        )?;
        s.optional("TargetId", &self.target_id)?;
        s.optional("TargetName", &self.target_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficMirrorTargetResourceInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficMirrorTargetResourceInfo {
    const NAME: &'static str = "TrafficMirrorTargetResourceInfo";
    const FIELDS: &'static [&'static str] = &["TargetId", "TargetName"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            target_id: r.or_default(f0),
            target_name: r.or_default(f1),
        })
    }
}

/// Information of a traffic package
///
/// 流量包信息描述类型
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficPackage {
    /// Unique traffic package ID
    ///
    /// 流量包唯一ID
    pub traffic_package_id: Option<String>,
    /// Traffic package name
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 流量包名称
    pub traffic_package_name: Option<String>,
    /// Traffic package size in GB
    ///
    /// 流量包总量，单位GB
    pub total_amount: Option<f64>,
    /// Traffic package balance in GB
    ///
    /// 流量包剩余量，单位GB
    pub remaining_amount: Option<f64>,
    /// Traffic package status. Valid values: `AVAILABLE`, `EXPIRED`, `EXHAUSTED`, `REFUNDED`, `DELETED`
    ///
    /// 流量包状态，可能的值有: AVAILABLE-可用状态， EXPIRED-已过期， EXHAUSTED-已用完， REFUNDED-已退还， DELETED-已删除
    pub status: Option<String>,
    /// Traffic package creation time
    ///
    /// 流量包创建时间
    pub created_time: Option<String>,
    /// Traffic package expiration time
    ///
    /// 流量包截止时间
    pub deadline: Option<String>,
    /// Used traffic in GB
    ///
    /// 已使用的流量，单位GB
    pub used_amount: Option<f64>,
    /// Traffic package tag
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 流量包标签
    pub tag_set: Option<Vec<Tag>>,
    /// Traffic package type (idle-time or full-time)
    ///
    /// 区分闲时流量包与全时流量包
    pub deduct_type: Option<String>,
}

impl serde::Serialize for TrafficPackage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficPackage",
            usize::from(self.traffic_package_id.is_some())
                + usize::from(self.traffic_package_name.is_some())
                + usize::from(self.total_amount.is_some())
                + usize::from(self.remaining_amount.is_some())
                + usize::from(self.status.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.deadline.is_some())
                + usize::from(self.used_amount.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.deduct_type.is_some()),
        )?;
        s.optional("TrafficPackageId", &self.traffic_package_id)?;
        s.optional("TrafficPackageName", &self.traffic_package_name)?;
        s.optional("TotalAmount", &self.total_amount)?;
        s.optional("RemainingAmount", &self.remaining_amount)?;
        s.optional("Status", &self.status)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Deadline", &self.deadline)?;
        s.optional("UsedAmount", &self.used_amount)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("DeductType", &self.deduct_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficPackage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficPackage {
    const NAME: &'static str = "TrafficPackage";
    const FIELDS: &'static [&'static str] = &[
        "TrafficPackageId",
        "TrafficPackageName",
        "TotalAmount",
        "RemainingAmount",
        "Status",
        "CreatedTime",
        "Deadline",
        "UsedAmount",
        "TagSet",
        "DeductType",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            traffic_package_id: r.or_default(f0),
            traffic_package_name: r.or_default(f1),
            total_amount: r.or_default(f2),
            remaining_amount: r.or_default(f3),
            status: r.or_default(f4),
            created_time: r.or_default(f5),
            deadline: r.or_default(f6),
            used_amount: r.or_default(f7),
            tag_set: r.or_default(f8),
            deduct_type: r.or_default(f9),
        })
    }
}

/// 流量调度规则
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficQosPolicySet {
    /// CCN实例ID。形如：ccn-f49l6u0z。
    pub ccn_id: Option<String>,
    /// qos id。
    pub qos_id: Option<u64>,
    /// 描述。
    pub qos_policy_description: Option<String>,
    /// 名称。
    pub qos_policy_name: Option<String>,
    /// 带宽。
    pub bandwidth: Option<u64>,
    /// 流量调度策略ID。
    pub qos_policy_id: Option<String>,
    /// 服务等级信息
    pub qos_level: Option<String>,
    /// 服务等级信息
    pub service_level: Option<String>,
    /// 带宽ID
    ///
    /// 参数格式：fcr-xxx
    pub region_flow_control_id: Option<String>,
    /// 源地域
    ///
    /// 参数格式：ap-xxx
    pub local_region: Option<String>,
    /// 目的地域
    ///
    /// 参数格式：ap-xxx
    pub remote_region: Option<String>,
    /// 流量匹配策略ID
    pub traffic_match_policy_id: Option<String>,
}

impl serde::Serialize for TrafficQosPolicySet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TrafficQosPolicySet",
            usize::from(self.ccn_id.is_some()) + usize::from(self.qos_id.is_some())
                + usize::from(self.qos_policy_description.is_some())
                + usize::from(self.qos_policy_name.is_some())
                + usize::from(self.bandwidth.is_some())
                + usize::from(self.qos_policy_id.is_some())
                + usize::from(self.qos_level.is_some())
                + usize::from(self.service_level.is_some())
                + usize::from(self.region_flow_control_id.is_some())
                + usize::from(self.local_region.is_some())
                + usize::from(self.remote_region.is_some())
                + usize::from(self.traffic_match_policy_id.is_some()),
        )?;
        s.optional("CcnId", &self.ccn_id)?;
        s.optional("QosId", &self.qos_id)?;
        s.optional("QosPolicyDescription", &self.qos_policy_description)?;
        s.optional("QosPolicyName", &self.qos_policy_name)?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("QosPolicyId", &self.qos_policy_id)?;
        s.optional("QosLevel", &self.qos_level)?;
        s.optional("ServiceLevel", &self.service_level)?;
        s.optional("RegionFlowControlId", &self.region_flow_control_id)?;
        s.optional("LocalRegion", &self.local_region)?;
        s.optional("RemoteRegion", &self.remote_region)?;
        s.optional("TrafficMatchPolicyId", &self.traffic_match_policy_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TrafficQosPolicySet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TrafficQosPolicySet {
    const NAME: &'static str = "TrafficQosPolicySet";
    const FIELDS: &'static [&'static str] = &[
        "CcnId",
        "QosId",
        "QosPolicyDescription",
        "QosPolicyName",
        "Bandwidth",
        "QosPolicyId",
        "QosLevel",
        "ServiceLevel",
        "RegionFlowControlId",
        "LocalRegion",
        "RemoteRegion",
        "TrafficMatchPolicyId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ccn_id: r.or_default(f0),
            qos_id: r.or_default(f1),
            qos_policy_description: r.or_default(f2),
            qos_policy_name: r.or_default(f3),
            bandwidth: r.or_default(f4),
            qos_policy_id: r.or_default(f5),
            qos_level: r.or_default(f6),
            service_level: r.or_default(f7),
            region_flow_control_id: r.or_default(f8),
            local_region: r.or_default(f9),
            remote_region: r.or_default(f10),
            traffic_match_policy_id: r.or_default(f11),
        })
    }
}

/// 私网网关转发规则匹配ACL
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationAclRule {
    /// ACL协议类型，可选值:"ALL","TCP","UDP"
    pub protocol: Option<String>,
    /// 源端口。
    pub source_port: Option<String>,
    /// 目的端口。
    pub destination_port: Option<String>,
    /// 目的地址。
    pub destination_cidr: Option<String>,
    /// 源地址。支持`ip`或`cidr`格式"xxx.xxx.xxx.000/xx"
    pub source_cidr: Option<String>,
    /// ACL规则`ID`。
    pub acl_rule_id: Option<u64>,
    /// 是否匹配。
    pub action: Option<u64>,
    /// ACL规则描述
    pub description: Option<String>,
}

impl serde::Serialize for TranslationAclRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TranslationAclRule",
            usize::from(self.protocol.is_some())
                + usize::from(self.source_port.is_some())
                + usize::from(self.destination_port.is_some())
                + usize::from(self.destination_cidr.is_some())
                + usize::from(self.source_cidr.is_some())
                + usize::from(self.acl_rule_id.is_some())
                + usize::from(self.action.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.optional("Protocol", &self.protocol)?;
        s.optional("SourcePort", &self.source_port)?;
        s.optional("DestinationPort", &self.destination_port)?;
        s.optional("DestinationCidr", &self.destination_cidr)?;
        s.optional("SourceCidr", &self.source_cidr)?;
        s.optional("AclRuleId", &self.acl_rule_id)?;
        s.optional("Action", &self.action)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranslationAclRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TranslationAclRule {
    const NAME: &'static str = "TranslationAclRule";
    const FIELDS: &'static [&'static str] = &[
        "Protocol",
        "SourcePort",
        "DestinationPort",
        "DestinationCidr",
        "SourceCidr",
        "AclRuleId",
        "Action",
        "Description",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            protocol: r.or_default(f0),
            source_port: r.or_default(f1),
            destination_port: r.or_default(f2),
            destination_cidr: r.or_default(f3),
            source_cidr: r.or_default(f4),
            acl_rule_id: r.or_default(f5),
            action: r.or_default(f6),
            description: r.or_default(f7),
        })
    }
}

/// 私网网关Snat转发规则
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationNatRule {
    /// 转换规则目标，可选值"LOCAL","PEER"。
    pub translation_direction: Option<String>,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。分别对应三层和四层。
    pub translation_type: Option<String>,
    /// 映射后IP,当转换规则类型为四层时为`IP`池。
    pub translation_ip: Option<String>,
    /// 转换规则描述。
    pub description: Option<String>,
    /// 映射前IP,当转换规则类型为三层时有效。
    pub original_ip: Option<String>,
    /// 创建时间。
    pub create_time: Option<String>,
    /// 更新时间。
    pub update_time: Option<String>,
}

impl serde::Serialize for TranslationNatRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TranslationNatRule",
            usize::from(self.translation_direction.is_some())
                + usize::from(self.translation_type.is_some())
                + usize::from(self.translation_ip.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.original_ip.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.update_time.is_some()),
        )?;
        s.optional("TranslationDirection", &self.translation_direction)?;
        s.optional("TranslationType", &self.translation_type)?;
        s.optional("TranslationIp", &self.translation_ip)?;
        s.optional("Description", &self.description)?;
        s.optional("OriginalIp", &self.original_ip)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranslationNatRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TranslationNatRule {
    const NAME: &'static str = "TranslationNatRule";
    const FIELDS: &'static [&'static str] = &[
        "TranslationDirection",
        "TranslationType",
        "TranslationIp",
        "Description",
        "OriginalIp",
        "CreateTime",
        "UpdateTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            translation_direction: r.or_default(f0),
            translation_type: r.or_default(f1),
            translation_ip: r.or_default(f2),
            description: r.or_default(f3),
            original_ip: r.or_default(f4),
            create_time: r.or_default(f5),
            update_time: r.or_default(f6),
        })
    }
}

/// 私网网关Snat转发规则修改
#[derive(Debug, Clone, PartialEq)]
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
    pub description: Option<String>,
    /// 新转发规则映射前`IP`,当转发规则类型为三层时有效
    pub original_ip: Option<String>,
    /// 旧转发规则映射前`IP`,当转发规则类型为三层时有效
    pub old_original_ip: Option<String>,
}

impl serde::Serialize for TranslationNatRuleDiff {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TranslationNatRuleDiff",
            4 + usize::from(self.description.is_some())
                + usize::from(self.original_ip.is_some())
                + usize::from(self.old_original_ip.is_some()),
        )?;
        s.field("TranslationDirection", &self.translation_direction)?;
        s.field("TranslationType", &self.translation_type)?;
        s.field("TranslationIp", &self.translation_ip)?;
        s.field("OldTranslationIp", &self.old_translation_ip)?;
        s.optional("Description", &self.description)?;
        s.optional("OriginalIp", &self.original_ip)?;
        s.optional("OldOriginalIp", &self.old_original_ip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranslationNatRuleDiff {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TranslationNatRuleDiff {
    const NAME: &'static str = "TranslationNatRuleDiff";
    const FIELDS: &'static [&'static str] = &[
        "TranslationDirection",
        "TranslationType",
        "TranslationIp",
        "OldTranslationIp",
        "Description",
        "OriginalIp",
        "OldOriginalIp",
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
        match (f0, f1, f2, f3) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
                ::core::option::Option::Some(f3),
            ) => {
                ::core::result::Result::Ok(Self {
                    translation_direction: f0,
                    translation_type: f1,
                    translation_ip: f2,
                    old_translation_ip: f3,
                    description: r.or_default(f4),
                    original_ip: r.or_default(f5),
                    old_original_ip: r.or_default(f6),
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

/// 私网网关Snat转发规则入参
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationNatRuleInput {
    /// 转换规则目标，可选值"LOCAL","PEER"。
    pub translation_direction: String,
    /// 转换规则类型，可选值"NETWORK_LAYER","TRANSPORT_LAYER"。分别对应三层、四层。
    pub translation_type: String,
    /// 映射后`IP`,当转换规则类型为四层时为`IP`池。
    pub translation_ip: String,
    /// 转换规则描述。
    pub description: Option<String>,
    /// 映射前`IP`,当转换规则类型为三层时有效。
    pub original_ip: Option<String>,
}

impl serde::Serialize for TranslationNatRuleInput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TranslationNatRuleInput",
            3 + usize::from(self.description.is_some())
                + usize::from(self.original_ip.is_some()),
        )?;
        s.field("TranslationDirection", &self.translation_direction)?;
        s.field("TranslationType", &self.translation_type)?;
        s.field("TranslationIp", &self.translation_ip)?;
        s.optional("Description", &self.description)?;
        s.optional("OriginalIp", &self.original_ip)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranslationNatRuleInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TranslationNatRuleInput {
    const NAME: &'static str = "TranslationNatRuleInput";
    const FIELDS: &'static [&'static str] = &[
        "TranslationDirection",
        "TranslationType",
        "TranslationIp",
        "Description",
        "OriginalIp",
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
        match (f0, f1, f2) {
            (
                ::core::option::Option::Some(f0),
                ::core::option::Option::Some(f1),
                ::core::option::Option::Some(f2),
            ) => {
                ::core::result::Result::Ok(Self {
                    translation_direction: f0,
                    translation_type: f1,
                    translation_ip: f2,
                    description: r.or_default(f3),
                    original_ip: r.or_default(f4),
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

/// 共享流量包用量明细
#[derive(Debug, Clone, PartialEq)]
pub struct UsedDetail {
    /// 流量包唯一ID
    pub traffic_package_id: Option<String>,
    /// 流量包名称
    pub traffic_package_name: Option<String>,
    /// 流量包总量
    pub total_amount: Option<TrafficFlow>,
    /// 本次抵扣
    pub deduction: Option<TrafficFlow>,
    /// 本次抵扣后剩余量
    pub remaining_amount: Option<TrafficFlow>,
    /// 抵扣时间
    pub time: Option<String>,
    /// 资源类型。可选值: EIP, BWP, LB
    pub resource_type: Option<String>,
    /// 资源ID
    pub resource_id: Option<String>,
    /// 资源名称
    pub resource_name: Option<String>,
    /// 流量包到期时间
    pub deadline: Option<String>,
}

impl serde::Serialize for UsedDetail {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "UsedDetail",
            usize::from(self.traffic_package_id.is_some())
                + usize::from(self.traffic_package_name.is_some())
                + usize::from(self.total_amount.is_some())
                + usize::from(self.deduction.is_some())
                + usize::from(self.remaining_amount.is_some())
                + usize::from(self.time.is_some())
                + usize::from(self.resource_type.is_some())
                + usize::from(self.resource_id.is_some())
                + usize::from(self.resource_name.is_some())
                + usize::from(self.deadline.is_some()),
        )?;
        s.optional("TrafficPackageId", &self.traffic_package_id)?;
        s.optional("TrafficPackageName", &self.traffic_package_name)?;
        s.optional("TotalAmount", &self.total_amount)?;
        s.optional("Deduction", &self.deduction)?;
        s.optional("RemainingAmount", &self.remaining_amount)?;
        s.optional("Time", &self.time)?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("ResourceName", &self.resource_name)?;
        s.optional("Deadline", &self.deadline)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for UsedDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for UsedDetail {
    const NAME: &'static str = "UsedDetail";
    const FIELDS: &'static [&'static str] = &[
        "TrafficPackageId",
        "TrafficPackageName",
        "TotalAmount",
        "Deduction",
        "RemainingAmount",
        "Time",
        "ResourceType",
        "ResourceId",
        "ResourceName",
        "Deadline",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.plain(&mut f2),
                3 => r.plain(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            traffic_package_id: r.or_default(f0),
            traffic_package_name: r.or_default(f1),
            total_amount: r.or_default(f2),
            deduction: r.or_default(f3),
            remaining_amount: r.or_default(f4),
            time: r.or_default(f5),
            resource_type: r.or_default(f6),
            resource_id: r.or_default(f7),
            resource_name: r.or_default(f8),
            deadline: r.or_default(f9),
        })
    }
}

/// Virtual Private Cloud (VPC) object.
///
/// 私有网络(VPC)对象。
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    /// `VPC` name.
    ///
    /// `VPC`名称。
    pub vpc_name: Option<String>,
    /// `VPC` instance `ID`, such as `vpc-azd4dt1c`.
    ///
    /// `VPC`实例`ID`，例如：vpc-azd4dt1c。
    pub vpc_id: Option<String>,
    /// The `IPv4` `CIDR` of the `VPC`.
    ///
    /// `VPC`的`IPv4` `CIDR`。
    pub cidr_block: Option<String>,
    /// Whether it is the default `VPC`.
    ///
    /// 是否默认`VPC`。
    pub is_default: Option<bool>,
    /// Whether multicast is enabled.
    ///
    /// 是否开启组播。
    pub enable_multicast: Option<bool>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// `DNS` list.
    ///
    /// `DNS`列表。
    pub dns_server_set: Option<Vec<String>>,
    /// DHCP domain name option value.
    ///
    /// `DHCP`域名选项值。
    pub domain_name: Option<String>,
    /// `DHCP` option set `ID`.
    ///
    /// `DHCP`选项集`ID`。
    pub dhcp_options_id: Option<String>,
    /// Whether `DHCP` is enabled.
    ///
    /// 是否开启`DHCP`。
    pub enable_dhcp: Option<bool>,
    /// The `IPv6` `CIDR` of the `VPC`.
    ///
    /// `VPC`的`IPv6` `CIDR`。
    pub ipv6_cidr_block: Option<String>,
    /// Tag key-value pair
    ///
    /// 标签键值对
    pub tag_set: Option<Vec<Tag>>,
    /// Auxiliary CIDR
    ///
    /// 辅助CIDR
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
    /// Vpc association with CCN route publish policy. true: enables cidr route publishing. false: enables subnet route publishing. default is subnet route publishing when creating a vpc. to select cidr route publishing, submit a ticket for adding to allowlist.
    ///
    /// vpc关联云联网时路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时,请通过工单加入白名单
    pub enable_route_vpc_publish: Option<bool>,
    /// Returns the multi-operator IPv6 Cidr Block.
    ///
    /// 返回多运营商IPv6 Cidr Block
    pub ipv6_cidr_block_set: Option<Vec<ISPIPv6CidrBlock>>,
    /// vpc关联云联网时IPv6类型路由发布策略， true：开启cidr路由发布，false：开启subnet子网路由发布。创建vpc时默认为子网路由发布，当选择cidr路由发布时，请通过工单加入白名单。
    pub enable_route_vpc_publish_ipv6: Option<bool>,
}

impl serde::Serialize for Vpc {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Vpc",
            usize::from(self.vpc_name.is_some()) + usize::from(self.vpc_id.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.is_default.is_some())
                + usize::from(self.enable_multicast.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.dns_server_set.is_some())
                + usize::from(self.domain_name.is_some())
                + usize::from(self.dhcp_options_id.is_some())
                + usize::from(self.enable_dhcp.is_some())
                + usize::from(self.ipv6_cidr_block.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.assistant_cidr_set.is_some())
                + usize::from(self.enable_route_vpc_publish.is_some())
                + usize::from(self.ipv6_cidr_block_set.is_some())
                + usize::from(self.enable_route_vpc_publish_ipv6.is_some()),
        )?;
        s.optional("VpcName", &self.vpc_name)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("IsDefault", &self.is_default)?;
        s.optional("EnableMulticast", &self.enable_multicast)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("DnsServerSet", &self.dns_server_set)?;
        s.optional("DomainName", &self.domain_name)?;
        s.optional("DhcpOptionsId", &self.dhcp_options_id)?;
        s.optional("EnableDhcp", &self.enable_dhcp)?;
        s.optional("Ipv6CidrBlock", &self.ipv6_cidr_block)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("AssistantCidrSet", &self.assistant_cidr_set)?;
        s.optional("EnableRouteVpcPublish", &self.enable_route_vpc_publish)?;
        s.optional("Ipv6CidrBlockSet", &self.ipv6_cidr_block_set)?;
        s.optional("EnableRouteVpcPublishIpv6", &self.enable_route_vpc_publish_ipv6)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Vpc {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Vpc {
    const NAME: &'static str = "Vpc";
    const FIELDS: &'static [&'static str] = &[
        "VpcName",
        "VpcId",
        "CidrBlock",
        "IsDefault",
        "EnableMulticast",
        "CreatedTime",
        "DnsServerSet",
        "DomainName",
        "DhcpOptionsId",
        "EnableDhcp",
        "Ipv6CidrBlock",
        "TagSet",
        "AssistantCidrSet",
        "EnableRouteVpcPublish",
        "Ipv6CidrBlockSet",
        "EnableRouteVpcPublishIpv6",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.plain(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.tolerant(&mut f15),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpc_name: r.or_default(f0),
            vpc_id: r.or_default(f1),
            cidr_block: r.or_default(f2),
            is_default: r.or_default(f3),
            enable_multicast: r.or_default(f4),
            created_time: r.or_default(f5),
            dns_server_set: r.or_default(f6),
            domain_name: r.or_default(f7),
            dhcp_options_id: r.or_default(f8),
            enable_dhcp: r.or_default(f9),
            ipv6_cidr_block: r.or_default(f10),
            tag_set: r.or_default(f11),
            assistant_cidr_set: r.or_default(f12),
            enable_route_vpc_publish: r.or_default(f13),
            ipv6_cidr_block_set: r.or_default(f14),
            enable_route_vpc_publish_ipv6: r.or_default(f15),
        })
    }
}

/// Details of allowed endpoint services
///
/// 终端节点服务的服务白名单对象详情。
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndPointServiceUser {
    /// APP ID
    ///
    /// AppId。可通过登录 腾讯云账号中心控制台 获取。
    pub owner: Option<u64>,
    /// User UIN
    ///
    /// 用户Uin。可通过登录 腾讯云账号中心控制台 获取。
    pub user_uin: Option<String>,
    /// Description
    ///
    /// 描述信息。
    pub description: Option<String>,
    /// Creation time
    ///
    /// 创建时间。格式为字符串YYYY-MM-DD HH:MM:SS。
    pub create_time: Option<String>,
    /// Endpoint service ID
    ///
    /// 终端节点服务ID。可通过[DescribeVpcEndPointService](https://cloud.tencent.com/document/product/215/54678)接口获取。
    pub end_point_service_id: Option<String>,
}

impl serde::Serialize for VpcEndPointServiceUser {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpcEndPointServiceUser",
            usize::from(self.owner.is_some()) + usize::from(self.user_uin.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.end_point_service_id.is_some()),
        )?;
        s.optional("Owner", &self.owner)?;
        s.optional("UserUin", &self.user_uin)?;
        s.optional("Description", &self.description)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("EndPointServiceId", &self.end_point_service_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpcEndPointServiceUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpcEndPointServiceUser {
    const NAME: &'static str = "VpcEndPointServiceUser";
    const FIELDS: &'static [&'static str] = &[
        "Owner",
        "UserUin",
        "Description",
        "CreateTime",
        "EndPointServiceId",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            owner: r.or_default(f0),
            user_uin: r.or_default(f1),
            description: r.or_default(f2),
            create_time: r.or_default(f3),
            end_point_service_id: r.or_default(f4),
        })
    }
}

/// VPC private IPv6 object.
///
/// VPC内网IPv6对象。
#[derive(Debug, Clone, PartialEq)]
pub struct VpcIpv6Address {
    /// `VPC` private `IPv6` address
    ///
    /// `VPC`内`IPv6`地址。
    pub ipv6_address: Option<String>,
    /// The `IPv6` `CIDR` belonging to the subnet.
    ///
    /// 所属子网 `IPv6` `CIDR`。
    pub cidr_block: Option<String>,
    /// `IPv6` type.
    ///
    /// `IPv6`类型。
    pub ipv6_address_type: Option<String>,
    /// `IPv6` application time.
    ///
    /// `IPv6`申请时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for VpcIpv6Address {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpcIpv6Address",
            usize::from(self.ipv6_address.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.ipv6_address_type.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("Ipv6Address", &self.ipv6_address)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("Ipv6AddressType", &self.ipv6_address_type)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpcIpv6Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpcIpv6Address {
    const NAME: &'static str = "VpcIpv6Address";
    const FIELDS: &'static [&'static str] = &[
        "Ipv6Address",
        "CidrBlock",
        "Ipv6AddressType",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            ipv6_address: r.or_default(f0),
            cidr_block: r.or_default(f1),
            ipv6_address_type: r.or_default(f2),
            created_time: r.or_default(f3),
        })
    }
}

/// 私有网络配额
#[derive(Debug, Clone, PartialEq)]
pub struct VpcLimit {
    /// 私有网络配额描述
    pub limit_type: Option<String>,
    /// 私有网络配额值
    pub limit_value: Option<u64>,
}

impl serde::Serialize for VpcLimit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpcLimit",
            usize::from(self.limit_type.is_some())
                + usize::from(self.limit_value.is_some()),
        )?;
        s.optional("LimitType", &self.limit_type)?;
        s.optional("LimitValue", &self.limit_value)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpcLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpcLimit {
    const NAME: &'static str = "VpcLimit";
    const FIELDS: &'static [&'static str] = &["LimitType", "LimitValue"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            limit_type: r.or_default(f0),
            limit_value: r.or_default(f1),
        })
    }
}

/// VPC private IP object.
///
/// VPC内网IP对象。
#[derive(Debug, Clone, PartialEq)]
pub struct VpcPrivateIpAddress {
    /// `VPC` private `IP`.
    ///
    /// `VPC`内网`IP`。
    pub private_ip_address: Option<String>,
    /// The `CIDR` belonging to the subnet.
    ///
    /// 所属子网`CIDR`。
    pub cidr_block: Option<String>,
    /// Private `IP` type.
    ///
    /// 内网`IP`类型。
    pub private_ip_address_type: Option<String>,
    /// `IP` application time.
    ///
    /// `IP`申请时间。
    pub created_time: Option<String>,
}

impl serde::Serialize for VpcPrivateIpAddress {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpcPrivateIpAddress",
            usize::from(self.private_ip_address.is_some())
                + usize::from(self.cidr_block.is_some())
                + usize::from(self.private_ip_address_type.is_some())
                + usize::from(self.created_time.is_some()),
        )?;
        s.optional("PrivateIpAddress", &self.private_ip_address)?;
        s.optional("CidrBlock", &self.cidr_block)?;
        s.optional("PrivateIpAddressType", &self.private_ip_address_type)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpcPrivateIpAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpcPrivateIpAddress {
    const NAME: &'static str = "VpcPrivateIpAddress";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIpAddress",
        "CidrBlock",
        "PrivateIpAddressType",
        "CreatedTime",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            private_ip_address: r.or_default(f0),
            cidr_block: r.or_default(f1),
            private_ip_address_type: r.or_default(f2),
            created_time: r.or_default(f3),
        })
    }
}

/// Result of a VPC-related task
///
/// Vpc任务结果详细信息。
#[derive(Debug, Clone, PartialEq)]
pub struct VpcTaskResultDetailInfo {
    /// Resource ID
    ///
    /// Note: this field may return `null`, indicating that no valid value can be obtained.
    ///
    /// 资源ID。
    pub resource_id: Option<String>,
    /// Status
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 状态。
    pub status: Option<String>,
}

impl serde::Serialize for VpcTaskResultDetailInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpcTaskResultDetailInfo",
            usize::from(self.resource_id.is_some()) + usize::from(self.status.is_some()),
        )?;
        s.optional("ResourceId", &self.resource_id)?;
        s.optional("Status", &self.status)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpcTaskResultDetailInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpcTaskResultDetailInfo {
    const NAME: &'static str = "VpcTaskResultDetailInfo";
    const FIELDS: &'static [&'static str] = &["ResourceId", "Status"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            resource_id: r.or_default(f0),
            status: r.or_default(f1),
        })
    }
}

/// VPN tunnel object.
///
/// VPN通道对象。
#[derive(Debug, Clone, PartialEq)]
pub struct VpnConnection {
    /// Tunnel instance ID.
    ///
    /// 通道实例ID。
    pub vpn_connection_id: Option<String>,
    /// Tunnel name.
    ///
    /// 通道名称。
    pub vpn_connection_name: Option<String>,
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// The ID of the VPN gateway instance.
    ///
    /// VPN网关实例ID。
    pub vpn_gateway_id: Option<String>,
    /// Customer gateway instance ID.
    ///
    /// 对端网关实例ID。
    pub customer_gateway_id: Option<String>,
    /// The pre-shared key.
    ///
    /// 预共享密钥。
    pub pre_share_key: Option<String>,
    /// Tunnel transmission protocol.
    ///
    /// 通道传输协议。
    pub vpn_proto: Option<String>,
    /// Tunnel encryption protocol.
    ///
    /// 通道加密协议。
    pub encrypt_proto: Option<String>,
    /// Route Type.
    ///
    /// 路由类型。
    pub route_type: Option<String>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Production status of the tunnel. PENDING: Creating; AVAILABLE: Running; DELETING: Deleting.
    ///
    /// 通道的生产状态，PENDING：生产中，AVAILABLE：运行中，DELETING：删除中。
    pub state: Option<String>,
    /// Connection status of the tunnel. AVAILABLE: Connected.
    ///
    /// 通道连接状态，AVAILABLE：已连接。
    pub net_status: Option<String>,
    /// SPD.
    ///
    /// SPD。
    pub security_policy_database_set: Option<Vec<SecurityPolicyDatabase>>,
    /// IKE options.
    ///
    /// IKE选项。
    pub ike_options_specification: Option<IKEOptionsSpecification>,
    /// IPSEC options.
    ///
    /// IPSEC选择。
    pub ipsec_options_specification: Option<IPSECOptionsSpecification>,
    /// Whether the health check is supported.
    ///
    /// 是否支持健康状态探测
    pub enable_health_check: Option<bool>,
    /// Local IP address for the health check
    ///
    /// 本端探测ip
    pub health_check_local_ip: Option<String>,
    /// Peer IP address for the health check
    ///
    /// 对端探测ip
    pub health_check_remote_ip: Option<String>,
    /// Tunnel health check status. Valid values: AVAILABLE: healthy; UNAVAILABLE: unhealthy. This parameter will be returned only after health check is enabled.
    ///
    /// 通道健康检查状态，AVAILABLE：正常，UNAVAILABLE：不正常。 未配置健康检查不返回该对象
    pub health_check_status: Option<String>,
    /// Whether to enable DPD. Values: `0` (Disable) and `1` (Enable)
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// DPD探测开关。默认为0，表示关闭DPD探测。可选值：0（关闭），1（开启）
    pub dpd_enable: Option<i64>,
    /// DPD timeout period.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// DPD超时时间。即探测确认对端不存在需要的时间。
    pub dpd_timeout: Option<String>,
    /// The action to take in case of DPD timeout. Values: `clear` (Disconnect) and `restart` (retry). This parameter only takes effect when `DpdEnable` is set to `1`.
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// DPD超时后的动作。默认为clear。dpdEnable为1（开启）时有效。可取值为clear（断开）和restart（重试）
    pub dpd_action: Option<String>,
    /// Array of tag key-value pairs
    ///
    /// 标签键值对数组
    pub tag_set: Option<Vec<Tag>>,
    /// Negotiation type
    ///
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// 协商类型
    pub negotiation_type: Option<String>,
    /// Bgp配置信息
    pub bgp_config: Option<BgpConfigAndAsn>,
    /// Nqa配置信息
    pub health_check_config: Option<HealthCheckConfig>,
}

impl serde::Serialize for VpnConnection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpnConnection",
            usize::from(self.vpn_connection_id.is_some())
                + usize::from(self.vpn_connection_name.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.vpn_gateway_id.is_some())
                + usize::from(self.customer_gateway_id.is_some())
                + usize::from(self.pre_share_key.is_some())
                + usize::from(self.vpn_proto.is_some())
                + usize::from(self.encrypt_proto.is_some())
                + usize::from(self.route_type.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.state.is_some())
                + usize::from(self.net_status.is_some())
                + usize::from(self.security_policy_database_set.is_some())
                + usize::from(self.ike_options_specification.is_some())
                + usize::from(self.ipsec_options_specification.is_some())
                + usize::from(self.enable_health_check.is_some())
                + usize::from(self.health_check_local_ip.is_some())
                + usize::from(self.health_check_remote_ip.is_some())
                + usize::from(self.health_check_status.is_some())
                + usize::from(self.dpd_enable.is_some())
                + usize::from(self.dpd_timeout.is_some())
                + usize::from(self.dpd_action.is_some())
                + usize::from(self.tag_set.is_some())
                + usize::from(self.negotiation_type.is_some())
                + usize::from(self.bgp_config.is_some())
                + usize::from(self.health_check_config.is_some()),
        )?;
        s.optional("VpnConnectionId", &self.vpn_connection_id)?;
        s.optional("VpnConnectionName", &self.vpn_connection_name)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("VpnGatewayId", &self.vpn_gateway_id)?;
        s.optional("CustomerGatewayId", &self.customer_gateway_id)?;
        s.optional("PreShareKey", &self.pre_share_key)?;
        s.optional("VpnProto", &self.vpn_proto)?;
        s.optional("EncryptProto", &self.encrypt_proto)?;
        s.optional("RouteType", &self.route_type)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("State", &self.state)?;
        s.optional("NetStatus", &self.net_status)?;
        s.optional("SecurityPolicyDatabaseSet", &self.security_policy_database_set)?;
        s.optional("IKEOptionsSpecification", &self.ike_options_specification)?;
        s.optional("IPSECOptionsSpecification", &self.ipsec_options_specification)?;
        s.optional("EnableHealthCheck", &self.enable_health_check)?;
        s.optional("HealthCheckLocalIp", &self.health_check_local_ip)?;
        s.optional("HealthCheckRemoteIp", &self.health_check_remote_ip)?;
        s.optional("HealthCheckStatus", &self.health_check_status)?;
        s.optional("DpdEnable", &self.dpd_enable)?;
        s.optional("DpdTimeout", &self.dpd_timeout)?;
        s.optional("DpdAction", &self.dpd_action)?;
        s.optional("TagSet", &self.tag_set)?;
        s.optional("NegotiationType", &self.negotiation_type)?;
        s.optional("BgpConfig", &self.bgp_config)?;
        s.optional("HealthCheckConfig", &self.health_check_config)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpnConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpnConnection {
    const NAME: &'static str = "VpnConnection";
    const FIELDS: &'static [&'static str] = &[
        "VpnConnectionId",
        "VpnConnectionName",
        "VpcId",
        "VpnGatewayId",
        "CustomerGatewayId",
        "PreShareKey",
        "VpnProto",
        "EncryptProto",
        "RouteType",
        "CreatedTime",
        "State",
        "NetStatus",
        "SecurityPolicyDatabaseSet",
        "IKEOptionsSpecification",
        "IPSECOptionsSpecification",
        "EnableHealthCheck",
        "HealthCheckLocalIp",
        "HealthCheckRemoteIp",
        "HealthCheckStatus",
        "DpdEnable",
        "DpdTimeout",
        "DpdAction",
        "TagSet",
        "NegotiationType",
        "BgpConfig",
        "HealthCheckConfig",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.plain(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.plain(&mut f24),
                25 => r.plain(&mut f25),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpn_connection_id: r.or_default(f0),
            vpn_connection_name: r.or_default(f1),
            vpc_id: r.or_default(f2),
            vpn_gateway_id: r.or_default(f3),
            customer_gateway_id: r.or_default(f4),
            pre_share_key: r.or_default(f5),
            vpn_proto: r.or_default(f6),
            encrypt_proto: r.or_default(f7),
            route_type: r.or_default(f8),
            created_time: r.or_default(f9),
            state: r.or_default(f10),
            net_status: r.or_default(f11),
            security_policy_database_set: r.or_default(f12),
            ike_options_specification: r.or_default(f13),
            ipsec_options_specification: r.or_default(f14),
            enable_health_check: r.or_default(f15),
            health_check_local_ip: r.or_default(f16),
            health_check_remote_ip: r.or_default(f17),
            health_check_status: r.or_default(f18),
            dpd_enable: r.or_default(f19),
            dpd_timeout: r.or_default(f20),
            dpd_action: r.or_default(f21),
            tag_set: r.or_default(f22),
            negotiation_type: r.or_default(f23),
            bgp_config: r.or_default(f24),
            health_check_config: r.or_default(f25),
        })
    }
}

/// VPN gateway object.
///
/// VPN网关对象。
#[derive(Debug, Clone, PartialEq)]
pub struct VpnGateway {
    /// Gateway instance ID.
    ///
    /// 网关实例ID。
    pub vpn_gateway_id: Option<String>,
    /// VPC instance ID.
    ///
    /// VPC实例ID。
    pub vpc_id: Option<String>,
    /// Gateway instance name.
    ///
    /// 网关实例名称。
    pub vpn_gateway_name: Option<String>,
    /// Gateway instance type. Valid values: 'IPSEC', 'SSL', and 'CCN'.
    ///
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
    pub r#type: Option<String>,
    /// Gateway instance status. 'PENDING': Creating; 'DELETING': Deleting; 'AVAILABLE': Running.
    ///
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
    pub state: Option<String>,
    /// Gateway public IP.
    ///
    /// 网关公网IP。
    pub public_ip_address: Option<String>,
    /// Gateway renewal type: 'NOTIFY_AND_MANUAL_RENEW': Manual renewal. 'NOTIFY_AND_AUTO_RENEW': Automatic renewal. 'NOT_NOTIFY_AND_NOT_RENEW': No renewal after expiration.
    ///
    /// 网关续费类型：'NOTIFY_AND_MANUAL_RENEW'：手动续费，'NOTIFY_AND_AUTO_RENEW'：自动续费，'NOT_NOTIFY_AND_NOT_RENEW'：到期不续费。
    pub renew_flag: Option<String>,
    /// Gateway billing type: POSTPAID_BY_HOUR: Postpaid by hour; PREPAID: Prepaid.
    ///
    /// 网关付费类型：POSTPAID_BY_HOUR：按量计费，PREPAID：包年包月预付费。
    pub instance_charge_type: Option<String>,
    /// Outbound bandwidth of gateway.
    ///
    /// 网关出带宽
    ///
    /// 单位：Mbps
    pub internet_max_bandwidth_out: Option<u64>,
    /// Creation Time.
    ///
    /// 创建时间。
    pub created_time: Option<String>,
    /// Expiration time of the prepaid gateway.
    ///
    /// 预付费网关过期时间。
    pub expired_time: Option<String>,
    /// Whether the public IP is blocked.
    ///
    /// 公网IP是否被封堵。
    pub is_address_blocked: Option<bool>,
    /// Change of billing method. PREPAID_TO_POSTPAID: Yearly/monthly subscription prepaid to postpaid by hour.
    ///
    /// 计费模式变更，PREPAID_TO_POSTPAID：包年包月预付费到期转按小时后付费。
    pub new_purchase_plan: Option<String>,
    /// Gateway billing status. PROTECTIVELY_ISOLATED: Instance is isolated; NORMAL: Normal.
    ///
    /// 网关计费状态，PROTECTIVELY_ISOLATED：被安全隔离的实例，NORMAL：正常。
    pub restrict_state: Option<String>,
    /// The availability zone, such as `ap-guangzhou-2`
    ///
    /// 可用区，如：ap-guangzhou-2。
    pub zone: Option<String>,
    /// Gateway bandwidth quota information.
    ///
    /// 网关带宽配额信息。
    pub vpn_gateway_quota_set: Option<Vec<VpnGatewayQuota>>,
    /// Gateway instance version.
    ///
    /// 网关实例版本信息。
    pub version: Option<String>,
    /// CCN instance ID when the value of Type is CCN.
    ///
    /// Type值为CCN/SSL_CCN时，该值表示云联网实例ID。
    pub network_instance_id: Option<String>,
    /// CDC instance ID
    ///
    /// CDC 实例ID。
    pub cdc_id: Option<String>,
    /// Maximum number of connected clients allowed for the SSL VPN gateway.
    ///
    /// SSL-VPN 客户端连接数。
    pub max_connection: Option<u64>,
    /// Bgp ASN
    pub bgp_asn: Option<u64>,
    /// 标签列表
    pub tag_set: Option<Vec<Tag>>,
}

impl serde::Serialize for VpnGateway {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpnGateway",
            usize::from(self.vpn_gateway_id.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.vpn_gateway_name.is_some())
                + usize::from(self.r#type.is_some()) + usize::from(self.state.is_some())
                + usize::from(self.public_ip_address.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.internet_max_bandwidth_out.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.is_address_blocked.is_some())
                + usize::from(self.new_purchase_plan.is_some())
                + usize::from(self.restrict_state.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.vpn_gateway_quota_set.is_some())
                + usize::from(self.version.is_some())
                + usize::from(self.network_instance_id.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.max_connection.is_some())
                + usize::from(self.bgp_asn.is_some())
                + usize::from(self.tag_set.is_some()),
        )?;
        s.optional("VpnGatewayId", &self.vpn_gateway_id)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("VpnGatewayName", &self.vpn_gateway_name)?;
        s.optional("Type", &self.r#type)?;
        s.optional("State", &self.state)?;
        s.optional("PublicIpAddress", &self.public_ip_address)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("IsAddressBlocked", &self.is_address_blocked)?;
        s.optional("NewPurchasePlan", &self.new_purchase_plan)?;
        s.optional("RestrictState", &self.restrict_state)?;
        s.optional("Zone", &self.zone)?;
        s.optional("VpnGatewayQuotaSet", &self.vpn_gateway_quota_set)?;
        s.optional("Version", &self.version)?;
        s.optional("NetworkInstanceId", &self.network_instance_id)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("MaxConnection", &self.max_connection)?;
        s.optional("BgpAsn", &self.bgp_asn)?;
        s.optional("TagSet", &self.tag_set)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpnGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpnGateway {
    const NAME: &'static str = "VpnGateway";
    const FIELDS: &'static [&'static str] = &[
        "VpnGatewayId",
        "VpcId",
        "VpnGatewayName",
        "Type",
        "State",
        "PublicIpAddress",
        "RenewFlag",
        "InstanceChargeType",
        "InternetMaxBandwidthOut",
        "CreatedTime",
        "ExpiredTime",
        "IsAddressBlocked",
        "NewPurchasePlan",
        "RestrictState",
        "Zone",
        "VpnGatewayQuotaSet",
        "Version",
        "NetworkInstanceId",
        "CdcId",
        "MaxConnection",
        "BgpAsn",
        "TagSet",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.plain(&mut f21),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            vpn_gateway_id: r.or_default(f0),
            vpc_id: r.or_default(f1),
            vpn_gateway_name: r.or_default(f2),
            r#type: r.or_default(f3),
            state: r.or_default(f4),
            public_ip_address: r.or_default(f5),
            renew_flag: r.or_default(f6),
            instance_charge_type: r.or_default(f7),
            internet_max_bandwidth_out: r.or_default(f8),
            created_time: r.or_default(f9),
            expired_time: r.or_default(f10),
            is_address_blocked: r.or_default(f11),
            new_purchase_plan: r.or_default(f12),
            restrict_state: r.or_default(f13),
            zone: r.or_default(f14),
            vpn_gateway_quota_set: r.or_default(f15),
            version: r.or_default(f16),
            network_instance_id: r.or_default(f17),
            cdc_id: r.or_default(f18),
            max_connection: r.or_default(f19),
            bgp_asn: r.or_default(f20),
            tag_set: r.or_default(f21),
        })
    }
}

/// VPN gateway quota object
///
/// VPN网关配额对象
#[derive(Debug, Clone, PartialEq)]
pub struct VpnGatewayQuota {
    /// The bandwidth quota.
    ///
    /// 带宽配额，单位：Mbps。
    pub bandwidth: Option<u64>,
    /// The bandwidth quota name in Chinese.
    ///
    /// 配额中文名称
    pub cname: Option<String>,
    /// The bandwidth quota name in English.
    ///
    /// 配额英文名称
    pub name: Option<String>,
}

impl serde::Serialize for VpnGatewayQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpnGatewayQuota",
            usize::from(self.bandwidth.is_some()) + usize::from(self.cname.is_some())
                + usize::from(self.name.is_some()),
        )?;
        s.optional("Bandwidth", &self.bandwidth)?;
        s.optional("Cname", &self.cname)?;
        s.optional("Name", &self.name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpnGatewayQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpnGatewayQuota {
    const NAME: &'static str = "VpnGatewayQuota";
    const FIELDS: &'static [&'static str] = &["Bandwidth", "Cname", "Name"];
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
            bandwidth: r.or_default(f0),
            cname: r.or_default(f1),
            name: r.or_default(f2),
        })
    }
}

/// Destination routes of a VPN gateway
///
/// VPN网关目的路由
#[derive(Debug, Clone, PartialEq)]
pub struct VpnGatewayRoute {
    /// Destination IDC IP range
    ///
    /// 目的端IDC网段。
    pub destination_cidr_block: Option<String>,
    /// Next hop type (type of the associated instance). Valid values: `VPNCONN` (VPN tunnel) and `CCN` (CCN instance)
    ///
    /// 下一跳类型（关联实例类型）可选值："VPNCONN"（VPN通道）， "CCN"（CCN实例）。
    pub instance_type: Option<String>,
    /// Instance ID of the next hop
    ///
    /// 下一跳实例ID。
    pub instance_id: Option<String>,
    /// Priority. Valid values: `0` and `100`
    ///
    /// 优先级，可选值：0，100。
    pub priority: Option<i64>,
    /// Status. Valid values: `ENABLE` and `DISABLE`
    ///
    /// 启用状态，可选值："ENABLE"（启用），"DISABLE"  (禁用)。
    pub status: Option<String>,
    /// Route ID
    ///
    /// 路由条目ID。
    pub route_id: Option<String>,
    /// Route type. Valid values: `VPC`, `CCN` (CCN-propagated route), `Static`, and `BGP`.
    ///
    /// 路由类型，可选值："VPC"（VPC路由），"CCN"（云联网传播路由），"Static"（静态路由），"BGP"（BGP路由）。
    pub r#type: Option<String>,
    /// The creation time.
    ///
    /// 创建时间。
    pub create_time: Option<String>,
    /// The update time.
    ///
    /// 更新时间。
    pub update_time: Option<String>,
    /// 路由备注
    pub description: Option<String>,
}

impl serde::Serialize for VpnGatewayRoute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpnGatewayRoute",
            usize::from(self.destination_cidr_block.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.priority.is_some())
                + usize::from(self.status.is_some())
                + usize::from(self.route_id.is_some())
                + usize::from(self.r#type.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.update_time.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Priority", &self.priority)?;
        s.optional("Status", &self.status)?;
        s.optional("RouteId", &self.route_id)?;
        s.optional("Type", &self.r#type)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("UpdateTime", &self.update_time)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpnGatewayRoute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpnGatewayRoute {
    const NAME: &'static str = "VpnGatewayRoute";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "InstanceType",
        "InstanceId",
        "Priority",
        "Status",
        "RouteId",
        "Type",
        "CreateTime",
        "UpdateTime",
        "Description",
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            destination_cidr_block: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_id: r.or_default(f2),
            priority: r.or_default(f3),
            status: r.or_default(f4),
            route_id: r.or_default(f5),
            r#type: r.or_default(f6),
            create_time: r.or_default(f7),
            update_time: r.or_default(f8),
            description: r.or_default(f9),
        })
    }
}

/// Modify route status of the VPN gateway
///
/// 修改VPN状态参数
#[derive(Debug, Clone, PartialEq)]
pub struct VpnGatewayRouteModify {
    /// Route ID of the VPN gateway
    ///
    /// VPN网关路由ID。
    pub route_id: String,
    /// Route status of the VPN gateway. Valid values: `ENABLE`, and `DISABLE`.
    ///
    /// VPN网关状态, ENABLE 启用, DISABLE禁用。
    pub status: Option<String>,
    /// VPN路由备注
    pub description: Option<String>,
}

impl serde::Serialize for VpnGatewayRouteModify {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpnGatewayRouteModify",
            1 + usize::from(self.status.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.field("RouteId", &self.route_id)?;
        s.optional("Status", &self.status)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpnGatewayRouteModify {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpnGatewayRouteModify {
    const NAME: &'static str = "VpnGatewayRouteModify";
    const FIELDS: &'static [&'static str] = &["RouteId", "Status", "Description"];
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
                    route_id: f0,
                    status: r.or_default(f1),
                    description: r.or_default(f2),
                })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Information on VPN gateway-based CCN routes.
///
/// VPN网关云联网路由信息
#[derive(Debug, Clone, PartialEq)]
pub struct VpngwCcnRoutes {
    /// Route ID
    ///
    /// 路由信息ID。
    pub route_id: Option<String>,
    /// Enable the route or not
    ///
    /// ENABLE: enable the route
    ///
    /// DISABLE: do not enable the route
    ///
    /// 路由信息是否启用。
    ///
    /// ENABLE：启用该路由
    ///
    /// DISABLE：不启用该路由
    pub status: Option<String>,
    /// Route CIDR block
    ///
    /// 路由CIDR。
    pub destination_cidr_block: Option<String>,
}

impl serde::Serialize for VpngwCcnRoutes {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VpngwCcnRoutes",
            usize::from(self.route_id.is_some()) + usize::from(self.status.is_some())
                + usize::from(self.destination_cidr_block.is_some()),
        )?;
        s.optional("RouteId", &self.route_id)?;
        s.optional("Status", &self.status)?;
        s.optional("DestinationCidrBlock", &self.destination_cidr_block)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VpngwCcnRoutes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VpngwCcnRoutes {
    const NAME: &'static str = "VpngwCcnRoutes";
    const FIELDS: &'static [&'static str] = &[
        "RouteId",
        "Status",
        "DestinationCidrBlock",
    ];
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
            route_id: r.or_default(f0),
            status: r.or_default(f1),
            destination_cidr_block: r.or_default(f2),
        })
    }
}
