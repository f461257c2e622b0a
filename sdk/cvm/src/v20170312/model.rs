//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// 配额详情
#[derive(Debug, Clone, PartialEq)]
pub struct AccountQuota {
    /// 后付费配额列表
    pub post_paid_quota_set: Option<Vec<PostPaidQuota>>,
    /// 预付费配额列表
    pub pre_paid_quota_set: Option<Vec<PrePaidQuota>>,
    /// spot配额列表
    pub spot_paid_quota_set: Option<Vec<SpotPaidQuota>>,
    /// 镜像配额列表
    pub image_quota_set: Option<Vec<ImageQuota>>,
    /// 置放群组配额列表
    pub disaster_recover_group_quota_set: Option<Vec<DisasterRecoverGroupQuota>>,
}

impl serde::Serialize for AccountQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AccountQuota",
            usize::from(self.post_paid_quota_set.is_some())
                + usize::from(self.pre_paid_quota_set.is_some())
                + usize::from(self.spot_paid_quota_set.is_some())
                + usize::from(self.image_quota_set.is_some())
                + usize::from(self.disaster_recover_group_quota_set.is_some()),
        )?;
        s.optional("PostPaidQuotaSet", &self.post_paid_quota_set)?;
        s.optional("PrePaidQuotaSet", &self.pre_paid_quota_set)?;
        s.optional("SpotPaidQuotaSet", &self.spot_paid_quota_set)?;
        s.optional("ImageQuotaSet", &self.image_quota_set)?;
        s.optional(
            "DisasterRecoverGroupQuotaSet",
            &self.disaster_recover_group_quota_set,
        )?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AccountQuota {
    const NAME: &'static str = "AccountQuota";
    const FIELDS: &'static [&'static str] = &[
        "PostPaidQuotaSet",
        "PrePaidQuotaSet",
        "SpotPaidQuotaSet",
        "ImageQuotaSet",
        "DisasterRecoverGroupQuotaSet",
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
            post_paid_quota_set: r.or_default(f0),
            pre_paid_quota_set: r.or_default(f1),
            spot_paid_quota_set: r.or_default(f2),
            image_quota_set: r.or_default(f3),
            disaster_recover_group_quota_set: r.or_default(f4),
        })
    }
}

/// 配额详情概览
#[derive(Debug, Clone, PartialEq)]
pub struct AccountQuotaOverview {
    /// 地域
    pub region: Option<String>,
    /// 配额数据
    pub account_quota: Option<AccountQuota>,
}

impl serde::Serialize for AccountQuotaOverview {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "AccountQuotaOverview",
            usize::from(self.region.is_some())
                + usize::from(self.account_quota.is_some()),
        )?;
        s.optional("Region", &self.region)?;
        s.optional("AccountQuota", &self.account_quota)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountQuotaOverview {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for AccountQuotaOverview {
    const NAME: &'static str = "AccountQuotaOverview";
    const FIELDS: &'static [&'static str] = &["Region", "AccountQuota"];
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
            region: r.or_default(f0),
            account_quota: r.or_default(f1),
        })
    }
}

/// Scheduled tasks.
///
/// 定时任务
#[derive(Debug, Clone, PartialEq)]
pub struct ActionTimer {
    /// Timer action currently only supports terminating one value: TerminateInstances.
    ///
    /// 定时器动作，目前仅支持销毁一个值：TerminateInstances。
    pub timer_action: Option<String>,
    /// Execution time, in standard ISO8601 representation and using UTC time. format: YYYY-MM-DDThh:MM:ssZ. for example, 2018-05-29T11:26:40Z. the execution time must be later than the current time by 5 minutes.
    ///
    /// 执行时间，按照ISO8601标准表示，并且使用UTC时间。格式为 YYYY-MM-DDThh:mm:ssZ。例如 2018-05-29T11:26:40Z，执行时间必须大于当前时间5分钟。
    pub action_time: Option<String>,
    /// Extension data. only used as output usage.
    ///
    /// 扩展数据。仅做出参使用。
    pub externals: Option<Externals>,
    /// Timer ID. only used as output usage.
    ///
    /// 定时器ID。仅做出参使用。
    pub action_timer_id: Option<String>,
    /// Timer status, for output usage only. value ranges from:
    ///
    /// - UNDO: unexecuted
    ///
    /// - DOING: executing
    ///
    /// - DONE: execution completed.
    ///
    /// .
    ///
    /// 定时器状态，仅做出参使用。取值范围：
    ///
    /// - UNDO：未执行
    ///
    /// - DOING：正在执行
    ///
    /// - DONE：执行完成。
    pub status: Option<String>,
    /// Instance ID corresponding to a timer. used only for output.
    ///
    /// 定时器对应的实例ID。仅做出参使用。
    pub instance_id: Option<String>,
}

impl serde::Serialize for ActionTimer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ActionTimer",
            usize::from(self.timer_action.is_some())
                + usize::from(self.action_time.is_some())
                + usize::from(self.externals.is_some())
                + usize::from(self.action_timer_id.is_some())
                + usize::from(self.status.is_some())
                + usize::from(self.instance_id.is_some()),
        )?;
        s.optional("TimerAction", &self.timer_action)?;
        s.optional("ActionTime", &self.action_time)?;
        s.optional("Externals", &self.externals)?;
        s.optional("ActionTimerId", &self.action_timer_id)?;
        s.optional("Status", &self.status)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ActionTimer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ActionTimer {
    const NAME: &'static str = "ActionTimer";
    const FIELDS: &'static [&'static str] = &[
        "TimerAction",
        "ActionTime",
        "Externals",
        "ActionTimerId",
        "Status",
        "InstanceId",
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
                2 => r.plain(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.tolerant(&mut f5),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            timer_action: r.or_default(f0),
            action_time: r.or_default(f1),
            externals: r.or_default(f2),
            action_timer_id: r.or_default(f3),
            status: r.or_default(f4),
            instance_id: r.or_default(f5),
        })
    }
}

/// Attribute information.
///
/// 属性信息
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Custom data of instances.
    ///
    /// 实例的自定义数据。
    pub user_data: Option<String>,
}

impl serde::Serialize for Attribute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Attribute",
            usize::from(self.user_data.is_some()),
        )?;
        s.optional("UserData", &self.user_data)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Attribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Attribute {
    const NAME: &'static str = "Attribute";
    const FIELDS: &'static [&'static str] = &["UserData"];
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
            user_data: r.or_default(f0),
        })
    }
}

/// Parameters related to the prepaid billing method, including the subscription period, the auto renewal logic, etc.
///
/// 描述预付费模式，即包年包月相关参数。包括购买时长和自动续费逻辑等。
#[derive(Debug, Clone, PartialEq)]
pub struct ChargePrepaid {
    /// Purchased usage period, in month. Valid values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36
    ///
    /// 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
    pub period: u64,
    /// Auto renewal flag. Valid values:
    ///
    /// - NOTIFY_AND_AUTO_RENEW: notify upon expiration and renew automatically
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: notify upon expiration but do not renew automatically
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: neither notify upon expiration nor renew automatically
    ///
    /// Default value: NOTIFY_AND_AUTO_RENEW. If this parameter is specified as NOTIFY_AND_AUTO_RENEW, the instance will be automatically renewed on a monthly basis if the account balance is sufficient.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_AUTO_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
    pub renew_flag: Option<String>,
}

impl serde::Serialize for ChargePrepaid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ChargePrepaid",
            1 + usize::from(self.renew_flag.is_some()),
        )?;
        s.field("Period", &self.period)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChargePrepaid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ChargePrepaid {
    const NAME: &'static str = "ChargePrepaid";
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

/// Configuration options for MiniOS of the CHC deployment network
///
/// chc部署网络minos引导配置。
#[derive(Debug, Clone, PartialEq)]
pub struct ChcDeployExtraConfig {
    /// MinIO type: whether to use Tencent Cloud's minios or the customer's own minios.
    ///
    /// minos类型。是使用腾讯云的minios，还是客户自己的minios。
    pub mini_os_type: Option<String>,
    /// Server architecture and boot mode. Value: x86_legacy, arm_uefi.
    ///
    /// 服务器的架构和启动方式。取值为x86_legacy, arm_uefi。
    pub boot_type: Option<String>,
    /// The boot file used by PXE. Default: pxelinux.0.
    ///
    /// PXE使用的引导文件。默认为pxelinux.0。
    pub boot_file: Option<String>,
    /// tftp server ip address.
    ///
    /// tftp服务器的ip地址。
    pub next_server_address: Option<String>,
}

impl serde::Serialize for ChcDeployExtraConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ChcDeployExtraConfig",
            usize::from(self.mini_os_type.is_some())
                + usize::from(self.boot_type.is_some())
                + usize::from(self.boot_file.is_some())
                + usize::from(self.next_server_address.is_some()),
        )?;
        s.optional("MiniOsType", &self.mini_os_type)?;
        s.optional("BootType", &self.boot_type)?;
        s.optional("BootFile", &self.boot_file)?;
        s.optional("NextServerAddress", &self.next_server_address)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChcDeployExtraConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ChcDeployExtraConfig {
    const NAME: &'static str = "ChcDeployExtraConfig";
    const FIELDS: &'static [&'static str] = &[
        "MiniOsType",
        "BootType",
        "BootFile",
        "NextServerAddress",
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
            mini_os_type: r.or_default(f0),
            boot_type: r.or_default(f1),
            boot_file: r.or_default(f2),
            next_server_address: r.or_default(f3),
        })
    }
}

/// CHC host information
///
/// CHC物理服务器信息
#[derive(Debug, Clone, PartialEq)]
pub struct ChcHost {
    /// CHC host ID
    ///
    /// CHC物理服务器ID。
    pub chc_id: Option<String>,
    /// Instance name
    ///
    /// 实例名称。
    pub instance_name: Option<String>,
    /// Server serial number
    ///
    /// 服务器序列号。
    pub serial_number: Option<String>,
    /// CHC host status
    ///
    /// - REGISTERED: The CHC host is registered, but the out-of-band network and deployment network are not configured.
    ///
    /// - VPC_READY: The out-of-band network and deployment network are configured.
    ///
    /// - PREPARED: It’s ready and can be associated with a CVM.
    ///
    /// - ONLINE: It’s already associated with a CVM.
    ///
    /// CHC的状态
    ///
    /// - INIT: 设备已录入。还未配置带外和部署网络
    ///
    /// - READY: 已配置带外和部署网络
    ///
    /// - PREPARED: 可分配云主机
    ///
    /// - ONLINE: 已分配云主机
    ///
    /// - OPERATING: 设备操作中，如正在配置带外网络等。
    ///
    /// - CLEAR_NETWORK_FAILED: 清理带外和部署网络失败
    pub instance_state: Option<String>,
    /// Device type
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 设备类型。
    pub device_type: Option<String>,
    /// Availability zone
    ///
    /// 所属可用区。
    pub placement: Option<Placement>,
    /// Out-of-band network
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 带外网络。
    pub bmc_virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Out-of-band network IP
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 带外网络IP。
    pub bmc_ip: Option<String>,
    /// Out-of-band network security group ID
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 带外网络安全组ID。
    pub bmc_security_group_ids: Option<Vec<String>>,
    /// Deployment network
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 部署网络。
    pub deploy_virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// Deployment network IP
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 部署网络IP。
    pub deploy_ip: Option<String>,
    /// Deployment network security group ID
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 部署网络安全组ID。
    pub deploy_security_group_ids: Option<Vec<String>>,
    /// ID of the associated CVM
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 关联的云主机ID。
    pub cvm_instance_id: Option<String>,
    /// Server creation time
    ///
    /// 服务器导入的时间。
    pub created_time: Option<String>,
    /// Instance hardware description, including CPU cores, memory capacity and disk capacity.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 机型的硬件描述，分别为CPU核数，内存容量和磁盘容量。
    pub hardware_description: Option<String>,
    /// CPU cores of the CHC host
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// CHC物理服务器的CPU核数。
    pub cpu: Option<i64>,
    /// Memory capacity of the CHC host (unit: GB)
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// CHC物理服务器的内存大小，单位为GB。
    pub memory: Option<i64>,
    /// Disk capacity of the CHC host
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// CHC物理服务器的磁盘信息。
    pub disk: Option<String>,
    /// MAC address assigned under the out-of-band network
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 带外网络下分配的MAC地址。
    pub bmc_mac: Option<String>,
    /// MAC address assigned under the deployment network
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 部署网络下分配的MAC地址。
    pub deploy_mac: Option<String>,
    /// Management type
    ///
    /// HOSTING: Hosting
    ///
    /// TENANT: Leasing
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 设备托管类型。
    ///
    /// 枚举值：
    ///
    /// - HOSTING： 托管类型。
    ///
    /// - TENANT： 租赁类型。
    pub tenant_type: Option<String>,
    /// CHC DHCP option, which is used for MiniOS debugging.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// CHC DHCP选项，用于客户自建PXE环境。
    pub deploy_extra_config: Option<ChcDeployExtraConfig>,
    /// GPU型号。
    pub gpu: Option<String>,
    /// 网卡型号。主要指RDMA网卡。
    pub network_card: Option<String>,
    /// 是否是预定义机型。
    pub is_predefined_type: Option<bool>,
    /// CHC云主机机型。
    pub chc_instance_type: Option<String>,
    /// CHC云主机机型簇。
    pub chc_instance_family: Option<String>,
    /// CHC云主机机型簇名称。
    pub chc_instance_family_name: Option<String>,
    /// 转售客户的AppID。
    pub resale_app_id: Option<String>,
    /// 转售客户的账号ID。
    pub resale_account_id: Option<String>,
    /// 售卖状态。
    ///
    /// - NOT_FOR_SALE:不可售卖
    ///
    /// - AVAILABLE: 可售卖
    ///
    /// - SOLD: 已售卖
    pub sale_status: Option<String>,
    /// CHC物理服务器关联的标签列表。
    pub tags: Option<Vec<Tag>>,
    /// 最近操作。
    pub latest_operation: Option<String>,
    /// 最近操作错误码。
    pub latest_operation_error_code: Option<String>,
    /// 最近操作错误详情和建议项。
    pub latest_operation_error_msg: Option<String>,
    /// 最近操作名称。
    pub latest_operation_name: Option<String>,
    /// 最近操作状态。
    ///
    /// 枚举值：
    ///
    /// - SUCCESS： 成功。
    ///
    /// - FAILED： 失败。
    pub latest_operation_state: Option<String>,
    /// 所在的CHC网关的ID，只有专属网关才会返回。
    pub chc_gateway_id: Option<String>,
    /// 所属的CDC集群ID。
    pub dedicated_cluster_id: Option<String>,
    /// 业务网卡网络模式。
    ///
    /// 枚举值：
    ///
    /// - DEPLOY： 部署网络模式
    ///
    /// - BUSINESS： 业务网络模式
    pub network_mode: Option<String>,
}

impl serde::Serialize for ChcHost {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ChcHost",
            usize::from(self.chc_id.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.serial_number.is_some())
                + usize::from(self.instance_state.is_some())
                + usize::from(self.device_type.is_some())
                + usize::from(self.placement.is_some())
                + usize::from(self.bmc_virtual_private_cloud.is_some())
                + usize::from(self.bmc_ip.is_some())
                + usize::from(self.bmc_security_group_ids.is_some())
                + usize::from(self.deploy_virtual_private_cloud.is_some())
                + usize::from(self.deploy_ip.is_some())
                + usize::from(self.deploy_security_group_ids.is_some())
                + usize::from(self.cvm_instance_id.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.hardware_description.is_some())
                + usize::from(self.cpu.is_some()) + usize::from(self.memory.is_some())
                + usize::from(self.disk.is_some()) + usize::from(self.bmc_mac.is_some())
                + usize::from(self.deploy_mac.is_some())
                + usize::from(self.tenant_type.is_some())
                + usize::from(self.deploy_extra_config.is_some())
                + usize::from(self.gpu.is_some())
                + usize::from(self.network_card.is_some())
                + usize::from(self.is_predefined_type.is_some())
                + usize::from(self.chc_instance_type.is_some())
                + usize::from(self.chc_instance_family.is_some())
                + usize::from(self.chc_instance_family_name.is_some())
                + usize::from(self.resale_app_id.is_some())
                + usize::from(self.resale_account_id.is_some())
                + usize::from(self.sale_status.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.latest_operation.is_some())
                + usize::from(self.latest_operation_error_code.is_some())
                + usize::from(self.latest_operation_error_msg.is_some())
                + usize::from(self.latest_operation_name.is_some())
                + usize::from(self.latest_operation_state.is_some())
                + usize::from(self.chc_gateway_id.is_some())
                + usize::from(self.dedicated_cluster_id.is_some())
                + usize::from(self.network_mode.is_some()),
        )?;
        s.optional("ChcId", &self.chc_id)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("SerialNumber", &self.serial_number)?;
        s.optional("InstanceState", &self.instance_state)?;
        s.optional("DeviceType", &self.device_type)?;
        s.optional("Placement", &self.placement)?;
        s.optional("BmcVirtualPrivateCloud", &self.bmc_virtual_private_cloud)?;
        s.optional("BmcIp", &self.bmc_ip)?;
        s.optional("BmcSecurityGroupIds", &self.bmc_security_group_ids)?;
        s.optional("DeployVirtualPrivateCloud", &self.deploy_virtual_private_cloud)?;
        s.optional("DeployIp", &self.deploy_ip)?;
        s.optional("DeploySecurityGroupIds", &self.deploy_security_group_ids)?;
        s.optional("CvmInstanceId", &self.cvm_instance_id)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("HardwareDescription", &self.hardware_description)?;
        s.optional("CPU", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("Disk", &self.disk)?;
        s.optional("BmcMAC", &self.bmc_mac)?;
        s.optional("DeployMAC", &self.deploy_mac)?;
        s.optional("TenantType", &self.tenant_type)?;
        s.optional("DeployExtraConfig", &self.deploy_extra_config)?;
        s.optional("Gpu", &self.gpu)?;
        s.optional("NetworkCard", &self.network_card)?;
        s.optional("IsPredefinedType", &self.is_predefined_type)?;
        s.optional("ChcInstanceType", &self.chc_instance_type)?;
        s.optional("ChcInstanceFamily", &self.chc_instance_family)?;
        s.optional("ChcInstanceFamilyName", &self.chc_instance_family_name)?;
        s.optional("ResaleAppId", &self.resale_app_id)?;
        s.optional("ResaleAccountId", &self.resale_account_id)?;
        s.optional("SaleStatus", &self.sale_status)?;
        s.optional("Tags", &self.tags)?;
        s.optional("LatestOperation", &self.latest_operation)?;
        s.optional("LatestOperationErrorCode", &self.latest_operation_error_code)?;
        s.optional("LatestOperationErrorMsg", &self.latest_operation_error_msg)?;
        s.optional("LatestOperationName", &self.latest_operation_name)?;
        s.optional("LatestOperationState", &self.latest_operation_state)?;
        s.optional("ChcGatewayId", &self.chc_gateway_id)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.optional("NetworkMode", &self.network_mode)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChcHost {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ChcHost {
    const NAME: &'static str = "ChcHost";
    const FIELDS: &'static [&'static str] = &[
        "ChcId",
        "InstanceName",
        "SerialNumber",
        "InstanceState",
        "DeviceType",
        "Placement",
        "BmcVirtualPrivateCloud",
        "BmcIp",
        "BmcSecurityGroupIds",
        "DeployVirtualPrivateCloud",
        "DeployIp",
        "DeploySecurityGroupIds",
        "CvmInstanceId",
        "CreatedTime",
        "HardwareDescription",
        "CPU",
        "Memory",
        "Disk",
        "BmcMAC",
        "DeployMAC",
        "TenantType",
        "DeployExtraConfig",
        "Gpu",
        "NetworkCard",
        "IsPredefinedType",
        "ChcInstanceType",
        "ChcInstanceFamily",
        "ChcInstanceFamilyName",
        "ResaleAppId",
        "ResaleAccountId",
        "SaleStatus",
        "Tags",
        "LatestOperation",
        "LatestOperationErrorCode",
        "LatestOperationErrorMsg",
        "LatestOperationName",
        "LatestOperationState",
        "ChcGatewayId",
        "DedicatedClusterId",
        "NetworkMode",
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
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.tolerant(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.plain(&mut f9),
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
                21 => r.plain(&mut f21),
                22 => r.tolerant(&mut f22),
                23 => r.tolerant(&mut f23),
                24 => r.tolerant(&mut f24),
                25 => r.tolerant(&mut f25),
                26 => r.tolerant(&mut f26),
                27 => r.tolerant(&mut f27),
                28 => r.tolerant(&mut f28),
                29 => r.tolerant(&mut f29),
                30 => r.tolerant(&mut f30),
                31 => r.plain(&mut f31),
                32 => r.tolerant(&mut f32),
                33 => r.tolerant(&mut f33),
                34 => r.tolerant(&mut f34),
                35 => r.tolerant(&mut f35),
                36 => r.tolerant(&mut f36),
                37 => r.tolerant(&mut f37),
                38 => r.tolerant(&mut f38),
                39 => r.tolerant(&mut f39),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            chc_id: r.or_default(f0),
            instance_name: r.or_default(f1),
            serial_number: r.or_default(f2),
            instance_state: r.or_default(f3),
            device_type: r.or_default(f4),
            placement: r.or_default(f5),
            bmc_virtual_private_cloud: r.or_default(f6),
            bmc_ip: r.or_default(f7),
            bmc_security_group_ids: r.or_default(f8),
            deploy_virtual_private_cloud: r.or_default(f9),
            deploy_ip: r.or_default(f10),
            deploy_security_group_ids: r.or_default(f11),
            cvm_instance_id: r.or_default(f12),
            created_time: r.or_default(f13),
            hardware_description: r.or_default(f14),
            cpu: r.or_default(f15),
            memory: r.or_default(f16),
            disk: r.or_default(f17),
            bmc_mac: r.or_default(f18),
            deploy_mac: r.or_default(f19),
            tenant_type: r.or_default(f20),
            deploy_extra_config: r.or_default(f21),
            gpu: r.or_default(f22),
            network_card: r.or_default(f23),
            is_predefined_type: r.or_default(f24),
            chc_instance_type: r.or_default(f25),
            chc_instance_family: r.or_default(f26),
            chc_instance_family_name: r.or_default(f27),
            resale_app_id: r.or_default(f28),
            resale_account_id: r.or_default(f29),
            sale_status: r.or_default(f30),
            tags: r.or_default(f31),
            latest_operation: r.or_default(f32),
            latest_operation_error_code: r.or_default(f33),
            latest_operation_error_msg: r.or_default(f34),
            latest_operation_name: r.or_default(f35),
            latest_operation_state: r.or_default(f36),
            chc_gateway_id: r.or_default(f37),
            dedicated_cluster_id: r.or_default(f38),
            network_mode: r.or_default(f39),
        })
    }
}

/// Describe details of actions not allowed for a CHC instance
///
/// CHC物理服务器实例禁止操作的返回结构体
#[derive(Debug, Clone, PartialEq)]
pub struct ChcHostDeniedActions {
    /// CHC instance ID
    ///
    /// CHC物理服务器的实例id
    pub chc_id: Option<String>,
    /// CHC instance status
    ///
    /// CHC物理服务器的状态
    pub state: Option<String>,
    /// Actions not allowed for the current CHC instance
    ///
    /// 当前CHC物理服务器禁止做的操作
    pub deny_actions: Option<Vec<String>>,
}

impl serde::Serialize for ChcHostDeniedActions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ChcHostDeniedActions",
            usize::from(self.chc_id.is_some()) + usize::from(self.state.is_some())
                + usize::from(self.deny_actions.is_some()),
        )?;
        s.optional("ChcId", &self.chc_id)?;
        s.optional("State", &self.state)?;
        s.optional("DenyActions", &self.deny_actions)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChcHostDeniedActions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ChcHostDeniedActions {
    const NAME: &'static str = "ChcHostDeniedActions";
    const FIELDS: &'static [&'static str] = &["ChcId", "State", "DenyActions"];
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
            chc_id: r.or_default(f0),
            state: r.or_default(f1),
            deny_actions: r.or_default(f2),
        })
    }
}

/// Information about the CPU topology of an instance.
///
/// 描述了实例CPU拓扑结构的相关信息。
#[derive(Debug, Clone, PartialEq)]
pub struct CpuTopology {
    /// Number of physical CPU cores to enable.
    ///
    /// 决定启用的CPU物理核心数。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub core_count: Option<i64>,
    /// Number of threads per core. This parameter determines whether to enable or disable hyper-threading.
    ///
    /// - 1: Disable hyper-threading.
    ///
    /// - 2: Enable hyper-threading.
    ///
    /// If not set, an instance uses the default hyper-threading policy. For how to enable or disable hyper-threading, refer to [Enabling and Disabling Hyper-Threading](https://intl.cloud.tencent.com/document/product/213/103798?from_cn_redirect=1).
    ///
    /// 每核心线程数。该参数决定是否开启或关闭超线程。
    ///
    /// - 1 表示关闭超线程
    ///
    /// - 2 表示开启超线程
    ///
    /// 不设置时，实例使用默认的超线程策略。开关超线程请参考文档：[开启与关闭超线程](https://cloud.tencent.com/document/product/213/103798)。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub thread_per_core: Option<i64>,
}

impl serde::Serialize for CpuTopology {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "CpuTopology",
            usize::from(self.core_count.is_some())
                + usize::from(self.thread_per_core.is_some()),
        )?;
        s.optional("CoreCount", &self.core_count)?;
        s.optional("ThreadPerCore", &self.thread_per_core)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for CpuTopology {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for CpuTopology {
    const NAME: &'static str = "CpuTopology";
    const FIELDS: &'static [&'static str] = &["CoreCount", "ThreadPerCore"];
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
            core_count: r.or_default(f0),
            thread_per_core: r.or_default(f1),
        })
    }
}

/// Describes data disk information.
///
/// 描述了数据盘的信息
#[derive(Debug, Clone, PartialEq)]
pub struct DataDisk {
    /// Data disk size, unit: GiB. the minimum adjustment step size is 10 GiB. the value ranges of different data disk types vary. for specific limitations, see the [storage overview](https://www.tencentcloud.com/document/product/213/4952). the default value is 0, which means no data disk purchase. for more restrictions, see the product document.
    ///
    /// 数据盘大小，单位：GiB。最小调整步长为10GiB，不同数据盘类型取值范围不同，具体限制详见：[存储概述](https://cloud.tencent.com/document/product/213/4952)。默认值为0，表示不购买数据盘。更多限制详见产品文档。
    pub disk_size: Option<i64>,
    /// Specifies the data disk type. for restrictions on data disk types, refer to [storage overview](https://www.tencentcloud.com/document/product/213/4952). valid values:
    ///
    /// - LOCAL_BASIC: LOCAL disk
    ///
    /// - LOCAL_SSD: LOCAL SSD
    ///
    /// - LOCAL_NVME: LOCAL NVME disk, which is closely related to InstanceType and cannot be specified
    ///
    /// - LOCAL_PRO: LOCAL HDD, which is closely related to InstanceType and cannot be specified
    ///
    /// - cloud_BASIC: BASIC cloud disk
    ///
    /// - cloud_PREMIUM: high-performance cloud block storage
    ///
    /// - cloud_SSD: SSD cloud disk
    ///
    /// - cloud_HSSD: enhanced SSD cloud disk
    ///
    /// - cloud_TSSD: ultra-fast SSD cbs
    ///
    /// - cloud_BSSD: universal SSD cloud disk
    ///
    /// default: LOCAL_BASIC.
    ///
    /// this parameter is invalid for the `ResizeInstanceDisk` api.
    ///
    /// 数据盘类型。数据盘类型限制详见[存储概述](https://cloud.tencent.com/document/product/213/4952)。取值范围：
    ///
    /// - LOCAL_BASIC：本地硬盘
    ///
    /// - LOCAL_SSD：本地SSD硬盘
    ///
    /// - LOCAL_NVME：本地NVME硬盘，与InstanceType强相关，不支持指定
    ///
    /// - LOCAL_PRO：本地HDD硬盘，与InstanceType强相关，不支持指定
    ///
    /// - CLOUD_BASIC：普通云硬盘
    ///
    /// -  CLOUD_PREMIUM：高性能云硬盘
    ///
    /// - CLOUD_SSD：SSD云硬盘
    ///
    /// -  CLOUD_HSSD：增强型SSD云硬盘
    ///
    /// - CLOUD_TSSD：极速型SSD云硬盘
    ///
    /// - CLOUD_BSSD：通用型SSD云硬盘
    ///
    /// 默认取值：LOCAL_BASIC
    ///
    /// 该参数对`ResizeInstanceDisk`接口无效。
    pub disk_type: Option<String>,
    /// Specifies the data disk ID.
    ///
    /// This parameter currently only serves as a response parameter for query apis such as `DescribeInstances`, and cannot be used as an input parameter for write apis such as `RunInstances`.
    ///
    /// 数据盘ID。
    ///
    /// 该参数目前仅用于`DescribeInstances`等查询类接口的返回参数，不可用于`RunInstances`等写接口的入参。
    pub disk_id: Option<String>,
    /// Whether the data disk is terminated with the instance. value range:
    ///
    /// - true: when the instance is terminated, the data disk is also terminated. only hourly postpaid cloud disks are supported.
    ///
    /// - false: when the instance is terminated, the data disk is retained.
    ///
    /// default value: true
    ///
    /// currently, this parameter is only used for the API `RunInstances`.
    ///
    /// 数据盘是否随子机销毁。取值范围：
    ///
    /// - true：子机销毁时，销毁数据盘，只支持按小时后付费云盘
    ///
    /// - false：子机销毁时，保留数据盘
    ///
    /// 默认取值：true
    ///
    /// 该参数目前仅用于 `RunInstances` 接口。
    pub delete_with_instance: Option<bool>,
    /// Data disk snapshot ID. the size of the selected data disk snapshot must be less than the data disk size.
    ///
    /// 数据盘快照ID。选择的数据盘快照大小需小于数据盘大小。
    pub snapshot_id: Option<String>,
    /// Specifies whether the data disk is encrypted. value range:
    ///
    /// - true: encrypted
    ///
    /// - false: unencrypted
    ///
    /// default value: false
    ///
    /// this parameter is currently only used for the `RunInstances` api.
    ///
    /// 数据盘是否加密。取值范围：
    ///
    /// - true：加密
    ///
    /// - false：不加密
    ///
    /// 默认取值：false
    ///
    /// 该参数目前仅用于 `RunInstances` 接口。
    pub encrypt: Option<bool>,
    /// Custom CMK ID, value is UUID or similar to kms-abcd1234. used for encrypted cloud disk.
    ///
    /// This parameter is currently only used for the `RunInstances` api.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 自定义CMK对应的ID，取值为UUID或者类似kms-abcd1234。用于加密云盘。
    ///
    /// 该参数目前仅用于 `RunInstances` 接口。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub kms_key_id: Option<String>,
    /// Cloud disk performance (unit: MiB/s). specifies additional performance for cloud disks.
    ///
    /// Currently only supports extreme cbs (CLOUD_TSSD) and enhanced SSD CLOUD disk (CLOUD_HSSD).
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 云硬盘性能，单位：MiB/s。使用此参数可给云硬盘购买额外的性能。
    ///
    /// 当前仅支持极速型云盘（CLOUD_TSSD）和增强型SSD云硬盘（CLOUD_HSSD）
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub throughput_performance: Option<i64>,
    /// Specifies the dedicated cluster ID belonging to.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 所属的独享集群ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cdc_id: Option<String>,
    /// Burstable performance.
    ///
    /// Note: this field is in beta test..
    ///
    /// 突发性能
    ///
    /// 注：内测中。
    pub burst_performance: Option<bool>,
    /// Disk name, with a length not exceeding 128 characters.
    ///
    /// 磁盘名称，长度不超过128 个字符。
    pub disk_name: Option<String>,
}

impl serde::Serialize for DataDisk {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DataDisk",
            usize::from(self.disk_size.is_some()) + usize::from(self.disk_type.is_some())
                + usize::from(self.disk_id.is_some())
                + usize::from(self.delete_with_instance.is_some())
                + usize::from(self.snapshot_id.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.kms_key_id.is_some())
                + usize::from(self.throughput_performance.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.burst_performance.is_some())
                + usize::from(self.disk_name.is_some()),
        )?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("DeleteWithInstance", &self.delete_with_instance)?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("KmsKeyId", &self.kms_key_id)?;
        s.optional("ThroughputPerformance", &self.throughput_performance)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("BurstPerformance", &self.burst_performance)?;
        s.optional("DiskName", &self.disk_name)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DataDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DataDisk {
    const NAME: &'static str = "DataDisk";
    const FIELDS: &'static [&'static str] = &[
        "DiskSize",
        "DiskType",
        "DiskId",
        "DeleteWithInstance",
        "SnapshotId",
        "Encrypt",
        "KmsKeyId",
        "ThroughputPerformance",
        "CdcId",
        "BurstPerformance",
        "DiskName",
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
                10 => r.tolerant(&mut f10),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            disk_size: r.or_default(f0),
            disk_type: r.or_default(f1),
            disk_id: r.or_default(f2),
            delete_with_instance: r.or_default(f3),
            snapshot_id: r.or_default(f4),
            encrypt: r.or_default(f5),
            kms_key_id: r.or_default(f6),
            throughput_performance: r.or_default(f7),
            cdc_id: r.or_default(f8),
            burst_performance: r.or_default(f9),
            disk_name: r.or_default(f10),
        })
    }
}

/// Information on disaster recovery groups
///
/// 容灾组信息
#[derive(Debug, Clone, PartialEq)]
pub struct DisasterRecoverGroup {
    /// ID of a spread placement group.
    ///
    /// 分散置放群组id。
    pub disaster_recover_group_id: Option<String>,
    /// Name of a spread placement group, which must be 1-60 characters long.
    ///
    /// 分散置放群组名称，长度1-60个字符。
    pub name: Option<String>,
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
    pub r#type: Option<String>,
    /// The maximum number of CVMs that can be hosted in a spread placement group.
    ///
    /// 分散置放群组内最大容纳云服务器数量。
    pub cvm_quota_total: Option<i64>,
    /// The current number of CVMs in a spread placement group.
    ///
    /// 分散置放群组内云服务器当前数量。
    pub current_num: Option<i64>,
    /// The list of CVM IDs in a spread placement group.
    ///
    /// Note: This field may return null, indicating that no valid value was found.
    ///
    /// 分散置放群组内，云服务器id列表。
    pub instance_ids: Option<Vec<String>>,
    /// Creation time of a spread placement group.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 分散置放群组创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub create_time: Option<String>,
    /// placement group affinity
    ///
    /// 置放群组亲和度
    pub affinity: Option<i64>,
    /// 置放群组类型，当前支持两种；分散置放群组和分区置放群组(功能灰度中)，取值范围：PARTITION：分区置放群组，SPREAD：分散置放群组
    pub strategy: Option<String>,
    /// 分区置放群组的分区数量，如果是分区置放群组会返回(功能灰度中)
    pub partition_count: Option<i64>,
    /// List of tags associated with the placement group.
    ///
    /// 置放群组关联的标签列表。
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for DisasterRecoverGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DisasterRecoverGroup",
            usize::from(self.disaster_recover_group_id.is_some())
                + usize::from(self.name.is_some()) + usize::from(self.r#type.is_some())
                + usize::from(self.cvm_quota_total.is_some())
                + usize::from(self.current_num.is_some())
                + usize::from(self.instance_ids.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.affinity.is_some())
                + usize::from(self.strategy.is_some())
                + usize::from(self.partition_count.is_some())
                + usize::from(self.tags.is_some()),
        )?;
        s.optional("DisasterRecoverGroupId", &self.disaster_recover_group_id)?;
        s.optional("Name", &self.name)?;
        s.optional("Type", &self.r#type)?;
        s.optional("CvmQuotaTotal", &self.cvm_quota_total)?;
        s.optional("CurrentNum", &self.current_num)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("Affinity", &self.affinity)?;
        s.optional("Strategy", &self.strategy)?;
        s.optional("PartitionCount", &self.partition_count)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DisasterRecoverGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DisasterRecoverGroup {
    const NAME: &'static str = "DisasterRecoverGroup";
    const FIELDS: &'static [&'static str] = &[
        "DisasterRecoverGroupId",
        "Name",
        "Type",
        "CvmQuotaTotal",
        "CurrentNum",
        "InstanceIds",
        "CreateTime",
        "Affinity",
        "Strategy",
        "PartitionCount",
        "Tags",
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
            disaster_recover_group_id: r.or_default(f0),
            name: r.or_default(f1),
            r#type: r.or_default(f2),
            cvm_quota_total: r.or_default(f3),
            current_num: r.or_default(f4),
            instance_ids: r.or_default(f5),
            create_time: r.or_default(f6),
            affinity: r.or_default(f7),
            strategy: r.or_default(f8),
            partition_count: r.or_default(f9),
            tags: r.or_default(f10),
        })
    }
}

/// 置放群组配置数据
#[derive(Debug, Clone, PartialEq)]
pub struct DisasterRecoverGroupQuota {
    /// 可创建置放群组数量的上限。
    pub group_quota: Option<i64>,
    /// 当前用户已经创建的置放群组数量。
    pub current_num: Option<i64>,
    /// 物理机类型容灾组内实例的配额数。
    pub cvm_in_host_group_quota: Option<i64>,
    /// 交换机类型容灾组内实例的配额数。
    pub cvm_in_switch_group_quota: Option<i64>,
    /// 机架类型容灾组内实例的配额数。
    pub cvm_in_rack_group_quota: Option<i64>,
}

impl serde::Serialize for DisasterRecoverGroupQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "DisasterRecoverGroupQuota",
            usize::from(self.group_quota.is_some())
                + usize::from(self.current_num.is_some())
                + usize::from(self.cvm_in_host_group_quota.is_some())
                + usize::from(self.cvm_in_switch_group_quota.is_some())
                + usize::from(self.cvm_in_rack_group_quota.is_some()),
        )?;
        s.optional("GroupQuota", &self.group_quota)?;
        s.optional("CurrentNum", &self.current_num)?;
        s.optional("CvmInHostGroupQuota", &self.cvm_in_host_group_quota)?;
        s.optional("CvmInSwitchGroupQuota", &self.cvm_in_switch_group_quota)?;
        s.optional("CvmInRackGroupQuota", &self.cvm_in_rack_group_quota)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for DisasterRecoverGroupQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for DisasterRecoverGroupQuota {
    const NAME: &'static str = "DisasterRecoverGroupQuota";
    const FIELDS: &'static [&'static str] = &[
        "GroupQuota",
        "CurrentNum",
        "CvmInHostGroupQuota",
        "CvmInSwitchGroupQuota",
        "CvmInRackGroupQuota",
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
            group_quota: r.or_default(f0),
            current_num: r.or_default(f1),
            cvm_in_host_group_quota: r.or_default(f2),
            cvm_in_switch_group_quota: r.or_default(f3),
            cvm_in_rack_group_quota: r.or_default(f4),
        })
    }
}

/// Describes the configuration of enhanced services, such as Cloud Security and Cloud Monitor.
///
/// 描述了实例的增强服务启用情况与其设置，如云安全，云监控等实例 Agent
#[derive(Debug, Clone, PartialEq)]
pub struct EnhancedService {
    /// Enables cloud security service. If this parameter is not specified, the cloud security service will be enabled by default.
    ///
    /// 开启云安全服务。若不指定该参数，则默认开启云安全服务。
    pub security_service: Option<RunSecurityServiceEnabled>,
    /// Enables cloud monitor service. If this parameter is not specified, the cloud monitor service will be enabled by default.
    ///
    /// 开启云监控服务。若不指定该参数，则默认开启云监控服务。
    pub monitor_service: Option<RunMonitorServiceEnabled>,
    /// Whether to enable the TAT service. If this parameter is not specified, the TAT service is enabled for public images and disabled for other images by default.
    ///
    /// 开启云自动化助手服务（TencentCloud Automation Tools，TAT）。若不指定该参数，则公共镜像默认开启云自动化助手服务，其他镜像默认不开启云自动化助手服务。
    pub automation_service: Option<RunAutomationServiceEnabled>,
}

impl serde::Serialize for EnhancedService {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "EnhancedService",
            usize::from(self.security_service.is_some())
                + usize::from(self.monitor_service.is_some())
                + usize::from(self.automation_service.is_some()),
        )?;
        s.optional("SecurityService", &self.security_service)?;
        s.optional("MonitorService", &self.monitor_service)?;
        s.optional("AutomationService", &self.automation_service)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for EnhancedService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for EnhancedService {
    const NAME: &'static str = "EnhancedService";
    const FIELDS: &'static [&'static str] = &[
        "SecurityService",
        "MonitorService",
        "AutomationService",
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
        ::core::result::Result::Ok(Self {
            security_service: r.or_default(f0),
            monitor_service: r.or_default(f1),
            automation_service: r.or_default(f2),
        })
    }
}

/// Additional data
///
/// 扩展数据
#[derive(Debug, Clone, PartialEq)]
pub struct Externals {
    /// Release Address
    ///
    /// 释放地址
    pub release_address: Option<bool>,
    /// Unsupported network type. valid values:
    ///
    /// - BASIC: BASIC network
    ///
    /// - VPC1.0: private network VPC1.0
    ///
    /// .
    ///
    /// 不支持的网络类型，取值范围：
    ///
    /// - BASIC：基础网络
    ///
    /// - VPC1.0：私有网络VPC1.0
    pub unsupport_networks: Option<Vec<String>>,
    /// Specifies the HDD local storage attributes.
    ///
    /// HDD本地存储属性
    pub storage_block_attr: Option<StorageBlock>,
}

impl serde::Serialize for Externals {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Externals",
            usize::from(self.release_address.is_some())
                + usize::from(self.unsupport_networks.is_some())
                + usize::from(self.storage_block_attr.is_some()),
        )?;
        s.optional("ReleaseAddress", &self.release_address)?;
        s.optional("UnsupportNetworks", &self.unsupport_networks)?;
        s.optional("StorageBlockAttr", &self.storage_block_attr)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Externals {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Externals {
    const NAME: &'static str = "Externals";
    const FIELDS: &'static [&'static str] = &[
        "ReleaseAddress",
        "UnsupportNetworks",
        "StorageBlockAttr",
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
            release_address: r.or_default(f0),
            unsupport_networks: r.or_default(f1),
            storage_block_attr: r.or_default(f2),
        })
    }
}

/// > Key-value pair filters used for conditional queries, such as filtering results by ID, name, and state.
///
/// > * If there are multiple `Filter` parameters, they are evaluated using the logical `AND` operator.
///
/// > * If a `Filter` contains multiple `Values`, they are evaluated using the logical `OR` operator.
///
/// >
///
/// > Take [DescribeInstances](https://intl.cloud.tencent.com/document/api/213/15728?from_cn_redirect=1) as an example. You can use the following filters to query the instances in availability zone (`zone`) Guangzhou Zone 1 ***and*** whose billing plan (`instance-charge-type`) is pay-as-you-go:
///
/// ```text
/// Filters.0.Name=zone
/// &Filters.0.Values.0=ap-guangzhou-1
/// &Filters.1.Name=instance-charge-type
/// &Filters.1.Values.0=POSTPAID_BY_HOUR
/// ```
///
/// >描述键值对过滤器，用于条件过滤查询。例如过滤ID、名称、状态等
///
/// > * 若存在多个`Filter`时，`Filter`间的关系为逻辑与（`AND`）关系。
///
/// > * 若同一个`Filter`存在多个`Values`，同一`Filter`下`Values`间的关系为逻辑或（`OR`）关系。
///
/// >
///
/// > 以[DescribeInstances](https://cloud.tencent.com/document/api/213/15728)接口的`Filter`为例。若我们需要查询可用区（`zone`）为广州六区 ***并且*** 实例计费模式（`instance-charge-type`）为包年包月 ***或者*** 按量计费的实例时，可如下实现：
///
/// ```text
/// Filters.0.Name=zone
/// &Filters.0.Values.0=ap-guangzhou-6
/// &Filters.1.Name=instance-charge-type
/// &Filters.1.Values.0=PREPAID
/// &Filters.1.Values.1=POSTPAID_BY_HOUR
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Filters.
    ///
    /// 需要过滤的字段。
    pub name: String,
    /// Filter values.
    ///
    /// 字段的过滤值。
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

/// GPU information of the instance
///
/// 实例GPU信息
#[derive(Debug, Clone, PartialEq)]
pub struct GPUInfo {
    /// Specifies the GPU count of the instance. a value less than 1 indicates VGPU type, and a value larger than 1 indicates GPU passthrough type.
    ///
    /// 实例GPU个数。值小于1代表VGPU类型，大于1代表GPU直通类型。
    pub gpu_count: Option<f64>,
    /// Specifies the GPU address of the instance.
    ///
    /// 实例GPU地址。
    pub gpuid: Option<Vec<String>>,
    /// Specifies the GPU type of the instance.
    ///
    /// 实例GPU类型。
    pub gpu_type: Option<String>,
}

impl serde::Serialize for GPUInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "GPUInfo",
            usize::from(self.gpu_count.is_some()) + usize::from(self.gpuid.is_some())
                + usize::from(self.gpu_type.is_some()),
        )?;
        s.optional("GPUCount", &self.gpu_count)?;
        s.optional("GPUId", &self.gpuid)?;
        s.optional("GPUType", &self.gpu_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for GPUInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for GPUInfo {
    const NAME: &'static str = "GPUInfo";
    const FIELDS: &'static [&'static str] = &["GPUCount", "GPUId", "GPUType"];
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
            gpu_count: r.or_default(f0),
            gpuid: r.or_default(f1),
            gpu_type: r.or_default(f2),
        })
    }
}

/// CDH instance details
///
/// 专用宿主机实例详细信息
#[derive(Debug, Clone, PartialEq)]
pub struct HostItem {
    /// CDH instance location. This parameter is used to specify the AZ, project, and other attributes of the instance.
    ///
    /// 专用宿主机实例所在的位置。通过该参数可以指定实例所属可用区，所属项目等属性。
    pub placement: Option<Placement>,
    /// CDH instance ID
    ///
    /// 专用宿主机实例ID
    pub host_id: Option<String>,
    /// CDH instance type
    ///
    /// 专用宿主机实例类型
    pub host_type: Option<String>,
    /// CDH instance name
    ///
    /// 专用宿主机实例名称
    pub host_name: Option<String>,
    /// CDH instance billing mode
    ///
    /// 专用宿主机实例付费模式
    pub host_charge_type: Option<String>,
    /// CDH instance renewal flag
    ///
    /// 专用宿主机实例自动续费标记
    pub renew_flag: Option<String>,
    /// CDH instance creation time
    ///
    /// 专用宿主机实例创建时间
    pub created_time: Option<String>,
    /// CDH instance expiry time
    ///
    /// 专用宿主机实例过期时间
    pub expired_time: Option<String>,
    /// List of IDs of CVMs created on a CDH instance
    ///
    /// 专用宿主机实例上已创建云子机的实例id列表
    pub instance_ids: Option<Vec<String>>,
    /// CDH instance status
    ///
    /// 专用宿主机实例状态
    pub host_state: Option<String>,
    /// CDH instance IP
    ///
    /// 专用宿主机实例IP
    pub host_ip: Option<String>,
    /// CDH instance resource information
    ///
    /// 专用宿主机实例资源信息
    pub host_resource: Option<HostResource>,
    /// Cage ID of the CDH instance. This parameter is only valid for CDH instances in the cages of finance availability zones.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 专用宿主机所属的围笼ID。该字段仅对金融专区围笼内的专用宿主机有效。
    pub cage_id: Option<String>,
    /// 专用宿主机关联的标签列表。
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for HostItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HostItem",
            usize::from(self.placement.is_some()) + usize::from(self.host_id.is_some())
                + usize::from(self.host_type.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.host_charge_type.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.instance_ids.is_some())
                + usize::from(self.host_state.is_some())
                + usize::from(self.host_ip.is_some())
                + usize::from(self.host_resource.is_some())
                + usize::from(self.cage_id.is_some()) + usize::from(self.tags.is_some()),
        )?;
        s.optional("Placement", &self.placement)?;
        s.optional("HostId", &self.host_id)?;
        s.optional("HostType", &self.host_type)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("HostChargeType", &self.host_charge_type)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("HostState", &self.host_state)?;
        s.optional("HostIp", &self.host_ip)?;
        s.optional("HostResource", &self.host_resource)?;
        s.optional("CageId", &self.cage_id)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HostItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HostItem {
    const NAME: &'static str = "HostItem";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "HostId",
        "HostType",
        "HostName",
        "HostChargeType",
        "RenewFlag",
        "CreatedTime",
        "ExpiredTime",
        "InstanceIds",
        "HostState",
        "HostIp",
        "HostResource",
        "CageId",
        "Tags",
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
                0 => r.plain(&mut f0),
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
                13 => r.plain(&mut f13),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            placement: r.or_default(f0),
            host_id: r.or_default(f1),
            host_type: r.or_default(f2),
            host_name: r.or_default(f3),
            host_charge_type: r.or_default(f4),
            renew_flag: r.or_default(f5),
            created_time: r.or_default(f6),
            expired_time: r.or_default(f7),
            instance_ids: r.or_default(f8),
            host_state: r.or_default(f9),
            host_ip: r.or_default(f10),
            host_resource: r.or_default(f11),
            cage_id: r.or_default(f12),
            tags: r.or_default(f13),
        })
    }
}

/// cdh相关价格信息
#[derive(Debug, Clone, PartialEq)]
pub struct HostPriceInfo {
    /// 描述了cdh实例相关的价格信息
    pub host_price: Option<ItemPrice>,
}

impl serde::Serialize for HostPriceInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HostPriceInfo",
            usize::from(self.host_price.is_some()),
        )?;
        s.optional("HostPrice", &self.host_price)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HostPriceInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HostPriceInfo {
    const NAME: &'static str = "HostPriceInfo";
    const FIELDS: &'static [&'static str] = &["HostPrice"];
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
            host_price: r.or_default(f0),
        })
    }
}

/// Resource information of the CDH instance
///
/// 专用宿主机实例的资源信息
#[derive(Debug, Clone, PartialEq)]
pub struct HostResource {
    /// Total number of CPU cores in the CDH instance
    ///
    /// 专用宿主机实例总CPU核数
    pub cpu_total: Option<u64>,
    /// Number of available CPU cores in the CDH instance
    ///
    /// 专用宿主机实例可用CPU核数
    pub cpu_available: Option<u64>,
    /// Total memory size of the CDH instance (unit: GiB)
    ///
    /// 专用宿主机实例总内存大小（单位为:GiB）
    pub mem_total: Option<f64>,
    /// Available memory size of the CDH instance (unit: GiB)
    ///
    /// 专用宿主机实例可用内存大小（单位为:GiB）
    pub mem_available: Option<f64>,
    /// Total disk size of the CDH instance (unit: GiB)
    ///
    /// 专用宿主机实例总磁盘大小（单位为:GiB）
    pub disk_total: Option<u64>,
    /// Available disk size of the CDH instance (unit: GiB)
    ///
    /// 专用宿主机实例可用磁盘大小（单位为:GiB）
    pub disk_available: Option<u64>,
    /// Disk type of the CDH instance
    ///
    /// 专用宿主机实例磁盘类型
    pub disk_type: Option<String>,
    /// Total number of GPU cards in the CDH instance
    ///
    /// 专用宿主机实例总GPU卡数
    pub gpu_total: Option<u64>,
    /// Number of available GPU cards in the CDH instance
    ///
    /// 专用宿主机实例可用GPU卡数
    pub gpu_available: Option<u64>,
    /// CDH 拥有者
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub exclusive_owner: Option<String>,
}

impl serde::Serialize for HostResource {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HostResource",
            usize::from(self.cpu_total.is_some())
                + usize::from(self.cpu_available.is_some())
                + usize::from(self.mem_total.is_some())
                + usize::from(self.mem_available.is_some())
                + usize::from(self.disk_total.is_some())
                + usize::from(self.disk_available.is_some())
                + usize::from(self.disk_type.is_some())
                + usize::from(self.gpu_total.is_some())
                + usize::from(self.gpu_available.is_some())
                + usize::from(self.exclusive_owner.is_some()),
        )?;
        s.optional("CpuTotal", &self.cpu_total)?;
        s.optional("CpuAvailable", &self.cpu_available)?;
        s.optional("MemTotal", &self.mem_total)?;
        s.optional("MemAvailable", &self.mem_available)?;
        s.optional("DiskTotal", &self.disk_total)?;
        s.optional("DiskAvailable", &self.disk_available)?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("GpuTotal", &self.gpu_total)?;
        s.optional("GpuAvailable", &self.gpu_available)?;
        s.optional("ExclusiveOwner", &self.exclusive_owner)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HostResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HostResource {
    const NAME: &'static str = "HostResource";
    const FIELDS: &'static [&'static str] = &[
        "CpuTotal",
        "CpuAvailable",
        "MemTotal",
        "MemAvailable",
        "DiskTotal",
        "DiskAvailable",
        "DiskType",
        "GpuTotal",
        "GpuAvailable",
        "ExclusiveOwner",
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
            cpu_total: r.or_default(f0),
            cpu_available: r.or_default(f1),
            mem_total: r.or_default(f2),
            mem_available: r.or_default(f3),
            disk_total: r.or_default(f4),
            disk_available: r.or_default(f5),
            disk_type: r.or_default(f6),
            gpu_total: r.or_default(f7),
            gpu_available: r.or_default(f8),
            exclusive_owner: r.or_default(f9),
        })
    }
}

/// 高性能计算集群
#[derive(Debug, Clone, PartialEq)]
pub struct HpcClusterInfo {
    /// 高性能计算集群ID
    pub hpc_cluster_id: Option<String>,
    /// 高性能计算集群名
    pub name: Option<String>,
    /// 高性能计算集群备注
    pub remark: Option<String>,
    /// 集群下设备容量
    pub cvm_quota_total: Option<u64>,
    /// 集群所在可用区
    pub zone: Option<String>,
    /// 集群当前已有设备量
    pub current_num: Option<u64>,
    /// 集群创建时间
    pub create_time: Option<String>,
    /// 集群内实例ID列表
    pub instance_ids: Option<Vec<String>>,
    /// 高性能计算集群类型。
    pub hpc_cluster_type: Option<String>,
    /// 高性能计算集群对应的业务场景标识，当前只支持CDC。
    pub hpc_cluster_business_id: Option<String>,
    /// 高性能计算集群网络模式
    pub hpc_cluster_net_mode: Option<u64>,
    /// 高性能计算集群关联的标签列表
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for HpcClusterInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "HpcClusterInfo",
            usize::from(self.hpc_cluster_id.is_some()) + usize::from(self.name.is_some())
                + usize::from(self.remark.is_some())
                + usize::from(self.cvm_quota_total.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.current_num.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.instance_ids.is_some())
                + usize::from(self.hpc_cluster_type.is_some())
                + usize::from(self.hpc_cluster_business_id.is_some())
                + usize::from(self.hpc_cluster_net_mode.is_some())
                + usize::from(self.tags.is_some()),
        )?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("Name", &self.name)?;
        s.optional("Remark", &self.remark)?;
        s.optional("CvmQuotaTotal", &self.cvm_quota_total)?;
        s.optional("Zone", &self.zone)?;
        s.optional("CurrentNum", &self.current_num)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("InstanceIds", &self.instance_ids)?;
        s.optional("HpcClusterType", &self.hpc_cluster_type)?;
        s.optional("HpcClusterBusinessId", &self.hpc_cluster_business_id)?;
        s.optional("HpcClusterNetMode", &self.hpc_cluster_net_mode)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for HpcClusterInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for HpcClusterInfo {
    const NAME: &'static str = "HpcClusterInfo";
    const FIELDS: &'static [&'static str] = &[
        "HpcClusterId",
        "Name",
        "Remark",
        "CvmQuotaTotal",
        "Zone",
        "CurrentNum",
        "CreateTime",
        "InstanceIds",
        "HpcClusterType",
        "HpcClusterBusinessId",
        "HpcClusterNetMode",
        "Tags",
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
                11 => r.plain(&mut f11),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            hpc_cluster_id: r.or_default(f0),
            name: r.or_default(f1),
            remark: r.or_default(f2),
            cvm_quota_total: r.or_default(f3),
            zone: r.or_default(f4),
            current_num: r.or_default(f5),
            create_time: r.or_default(f6),
            instance_ids: r.or_default(f7),
            hpc_cluster_type: r.or_default(f8),
            hpc_cluster_business_id: r.or_default(f9),
            hpc_cluster_net_mode: r.or_default(f10),
            tags: r.or_default(f11),
        })
    }
}

/// Details about an image, including its state and attributes.
///
/// 一个关于镜像详细信息的结构体，主要包括镜像的主要状态与属性。
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Image ID
    ///
    /// 镜像ID
    pub image_id: Option<String>,
    /// Operating system of the image
    ///
    /// 镜像操作系统
    pub os_name: Option<String>,
    /// Image type
    ///
    /// 镜像类型。镜像类型返回值包括：
    ///
    /// * `PUBLIC_IMAGE` 公共镜像
    ///
    /// * `PRIVATE_IMAGE` 自定义镜像
    ///
    /// * `SHARED_IMAGE` 共享镜像
    pub image_type: Option<String>,
    /// Creation time of the image
    ///
    /// 镜像创建时间。
    ///
    /// 按照 ISO8601 标准表示，并且使用 UTC 时间，格式为：YYYY-MM-DDThh:mm:ssZ。
    pub created_time: Option<String>,
    /// Image name
    ///
    /// 镜像名称
    pub image_name: Option<String>,
    /// Image description
    ///
    /// 镜像描述
    pub image_description: Option<String>,
    /// Image size
    ///
    /// 镜像大小，单位 GiB。
    pub image_size: Option<i64>,
    /// Image architecture
    ///
    /// 镜像架构。镜像架构返回值包括：
    ///
    /// * `x86_64`
    ///
    /// * `arm`
    ///
    /// * `i386`
    pub architecture: Option<String>,
    /// Image state
    ///
    /// 镜像状态:
    ///
    /// CREATING-创建中
    ///
    /// NORMAL-正常
    ///
    /// CREATEFAILED-创建失败
    ///
    /// SYNCING-复制中
    ///
    /// IMPORTING-导入中
    ///
    /// IMPORTFAILED-导入失败
    pub image_state: Option<String>,
    /// Source platform of the image
    ///
    /// 镜像来源平台，包括如TencentOS、 CentOS、 Windows、 Ubuntu、 Debian、Fedora等。
    pub platform: Option<String>,
    /// Image creator
    ///
    /// 镜像创建者
    pub image_creator: Option<String>,
    /// Image source
    ///
    /// 镜像来源。镜像来源返回值包括：
    ///
    /// * `OFFICIAL` 官方镜像
    ///
    /// * `CREATE_IMAGE` 用户自建镜像
    ///
    /// * `EXTERNAL_IMPORT` 用户外部导入镜像
    pub image_source: Option<String>,
    /// Synchronization percentage
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 同步百分比
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub sync_percent: Option<i64>,
    /// Whether the image supports cloud-init
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 镜像是否支持cloud-init
    pub is_support_cloudinit: Option<bool>,
    /// Information on the snapshots associated with the image
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 镜像关联的快照信息
    pub snapshot_set: Option<Vec<Snapshot>>,
    /// The list of tags bound to the image.
    ///
    /// Note: This field may return `null`, indicating that no valid value was found.
    ///
    /// 镜像关联的标签列表。
    pub tags: Option<Vec<Tag>>,
    /// Image license type
    ///
    /// 镜像许可类型。镜像许可类型返回值包括：
    ///
    /// * `TencentCloud` 腾讯云官方许可
    ///
    /// * `BYOL` 用户自带许可
    pub license_type: Option<String>,
    /// Image family, Note: This field may return empty
    ///
    /// 镜像族
    pub image_family: Option<String>,
    /// Whether the image is deprecated
    ///
    /// 镜像是否废弃
    pub image_deprecated: Option<bool>,
    /// CDC镜像缓存状态
    pub cdc_cache_status: Option<String>,
}

impl serde::Serialize for Image {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Image",
            usize::from(self.image_id.is_some()) + usize::from(self.os_name.is_some())
                + usize::from(self.image_type.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.image_name.is_some())
                + usize::from(self.image_description.is_some())
                + usize::from(self.image_size.is_some())
                + usize::from(self.architecture.is_some())
                + usize::from(self.image_state.is_some())
                + usize::from(self.platform.is_some())
                + usize::from(self.image_creator.is_some())
                + usize::from(self.image_source.is_some())
                + usize::from(self.sync_percent.is_some())
                + usize::from(self.is_support_cloudinit.is_some())
                + usize::from(self.snapshot_set.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.license_type.is_some())
                + usize::from(self.image_family.is_some())
                + usize::from(self.image_deprecated.is_some())
                + usize::from(self.cdc_cache_status.is_some()),
        )?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("OsName", &self.os_name)?;
        s.optional("ImageType", &self.image_type)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ImageName", &self.image_name)?;
        s.optional("ImageDescription", &self.image_description)?;
        s.optional("ImageSize", &self.image_size)?;
        s.optional("Architecture", &self.architecture)?;
        s.optional("ImageState", &self.image_state)?;
        s.optional("Platform", &self.platform)?;
        s.optional("ImageCreator", &self.image_creator)?;
        s.optional("ImageSource", &self.image_source)?;
        s.optional("SyncPercent", &self.sync_percent)?;
        s.optional("IsSupportCloudinit", &self.is_support_cloudinit)?;
        s.optional("SnapshotSet", &self.snapshot_set)?;
        s.optional("Tags", &self.tags)?;
        s.optional("LicenseType", &self.license_type)?;
        s.optional("ImageFamily", &self.image_family)?;
        s.optional("ImageDeprecated", &self.image_deprecated)?;
        s.optional("CdcCacheStatus", &self.cdc_cache_status)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Image {
    const NAME: &'static str = "Image";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "OsName",
        "ImageType",
        "CreatedTime",
        "ImageName",
        "ImageDescription",
        "ImageSize",
        "Architecture",
        "ImageState",
        "Platform",
        "ImageCreator",
        "ImageSource",
        "SyncPercent",
        "IsSupportCloudinit",
        "SnapshotSet",
        "Tags",
        "LicenseType",
        "ImageFamily",
        "ImageDeprecated",
        "CdcCacheStatus",
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
                15 => r.plain(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            image_id: r.or_default(f0),
            os_name: r.or_default(f1),
            image_type: r.or_default(f2),
            created_time: r.or_default(f3),
            image_name: r.or_default(f4),
            image_description: r.or_default(f5),
            image_size: r.or_default(f6),
            architecture: r.or_default(f7),
            image_state: r.or_default(f8),
            platform: r.or_default(f9),
            image_creator: r.or_default(f10),
            image_source: r.or_default(f11),
            sync_percent: r.or_default(f12),
            is_support_cloudinit: r.or_default(f13),
            snapshot_set: r.or_default(f14),
            tags: r.or_default(f15),
            license_type: r.or_default(f16),
            image_family: r.or_default(f17),
            image_deprecated: r.or_default(f18),
            cdc_cache_status: r.or_default(f19),
        })
    }
}

/// Supported operating systems. They are divided into two categories, Windows and Linux.
///
/// 支持的操作系统类型，根据Windows和Linux分类。
#[derive(Debug, Clone, PartialEq)]
pub struct ImageOsList {
    /// Supported Windows OS
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 支持的Windows操作系统。
    pub windows: Option<Vec<String>>,
    /// Supported Linux OS
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 支持的Linux操作系统
    pub linux: Option<Vec<String>>,
}

impl serde::Serialize for ImageOsList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImageOsList",
            usize::from(self.windows.is_some()) + usize::from(self.linux.is_some()),
        )?;
        s.optional("Windows", &self.windows)?;
        s.optional("Linux", &self.linux)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImageOsList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ImageOsList {
    const NAME: &'static str = "ImageOsList";
    const FIELDS: &'static [&'static str] = &["Windows", "Linux"];
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
            windows: r.or_default(f0),
            linux: r.or_default(f1),
        })
    }
}

/// 镜像配额
#[derive(Debug, Clone, PartialEq)]
pub struct ImageQuota {
    /// 已使用配额
    pub used_quota: Option<u64>,
    /// 总配额
    pub total_quota: Option<u64>,
}

impl serde::Serialize for ImageQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImageQuota",
            usize::from(self.used_quota.is_some())
                + usize::from(self.total_quota.is_some()),
        )?;
        s.optional("UsedQuota", &self.used_quota)?;
        s.optional("TotalQuota", &self.total_quota)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImageQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ImageQuota {
    const NAME: &'static str = "ImageQuota";
    const FIELDS: &'static [&'static str] = &["UsedQuota", "TotalQuota"];
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
            used_quota: r.or_default(f0),
            total_quota: r.or_default(f1),
        })
    }
}

/// 导入镜像的数据盘信息
#[derive(Debug, Clone, PartialEq)]
pub struct ImportImageDataDisk {
    /// 数据盘镜像 COS 链接
    pub image_url: String,
}

impl serde::Serialize for ImportImageDataDisk {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ImportImageDataDisk",
            1,
        )?;
        s.field("ImageUrl", &self.image_url)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportImageDataDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ImportImageDataDisk {
    const NAME: &'static str = "ImportImageDataDisk";
    const FIELDS: &'static [&'static str] = &["ImageUrl"];
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
                ::core::result::Result::Ok(Self { image_url: f0 })
            }
            (f0,) => ::core::result::Result::Err(r.missing(&[(0, f0.is_none())])),
        }
    }
}

/// Describes information on an instance
///
/// 描述实例的信息
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// Location of the instance
    ///
    /// 实例所在的位置。
    pub placement: Option<Placement>,
    /// Instance `ID`
    ///
    /// 实例`ID`。
    pub instance_id: Option<String>,
    /// Instance model
    ///
    /// 实例机型。
    pub instance_type: Option<String>,
    /// Number of CPU cores of the instance; unit: core
    ///
    /// 实例的CPU核数，单位：核。
    pub cpu: Option<i64>,
    /// Instance memory capacity. unit: GiB.
    ///
    /// 实例内存容量，单位：`GiB`。
    pub memory: Option<i64>,
    /// Instance business status. valid values:
    ///
    /// - NORMAL: indicates an instance in the NORMAL state
    ///
    /// - EXPIRED: indicates an EXPIRED instance
    ///
    /// - PROTECTIVELY_ISOLATED: PROTECTIVELY ISOLATED instance
    ///
    /// .
    ///
    /// 实例业务状态。取值范围：
    ///
    /// - NORMAL：表示正常状态的实例
    ///
    /// - EXPIRED：表示过期的实例
    ///
    /// - PROTECTIVELY_ISOLATED：表示被安全隔离的实例。
    pub restrict_state: Option<String>,
    /// Instance name
    ///
    /// 实例名称。
    pub instance_name: Option<String>,
    /// Instance billing plan. Valid values:
    ///
    /// - `POSTPAID_BY_HOUR`: pay after use. You are billed by the hour, by traffic.
    ///
    /// - `CDHPAID`: `CDH` billing plan. Applicable to `CDH` only, not the instances on the host.
    ///
    /// 实例[计费类型](https://cloud.tencent.com/document/product/213/2180)。取值范围：
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
    pub instance_charge_type: Option<String>,
    /// Information on the system disk of the instance
    ///
    /// 实例系统盘信息。
    pub system_disk: Option<SystemDisk>,
    /// Information of the instance data disks.
    ///
    /// 实例数据盘信息。
    pub data_disks: Option<Vec<DataDisk>>,
    /// List of private IPs of the instance's primary ENI.
    ///
    /// 实例主网卡的内网`IP`列表。
    pub private_ip_addresses: Option<Vec<String>>,
    /// List of public IPs of the instance's primary ENI.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 实例主网卡的公网`IP`列表。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub public_ip_addresses: Option<Vec<String>>,
    /// Information on instance bandwidth.
    ///
    /// 实例带宽信息。
    pub internet_accessible: Option<InternetAccessible>,
    /// Information on the VPC where the instance resides.
    ///
    /// 实例所属虚拟私有网络信息。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// `ID` of the image used to create the instance.
    ///
    /// 生产实例所使用的镜像`ID`。
    pub image_id: Option<String>,
    /// AUTO-Renewal flag. valid values:
    ///
    /// - `NOTIFY_AND_MANUAL_RENEW`: indicates that a notification of impending expiration is made but AUTO-renewal is not performed
    ///
    /// - `NOTIFY_AND_AUTO_RENEW`: indicates that a notification of impending expiration is made AND AUTO-renewal is performed
    ///
    /// - `DISABLE_NOTIFY_AND_MANUAL_RENEW`: indicates that notification that it is about to expire is not made AND AUTO-renewal is not performed.
    ///
    /// Note: this field is null in postpaid mode.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - `NOTIFY_AND_MANUAL_RENEW`：表示通知即将过期，但不自动续费
    ///
    /// - `NOTIFY_AND_AUTO_RENEW`：表示通知即将过期，而且自动续费
    ///
    /// - `DISABLE_NOTIFY_AND_MANUAL_RENEW`：表示不通知即将过期，也不自动续费。
    ///
    /// - 注意：后付费模式本项为null
    pub renew_flag: Option<String>,
    /// Creation time following the `ISO8601` standard and using `UTC` time in the format of `YYYY-MM-DDThh:mm:ssZ`.
    ///
    /// 创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub created_time: Option<String>,
    /// Expiration time in UTC format following the `ISO8601` standard: `YYYY-MM-DDThh:mm:ssZ`. Note: this parameter is `null` for postpaid instances.
    ///
    /// 到期时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。注意：后付费模式本项为null
    pub expired_time: Option<String>,
    /// Operating system name.
    ///
    /// 操作系统名称。
    pub os_name: Option<String>,
    /// Security groups to which the instance belongs. To obtain the security group IDs, you can call [DescribeSecurityGroups](https://intl.cloud.tencent.com/document/api/215/15808) and look for the `sgld` fields in the response.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的sgId字段来获取。
    pub security_group_ids: Option<Vec<String>>,
    /// Login settings of the instance. Currently only the key associated with the instance is returned.
    ///
    /// 实例登录设置。目前只返回实例所关联的密钥。
    pub login_settings: Option<LoginSettings>,
    /// Instance status. for specific status types, see the  [instance status table](https://www.tencentcloud.com/document/product/213/15753#instancestatus)
    ///
    /// 实例状态。状态类型详见[实例状态表](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)
    pub instance_state: Option<String>,
    /// List of tags associated with the instance.
    ///
    /// 实例关联的标签列表。
    pub tags: Option<Vec<Tag>>,
    /// Shutdown billing mode of an instance.
    ///
    /// Valid values:
    ///
    /// - KEEP_CHARGING: billing continues after shutdown
    ///
    /// - STOP_CHARGING: billing stops after shutdown
    ///
    /// - NOT_APPLICABLE: the instance is NOT shut down or stopping billing after shutdown is NOT APPLICABLE to the instance
    ///
    /// .
    ///
    /// 实例的关机计费模式。
    ///
    /// 取值范围：
    ///
    /// - KEEP_CHARGING：关机继续收费
    ///
    /// - STOP_CHARGING：关机停止收费
    ///
    /// - NOT_APPLICABLE：实例处于非关机状态或者不适用关机停止计费的条件
    pub stop_charging_mode: Option<String>,
    /// Globally unique ID of the instance.
    ///
    /// 实例全局唯一ID
    pub uuid: Option<String>,
    /// Last operation of the instance, such as StopInstances or ResetInstance.
    ///
    /// 实例的最新操作。例：StopInstances、ResetInstance。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub latest_operation: Option<String>,
    /// The latest operation status of the instance. valid values:
    ///
    /// - SUCCESS: indicates that the operation succeeded
    ///
    /// - OPERATING: indicates that the operation is in progress
    ///
    /// - FAILED: indicates that the operation FAILED
    ///
    /// .
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 实例的最新操作状态。取值范围：
    ///
    /// - SUCCESS：表示操作成功
    ///
    /// - OPERATING：表示操作执行中
    ///
    /// - FAILED：表示操作失败
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub latest_operation_state: Option<String>,
    /// Unique request ID for the last operation of the instance.
    ///
    /// 实例最新操作的唯一请求 ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub latest_operation_request_id: Option<String>,
    /// Spread placement group ID.
    ///
    /// 分散置放群组ID。
    ///
    /// Disabled in the specification: the server may leave it out, so it is optional in every mode.
    pub disaster_recover_group_id: Option<String>,
    /// IPv6 address of the instance.
    ///
    /// Note: this field may return null, indicating that no valid value is obtained.
    ///
    /// 实例的IPv6地址。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub ipv6_addresses: Option<Vec<String>>,
    /// CAM role name.
    ///
    /// Note: this field may return null, indicating that no valid value is obtained.
    ///
    /// CAM角色名。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cam_role_name: Option<String>,
    /// High-performance computing cluster ID.
    ///
    /// 高性能计算集群`ID`。
    pub hpc_cluster_id: Option<String>,
    /// IP list of HPC cluster.
    ///
    /// Note: this field may return null, indicating that no valid value was found.
    ///
    /// 高性能计算集群`IP`列表。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub rdma_ip_addresses: Option<Vec<String>>,
    /// Dedicated cluster ID where the instance is located.
    ///
    /// 实例所在的专用集群`ID`。
    pub dedicated_cluster_id: Option<String>,
    /// Instance isolation type. valid values:
    ///
    /// - ARREAR: indicates arrears isolation
    ///
    /// - EXPIRE: indicates isolation upon expiration
    ///
    /// - MANMADE: indicates voluntarily refunded isolation
    ///
    /// - NOTISOLATED: indicates unisolated
    ///
    /// .
    ///
    /// 实例隔离类型。取值范围：
    ///
    /// - ARREAR：表示欠费隔离
    ///
    /// - EXPIRE：表示到期隔离
    ///
    /// - MANMADE：表示主动退还隔离
    ///
    /// - NOTISOLATED：表示未隔离
    pub isolated_source: Option<String>,
    /// 置放群组列表(目前仅支持一个)
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// GPU information. if it is a gpu type instance, this value will be returned. for other type instances, it does not return.
    ///
    /// GPU信息。如果是gpu类型子机，该值会返回GPU信息，如果是其他类型子机则不返回。
    pub gpu_info: Option<GPUInfo>,
    /// Instance OS license type. Default value: `TencentCloud`
    ///
    /// 实例的操作系统许可类型，默认为TencentCloud
    pub license_type: Option<String>,
    /// Instance destruction protection flag indicates whether an instance is allowed to be deleted through an api. value ranges from:
    ///
    /// - true: indicates that instance protection is enabled, deletion through apis is not allowed
    ///
    /// - false: indicates that instance protection is disabled, allow passage
    ///
    /// default value: false.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// - true：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// - false：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：false。
    pub disable_api_termination: Option<bool>,
    /// Default login user
    ///
    /// 默认登录用户。
    pub default_login_user: Option<String>,
    /// Default login port
    ///
    /// 默认登录端口。
    pub default_login_port: Option<i64>,
    /// Latest operation errors of the instance.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例的最新操作错误信息。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub latest_operation_error_msg: Option<String>,
    /// Custom metadata. this parameter corresponds to the metadata information specified when creating a CVM. **note: in beta test**.
    ///
    /// 自定义metadata，本参数对应创建 CVM时指定的Metadata 信息。注：内测中。
    pub metadata: Option<Metadata>,
    /// Specifies the public IPv6 address bound to the instance.
    ///
    /// 实例绑定的公网IPv6地址。
    pub public_ipv6_addresses: Option<Vec<String>>,
    /// 描述了实例CPU拓扑结构的相关信息。
    pub cpu_topology: Option<CpuTopology>,
    /// 分区置放群组的分区号，具体取决于所选置放群组的分区数量(功能灰度中)
    pub partition_number: Option<i64>,
}

impl serde::Serialize for Instance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Instance",
            usize::from(self.placement.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.cpu.is_some()) + usize::from(self.memory.is_some())
                + usize::from(self.restrict_state.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.private_ip_addresses.is_some())
                + usize::from(self.public_ip_addresses.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.image_id.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.expired_time.is_some())
                + usize::from(self.os_name.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.instance_state.is_some())
                + usize::from(self.tags.is_some())
                + usize::from(self.stop_charging_mode.is_some())
                + usize::from(self.uuid.is_some())
                + usize::from(self.latest_operation.is_some())
                + usize::from(self.latest_operation_state.is_some())
                + usize::from(self.latest_operation_request_id.is_some())
                + usize::from(self.disaster_recover_group_id.is_some())
                + usize::from(self.ipv6_addresses.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.rdma_ip_addresses.is_some())
                + usize::from(self.dedicated_cluster_id.is_some())
                + usize::from(self.isolated_source.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.gpu_info.is_some())
                + usize::from(self.license_type.is_some())
                + usize::from(self.disable_api_termination.is_some())
                + usize::from(self.default_login_user.is_some())
                + usize::from(self.default_login_port.is_some())
                + usize::from(self.latest_operation_error_msg.is_some())
                + usize::from(self.metadata.is_some())
                + usize::from(self.public_ipv6_addresses.is_some())
                + usize::from(self.cpu_topology.is_some())
                + usize::from(self.partition_number.is_some()),
        )?;
        s.optional("Placement", &self.placement)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("CPU", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("RestrictState", &self.restrict_state)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("PrivateIpAddresses", &self.private_ip_addresses)?;
        s.optional("PublicIpAddresses", &self.public_ip_addresses)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("ExpiredTime", &self.expired_time)?;
        s.optional("OsName", &self.os_name)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("InstanceState", &self.instance_state)?;
        s.optional("Tags", &self.tags)?;
        s.optional("StopChargingMode", &self.stop_charging_mode)?;
        s.optional("Uuid", &self.uuid)?;
        s.optional("LatestOperation", &self.latest_operation)?;
        s.optional("LatestOperationState", &self.latest_operation_state)?;
        s.optional("LatestOperationRequestId", &self.latest_operation_request_id)?;
        s.optional("DisasterRecoverGroupId", &self.disaster_recover_group_id)?;
        s.optional("IPv6Addresses", &self.ipv6_addresses)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("RdmaIpAddresses", &self.rdma_ip_addresses)?;
        s.optional("DedicatedClusterId", &self.dedicated_cluster_id)?;
        s.optional("IsolatedSource", &self.isolated_source)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("GPUInfo", &self.gpu_info)?;
        s.optional("LicenseType", &self.license_type)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.optional("DefaultLoginUser", &self.default_login_user)?;
        s.optional("DefaultLoginPort", &self.default_login_port)?;
        s.optional("LatestOperationErrorMsg", &self.latest_operation_error_msg)?;
        s.optional("Metadata", &self.metadata)?;
        s.optional("PublicIPv6Addresses", &self.public_ipv6_addresses)?;
        s.optional("CpuTopology", &self.cpu_topology)?;
        s.optional("PartitionNumber", &self.partition_number)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Instance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Instance {
    const NAME: &'static str = "Instance";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "InstanceId",
        "InstanceType",
        "CPU",
        "Memory",
        "RestrictState",
        "InstanceName",
        "InstanceChargeType",
        "SystemDisk",
        "DataDisks",
        "PrivateIpAddresses",
        "PublicIpAddresses",
        "InternetAccessible",
        "VirtualPrivateCloud",
        "ImageId",
        "RenewFlag",
        "CreatedTime",
        "ExpiredTime",
        "OsName",
        "SecurityGroupIds",
        "LoginSettings",
        "InstanceState",
        "Tags",
        "StopChargingMode",
        "Uuid",
        "LatestOperation",
        "LatestOperationState",
        "LatestOperationRequestId",
        "DisasterRecoverGroupId",
        "IPv6Addresses",
        "CamRoleName",
        "HpcClusterId",
        "RdmaIpAddresses",
        "DedicatedClusterId",
        "IsolatedSource",
        "DisasterRecoverGroupIds",
        "GPUInfo",
        "LicenseType",
        "DisableApiTermination",
        "DefaultLoginUser",
        "DefaultLoginPort",
        "LatestOperationErrorMsg",
        "Metadata",
        "PublicIPv6Addresses",
        "CpuTopology",
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
        let mut f42 = ::core::option::Option::None;
        let mut f43 = ::core::option::Option::None;
        let mut f44 = ::core::option::Option::None;
        let mut f45 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
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
                12 => r.plain(&mut f12),
                13 => r.plain(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.plain(&mut f20),
                21 => r.tolerant(&mut f21),
                22 => r.plain(&mut f22),
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
                36 => r.plain(&mut f36),
                37 => r.tolerant(&mut f37),
                38 => r.tolerant(&mut f38),
                39 => r.tolerant(&mut f39),
                40 => r.tolerant(&mut f40),
                41 => r.tolerant(&mut f41),
                42 => r.plain(&mut f42),
                43 => r.tolerant(&mut f43),
                44 => r.plain(&mut f44),
                45 => r.tolerant(&mut f45),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            placement: r.or_default(f0),
            instance_id: r.or_default(f1),
            instance_type: r.or_default(f2),
            cpu: r.or_default(f3),
            memory: r.or_default(f4),
            restrict_state: r.or_default(f5),
            instance_name: r.or_default(f6),
            instance_charge_type: r.or_default(f7),
            system_disk: r.or_default(f8),
            data_disks: r.or_default(f9),
            private_ip_addresses: r.or_default(f10),
            public_ip_addresses: r.or_default(f11),
            internet_accessible: r.or_default(f12),
            virtual_private_cloud: r.or_default(f13),
            image_id: r.or_default(f14),
            renew_flag: r.or_default(f15),
            created_time: r.or_default(f16),
            expired_time: r.or_default(f17),
            os_name: r.or_default(f18),
            security_group_ids: r.or_default(f19),
            login_settings: r.or_default(f20),
            instance_state: r.or_default(f21),
            tags: r.or_default(f22),
            stop_charging_mode: r.or_default(f23),
            uuid: r.or_default(f24),
            latest_operation: r.or_default(f25),
            latest_operation_state: r.or_default(f26),
            latest_operation_request_id: r.or_default(f27),
            disaster_recover_group_id: r.or_default(f28),
            ipv6_addresses: r.or_default(f29),
            cam_role_name: r.or_default(f30),
            hpc_cluster_id: r.or_default(f31),
            rdma_ip_addresses: r.or_default(f32),
            dedicated_cluster_id: r.or_default(f33),
            isolated_source: r.or_default(f34),
            disaster_recover_group_ids: r.or_default(f35),
            gpu_info: r.or_default(f36),
            license_type: r.or_default(f37),
            disable_api_termination: r.or_default(f38),
            default_login_user: r.or_default(f39),
            default_login_port: r.or_default(f40),
            latest_operation_error_msg: r.or_default(f41),
            metadata: r.or_default(f42),
            public_ipv6_addresses: r.or_default(f43),
            cpu_topology: r.or_default(f44),
            partition_number: r.or_default(f45),
        })
    }
}

/// Instance attributes.
///
/// 实例属性
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceAttribute {
    /// Instance ID.
    ///
    /// 实例 ID。
    pub instance_id: Option<String>,
    /// Instance attribute information.
    ///
    /// 实例属性信息。
    pub attributes: Option<Attribute>,
}

impl serde::Serialize for InstanceAttribute {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceAttribute",
            usize::from(self.instance_id.is_some())
                + usize::from(self.attributes.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Attributes", &self.attributes)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceAttribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceAttribute {
    const NAME: &'static str = "InstanceAttribute";
    const FIELDS: &'static [&'static str] = &["InstanceId", "Attributes"];
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
            instance_id: r.or_default(f0),
            attributes: r.or_default(f1),
        })
    }
}

/// Describes the billing method of an instance.
///
/// 描述了实例的计费模式
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceChargePrepaid {
    /// Subscription period in months. value range: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60.
    ///
    /// 购买实例的时长，单位：月。取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60。
    pub period: Option<i64>,
    /// AUTO-Renewal flag. value ranges:
    ///
    /// - NOTIFY_AND_AUTO_RENEW: NOTIFY of expiration AND automatically RENEW.
    ///
    /// - NOTIFY_AND_MANUAL_RENEW: NOTIFY of expiration but do not automatically RENEW.
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW: do not NOTIFY of expiration AND do not automatically RENEW.
    ///
    /// default value: NOTIFY_AND_MANUAL_RENEW. if this parameter is set to NOTIFY_AND_AUTO_RENEW, the instance will be automatically renewed monthly after expiration, provided that the account balance is sufficient.
    ///
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_MANUAL_RENEW。若该参数指定为NOTIFY_AND_AUTO_RENEW，在账户余额充足的情况下，实例到期后将按月自动续费。
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
            usize::from(self.period.is_some()) + usize::from(self.renew_flag.is_some()),
        )?;
        s.optional("Period", &self.period)?;
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
                0 => r.tolerant(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            period: r.or_default(f0),
            renew_flag: r.or_default(f1),
        })
    }
}

/// Describes the model family of the instance.
///
/// Examples: {'InstanceFamilyName': 'Standard S1', 'InstanceFamily': 'S1'}, {'InstanceFamilyName': 'Network-optimized N1', 'InstanceFamily': 'N1'}, {'InstanceFamilyName': 'High IO I1', 'InstanceFamily': 'I1'}, etc.
///
/// 描述实例的机型族配置信息
///
/// 形如：{'InstanceFamilyName': '标准型S1', 'InstanceFamily': 'S1'}、{'InstanceFamilyName': '网络优化型N1', 'InstanceFamily': 'N1'}、{'InstanceFamilyName': '高IO型I1', 'InstanceFamily': 'I1'}等。
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceFamilyConfig {
    /// Full name of the model family.
    ///
    /// 机型族名称的中文全称。
    pub instance_family_name: Option<String>,
    /// Acronym of the model family.
    ///
    /// 机型族名称的英文简称。
    pub instance_family: Option<String>,
}

impl serde::Serialize for InstanceFamilyConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceFamilyConfig",
            usize::from(self.instance_family_name.is_some())
                + usize::from(self.instance_family.is_some()),
        )?;
        s.optional("InstanceFamilyName", &self.instance_family_name)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceFamilyConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceFamilyConfig {
    const NAME: &'static str = "InstanceFamilyConfig";
    const FIELDS: &'static [&'static str] = &["InstanceFamilyName", "InstanceFamily"];
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
            instance_family_name: r.or_default(f0),
            instance_family: r.or_default(f1),
        })
    }
}

/// Options related to bidding requests
///
/// 竞价请求相关选项
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMarketOptionsRequest {
    /// Relevant options for spot instances.
    ///
    /// 竞价相关选项
    pub spot_options: Option<SpotMarketOptions>,
    /// Market option type. The value can only be spot currently.
    ///
    /// 市场选项类型，当前只支持取值：spot
    pub market_type: Option<String>,
}

impl serde::Serialize for InstanceMarketOptionsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceMarketOptionsRequest",
            usize::from(self.spot_options.is_some())
                + usize::from(self.market_type.is_some()),
        )?;
        s.optional("SpotOptions", &self.spot_options)?;
        s.optional("MarketType", &self.market_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceMarketOptionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceMarketOptionsRequest {
    const NAME: &'static str = "InstanceMarketOptionsRequest";
    const FIELDS: &'static [&'static str] = &["SpotOptions", "MarketType"];
    fn visit<'de, A: tencent_action::__private::lean::Source<'de>>(
        mut r: tencent_action::__private::lean::Reader<'de, A, Self>,
    ) -> ::core::result::Result<Self, A::Error> {
        let mut f0 = ::core::option::Option::None;
        let mut f1 = ::core::option::Option::None;
        while let ::core::option::Option::Some(i) = r.next() {
            match i {
                0 => r.plain(&mut f0),
                1 => r.tolerant(&mut f1),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            spot_options: r.or_default(f0),
            market_type: r.or_default(f1),
        })
    }
}

/// 描述退款详情。
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceRefund {
    /// 实例Id。
    pub instance_id: Option<String>,
    /// 退款数额。
    pub refunds: Option<f64>,
    /// 退款详情。
    pub price_detail: Option<String>,
}

impl serde::Serialize for InstanceRefund {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceRefund",
            usize::from(self.instance_id.is_some()) + usize::from(self.refunds.is_some())
                + usize::from(self.price_detail.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Refunds", &self.refunds)?;
        s.optional("PriceDetail", &self.price_detail)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceRefund {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceRefund {
    const NAME: &'static str = "InstanceRefund";
    const FIELDS: &'static [&'static str] = &["InstanceId", "Refunds", "PriceDetail"];
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
            refunds: r.or_default(f1),
            price_detail: r.or_default(f2),
        })
    }
}

/// Describes instance states. For state types, see [here](https://intl.cloud.tencent.com/document/api/213/15753?from_cn_redirect=1#InstanceStatus).
///
/// 描述实例的状态。状态类型详见[实例状态表](https://cloud.tencent.com/document/api/213/15753#InstanceStatus)
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceStatus {
    /// Instance `ID`.
    ///
    /// 实例`ID`。
    pub instance_id: Option<String>,
    /// Instance status. Valid values:
    ///
    /// - PENDING: Creating.
    ///
    /// - LAUNCH_FAILED: Creation failed.
    ///
    /// - RUNNING: Running.
    ///
    /// - STOPPED: Shut down.
    ///
    /// - STARTING: Starting up.
    ///
    /// - STOPPING: Shutting down.
    ///
    /// - REBOOTING: Restarting.
    ///
    /// - SHUTDOWN: Shut down and to be terminated.
    ///
    /// - TERMINATING: Terminating.
    ///
    /// - ENTER_RESCUE_MODE: Entering the rescue mode.
    ///
    /// - RESCUE_MODE: In the rescue mode.
    ///
    /// - EXIT_RESCUE_MODE: Exiting the rescue mode.
    ///
    /// - ENTER_SERVICE_LIVE_MIGRATE: Entering online service migration.
    ///
    /// - SERVICE_LIVE_MIGRATE: In online service migration.
    ///
    /// - EXIT_SERVICE_LIVE_MIGRATE: Exiting online service migration.
    ///
    /// 实例状态。取值范围：
    ///
    /// - PENDING：表示创建中
    ///
    /// - LAUNCH_FAILED：表示创建失败
    ///
    /// - RUNNING：表示运行中
    ///
    /// - STOPPED：表示关机
    ///
    /// - STARTING：表示开机中
    ///
    /// - STOPPING：表示关机中
    ///
    /// - REBOOTING：表示重启中
    ///
    /// - SHUTDOWN：表示停止待销毁
    ///
    /// - TERMINATING：表示销毁中
    ///
    /// - ENTER_RESCUE_MODE：表示进入救援模式
    ///
    /// - RESCUE_MODE：表示在救援模式中
    ///
    /// - EXIT_RESCUE_MODE：表示退出救援模式
    ///
    /// - ENTER_SERVICE_LIVE_MIGRATE：表示进入在线服务迁移
    ///
    /// - SERVICE_LIVE_MIGRATE：表示在线服务迁移中
    ///
    /// - EXIT_SERVICE_LIVE_MIGRATE：表示退出在线服务迁移。
    pub instance_state: Option<String>,
}

impl serde::Serialize for InstanceStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceStatus",
            usize::from(self.instance_id.is_some())
                + usize::from(self.instance_state.is_some()),
        )?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("InstanceState", &self.instance_state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceStatus {
    const NAME: &'static str = "InstanceStatus";
    const FIELDS: &'static [&'static str] = &["InstanceId", "InstanceState"];
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
            instance_state: r.or_default(f1),
        })
    }
}

/// 描述实例机型配置信息
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceTypeConfig {
    /// 可用区。
    pub zone: Option<String>,
    /// 实例机型。
    pub instance_type: Option<String>,
    /// 实例机型系列。
    pub instance_family: Option<String>,
    /// GPU核数，单位：核。
    pub gpu: Option<i64>,
    /// CPU核数，单位：核。
    pub cpu: Option<i64>,
    /// 内存容量，单位：`GiB`。
    pub memory: Option<i64>,
    /// FPGA核数，单位：核。
    pub fpga: Option<i64>,
    /// 实例机型映射的物理GPU卡数，单位：卡。vGPU卡型小于1，直通卡型大于等于1。vGPU是通过分片虚拟化技术，将物理GPU卡重新划分，同一块GPU卡经虚拟化分割后可分配至不同的实例使用。直通卡型会将GPU设备直接挂载给实例使用。
    pub gpu_count: Option<f64>,
    /// 实例GPU类型
    pub gpu_type: Option<String>,
    /// 实例GPU单块显存,单位：GiB。
    pub gpu_memory: Option<f64>,
}

impl serde::Serialize for InstanceTypeConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceTypeConfig",
            usize::from(self.zone.is_some()) + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_family.is_some())
                + usize::from(self.gpu.is_some()) + usize::from(self.cpu.is_some())
                + usize::from(self.memory.is_some()) + usize::from(self.fpga.is_some())
                + usize::from(self.gpu_count.is_some())
                + usize::from(self.gpu_type.is_some())
                + usize::from(self.gpu_memory.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.optional("GPU", &self.gpu)?;
        s.optional("CPU", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("FPGA", &self.fpga)?;
        s.optional("GpuCount", &self.gpu_count)?;
        s.optional("GpuType", &self.gpu_type)?;
        s.optional("GpuMemory", &self.gpu_memory)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceTypeConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceTypeConfig {
    const NAME: &'static str = "InstanceTypeConfig";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "InstanceType",
        "InstanceFamily",
        "GPU",
        "CPU",
        "Memory",
        "FPGA",
        "GpuCount",
        "GpuType",
        "GpuMemory",
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
            zone: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_family: r.or_default(f2),
            gpu: r.or_default(f3),
            cpu: r.or_default(f4),
            memory: r.or_default(f5),
            fpga: r.or_default(f6),
            gpu_count: r.or_default(f7),
            gpu_type: r.or_default(f8),
            gpu_memory: r.or_default(f9),
        })
    }
}

/// 描述实例机型配置信息及状态信息
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceTypeConfigStatus {
    /// 状态描述
    pub status: Option<String>,
    /// 状态描述信息
    pub message: Option<String>,
    /// 配置信息
    pub instance_type_config: Option<InstanceTypeConfig>,
}

impl serde::Serialize for InstanceTypeConfigStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceTypeConfigStatus",
            usize::from(self.status.is_some()) + usize::from(self.message.is_some())
                + usize::from(self.instance_type_config.is_some()),
        )?;
        s.optional("Status", &self.status)?;
        s.optional("Message", &self.message)?;
        s.optional("InstanceTypeConfig", &self.instance_type_config)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceTypeConfigStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceTypeConfigStatus {
    const NAME: &'static str = "InstanceTypeConfigStatus";
    const FIELDS: &'static [&'static str] = &["Status", "Message", "InstanceTypeConfig"];
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
            status: r.or_default(f0),
            message: r.or_default(f1),
            instance_type_config: r.or_default(f2),
        })
    }
}

/// Describes instance model quota.
///
/// 描述实例机型配额信息。
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceTypeQuotaItem {
    /// Availability zone.
    ///
    /// 可用区。
    pub zone: Option<String>,
    /// Instance model.
    ///
    /// 实例机型。
    pub instance_type: Option<String>,
    /// Instance billing plan. Valid values:
    ///
    /// - POSTPAID_BY_HOUR: pay after use. You are billed for your traffic by the hour.
    ///
    /// - `CDHPAID`: [`CDH`](https://intl.cloud.tencent.com/document/product/416?from_cn_redirect=1) billing plan. Applicable to `CDH` only, not the instances on the host.
    ///
    /// 实例计费模式。取值范围：
    ///
    /// - PREPAID：表示预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：表示后付费，即按量计费
    ///
    /// - CDHPAID：表示[专用宿主机](https://cloud.tencent.com/document/product/416)付费，即只对`专用宿主机`计费，不对`专用宿主机`上的实例计费。
    ///
    /// - SPOTPAID：表示竞价实例付费。
    pub instance_charge_type: Option<String>,
    /// ENI type. For example, 25 represents an ENI of 25 GB.
    ///
    /// 网卡类型，例如：25代表25G网卡
    pub network_card: Option<i64>,
    /// Additional data.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 扩展属性。
    pub externals: Option<Externals>,
    /// Number of CPU cores of an instance model.
    ///
    /// 实例的CPU核数，单位：核。
    pub cpu: Option<i64>,
    /// Instance memory capacity; unit: `GB`.
    ///
    /// 实例内存容量，单位：`GB`。
    pub memory: Option<i64>,
    /// Instance model family.
    ///
    /// 实例机型系列。
    pub instance_family: Option<String>,
    /// Model name.
    ///
    /// 机型名称。
    pub type_name: Option<String>,
    /// List of local disk specifications. If the parameter returns null, it means that local disks cannot be created.
    ///
    /// 本地磁盘规格列表。当该参数返回为空值时，表示当前情况下无法创建本地盘。
    pub local_disk_type_list: Option<Vec<LocalDiskType>>,
    /// Whether an instance is for sale. Valid values:
    ///
    /// - SELL: The instance is available for purchase.
    ///
    /// SOLD_OUT: The instance has been sold out.
    ///
    /// 实例是否售卖。取值范围：
    ///
    /// - SELL：表示实例可购买
    ///
    /// - SOLD_OUT：表示实例已售罄。
    pub status: Option<String>,
    /// Price of an instance model.
    ///
    /// 实例的售卖价格。
    pub price: Option<ItemPrice>,
    /// Details of out-of-stock items
    ///
    /// Note: this field may return null, indicating that no valid value is obtained.
    ///
    /// 售罄原因。
    pub sold_out_reason: Option<String>,
    /// Private network bandwidth, in Gbps.
    ///
    /// 内网带宽，单位Gbps。
    pub instance_bandwidth: Option<f64>,
    /// The max packet sending and receiving capability (in 10k PPS).
    ///
    /// 网络收发包能力，单位万PPS。
    pub instance_pps: Option<i64>,
    /// Number of local storage blocks.
    ///
    /// 本地存储块数量。
    pub storage_block_amount: Option<i64>,
    /// CPU type.
    ///
    /// 处理器型号。
    pub cpu_type: Option<String>,
    /// Number of GPUs of the instance.
    ///
    /// 实例的GPU数量。
    pub gpu: Option<i64>,
    /// Number of FPGAs of the instance.
    ///
    /// 实例的FPGA数量。
    pub fpga: Option<i64>,
    /// Descriptive information of the instance.
    ///
    /// 实例备注信息。
    pub remark: Option<String>,
    /// The number of physical GPU cards mapped to the instance model, unit: card. For vGPU configurations, the value is less than 1; for passthrough configurations, the value is greater than or equal to 1. vGPU utilizes slicing virtualization technology to partition physical GPU cards, allowing a single GPU card to be allocated to multiple instances after virtualization. Passthrough configurations directly mount GPU devices to instances.
    ///
    /// 实例机型映射的物理GPU卡数，单位：卡。vGPU卡型小于1，直通卡型大于等于1。vGPU是通过分片虚拟化技术，将物理GPU卡重新划分，同一块GPU卡经虚拟化分割后可分配至不同的实例使用。直通卡型会将GPU设备直接挂载给实例使用。
    pub gpu_count: Option<f64>,
    /// CPU clock rate of the instance
    ///
    /// 实例的CPU主频信息
    pub frequency: Option<String>,
    /// Inventory status. Valid values:
    ///
    /// - EnoughStock: Inventory is sufficient.
    ///
    /// - NormalStock: Supply is guaranteed.
    ///
    /// - UnderStock: Inventory is about to sell out.
    ///
    /// - WithoutStock: Inventory is already sold out.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 描述库存情况。取值范围：
    ///
    /// -  EnoughStock：表示对应库存非常充足
    ///
    /// - NormalStock：表示对应库存供应有保障
    ///
    /// -  UnderStock：表示对应库存即将售罄
    ///
    /// - WithoutStock：表示对应库存已经售罄
    pub status_category: Option<String>,
}

impl serde::Serialize for InstanceTypeQuotaItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InstanceTypeQuotaItem",
            usize::from(self.zone.is_some()) + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.network_card.is_some())
                + usize::from(self.externals.is_some()) + usize::from(self.cpu.is_some())
                + usize::from(self.memory.is_some())
                + usize::from(self.instance_family.is_some())
                + usize::from(self.type_name.is_some())
                + usize::from(self.local_disk_type_list.is_some())
                + usize::from(self.status.is_some()) + usize::from(self.price.is_some())
                + usize::from(self.sold_out_reason.is_some())
                + usize::from(self.instance_bandwidth.is_some())
                + usize::from(self.instance_pps.is_some())
                + usize::from(self.storage_block_amount.is_some())
                + usize::from(self.cpu_type.is_some()) + usize::from(self.gpu.is_some())
                + usize::from(self.fpga.is_some()) + usize::from(self.remark.is_some())
                + usize::from(self.gpu_count.is_some())
                + usize::from(self.frequency.is_some())
                + usize::from(self.status_category.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("NetworkCard", &self.network_card)?;
        s.optional("Externals", &self.externals)?;
        s.optional("Cpu", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.optional("TypeName", &self.type_name)?;
        s.optional("LocalDiskTypeList", &self.local_disk_type_list)?;
        s.optional("Status", &self.status)?;
        s.optional("Price", &self.price)?;
        s.optional("SoldOutReason", &self.sold_out_reason)?;
        s.optional("InstanceBandwidth", &self.instance_bandwidth)?;
        s.optional("InstancePps", &self.instance_pps)?;
        s.optional("StorageBlockAmount", &self.storage_block_amount)?;
        s.optional("CpuType", &self.cpu_type)?;
        s.optional("Gpu", &self.gpu)?;
        s.optional("Fpga", &self.fpga)?;
        s.optional("Remark", &self.remark)?;
        s.optional("GpuCount", &self.gpu_count)?;
        s.optional("Frequency", &self.frequency)?;
        s.optional("StatusCategory", &self.status_category)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InstanceTypeQuotaItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InstanceTypeQuotaItem {
    const NAME: &'static str = "InstanceTypeQuotaItem";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "InstanceType",
        "InstanceChargeType",
        "NetworkCard",
        "Externals",
        "Cpu",
        "Memory",
        "InstanceFamily",
        "TypeName",
        "LocalDiskTypeList",
        "Status",
        "Price",
        "SoldOutReason",
        "InstanceBandwidth",
        "InstancePps",
        "StorageBlockAmount",
        "CpuType",
        "Gpu",
        "Fpga",
        "Remark",
        "GpuCount",
        "Frequency",
        "StatusCategory",
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
                4 => r.plain(&mut f4),
                5 => r.tolerant(&mut f5),
                6 => r.tolerant(&mut f6),
                7 => r.tolerant(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.plain(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.plain(&mut f11),
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
            zone: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_charge_type: r.or_default(f2),
            network_card: r.or_default(f3),
            externals: r.or_default(f4),
            cpu: r.or_default(f5),
            memory: r.or_default(f6),
            instance_family: r.or_default(f7),
            type_name: r.or_default(f8),
            local_disk_type_list: r.or_default(f9),
            status: r.or_default(f10),
            price: r.or_default(f11),
            sold_out_reason: r.or_default(f12),
            instance_bandwidth: r.or_default(f13),
            instance_pps: r.or_default(f14),
            storage_block_amount: r.or_default(f15),
            cpu_type: r.or_default(f16),
            gpu: r.or_default(f17),
            fpga: r.or_default(f18),
            remark: r.or_default(f19),
            gpu_count: r.or_default(f20),
            frequency: r.or_default(f21),
            status_category: r.or_default(f22),
        })
    }
}

/// Describes the accessibility of an instance in the public network, including its network billing method, maximum bandwidth, etc.
///
/// 描述了实例的公网可访问性，声明了实例的公网使用计费模式，最大带宽等
#[derive(Debug, Clone, PartialEq)]
pub struct InternetAccessible {
    /// Network connection billing plan. Valid value:
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR: pay after use. You are billed for your traffic, by the hour.
    ///
    /// - BANDWIDTH_PACKAGE: Bandwidth package user.
    ///
    /// 网络计费类型。取值范围：
    ///
    /// - BANDWIDTH_PREPAID：预付费按带宽结算
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PACKAGE：带宽包用户
    ///
    /// 默认取值：非带宽包用户默认与子机付费类型保持一致，比如子机付费类型为预付费，网络计费类型默认为预付费；子机付费类型为后付费，网络计费类型默认为后付费。
    pub internet_charge_type: Option<String>,
    /// The maximum outbound bandwidth of the public network, in Mbps. The default value is 0 Mbps. The upper limit of bandwidth varies for different models. For more information, see [Purchase Network Bandwidth](https://www.tencentcloud.com/document/product/213/12523).
    ///
    /// 公网出带宽上限，单位：Mbps。默认值：0Mbps。不同机型带宽上限范围不一致，具体限制详见[购买网络带宽](https://cloud.tencent.com/document/product/213/12523)。
    pub internet_max_bandwidth_out: Option<i64>,
    /// Whether to allocate a public IP address. Valid values:
    ///
    /// - true: Allocate a public IP address.
    ///
    /// - false: Do not allocate a public IP address.
    ///
    /// When the public network bandwidth is greater than 0 Mbps, you can choose whether to enable the public IP address. The public IP address is enabled by default. When the public network bandwidth is 0, allocating the public IP address is not supported. This parameter is only used as an input parameter in the RunInstances API.
    ///
    /// 是否分配公网IP。取值范围：
    ///
    /// - true：表示分配公网IP
    ///
    /// - false：表示不分配公网IP
    ///
    /// 当公网带宽大于0Mbps时，可自由选择开通与否，默认开通公网IP；当公网带宽为0，则不允许分配公网IP。该参数仅在RunInstances接口中作为入参使用。
    pub public_ip_assigned: Option<bool>,
    /// Bandwidth package ID. it can be obtained through the `BandwidthPackageId` in the return value from the DescribeBandwidthPackages api. this parameter is used as an input parameter only in the RunInstances api.
    ///
    /// 带宽包ID。可通过[DescribeBandwidthPackages](https://cloud.tencent.com/document/api/215/19209)接口返回值中的`BandwidthPackageId`获取。该参数仅在RunInstances接口中作为入参使用。
    pub bandwidth_package_id: Option<String>,
    /// Line type. for details on various types of lines and supported regions, refer to [EIP IP address types](https://www.tencentcloud.com/document/product/213/5733). default value: BGP.
    ///
    /// - BGP: specifies the general bgp line.
    ///
    /// .
    ///
    /// For a user with static single-line IP allowlist enabled, valid values include:.
    ///
    /// - CMCC: china mobile.
    ///
    /// .
    ///
    /// - CTCC: china telecom
    ///
    /// .
    ///
    /// - CUCC: china unicom
    ///
    /// .
    ///
    /// Note: The static single-line IP is only supported in some regions.
    ///
    /// 线路类型。各种线路类型及支持地区详情可参考：[EIP 的 IP 地址类型](https://cloud.tencent.com/document/product/1199/41646)。默认值：BGP。
    ///
    /// - BGP：常规 BGP 线路
    ///
    /// 已开通静态单线IP白名单的用户，可选值：
    ///
    /// - CMCC：中国移动
    ///
    /// - CTCC：中国电信
    ///
    /// - CUCC：中国联通
    ///
    /// 注意：仅部分地域支持静态单线IP。
    pub internet_service_provider: Option<String>,
    /// Specifies the public IP type.
    ///
    /// - WanIP: specifies the public ip address.
    ///
    /// .
    ///
    /// - HighQualityEIP: specifies a high quality ip. high quality ip is only supported in Singapore and hong kong (china).
    ///
    /// .
    ///
    /// -  AntiDDoSEIP: specifies the anti-ddos eip. only partial regions support anti-ddos eip. details visible in the [elastic IP product overview](https://www.tencentcloud.com/document/product/213/5733).
    ///
    /// .
    ///
    /// If needed, assign a public IPv4 address to the resource by specifying the IPv4 address type.
    ///
    /// This feature is in beta test in selected regions. [submit a ticket for consultation](https://console.tencentcloud.com/workorder/category) if needed.
    ///
    /// 公网 IP 类型。
    ///
    /// -  WanIP：普通公网IP。
    ///
    /// -  HighQualityEIP：精品 IP。仅新加坡和中国香港支持精品IP。
    ///
    /// -  AntiDDoSEIP：高防 IP。仅部分地域支持高防IP，详情可见[弹性公网IP产品概述](https://cloud.tencent.com/document/product/1199/41646)。
    ///
    /// 如需为资源分配公网IPv4地址，请指定公网IPv4地址类型。
    ///
    /// 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub ipv4_address_type: Option<String>,
    /// Indicates the type of elastic public IPv6.
    ///
    /// - EIPv6: elastic ip version 6.
    ///
    /// .
    ///
    /// - HighQualityEIPv6: specifies the high quality ipv6. highqualityeipv6 is only supported in hong kong (china).
    ///
    /// .
    ///
    /// If needed, assign an elastic IPv6 address for resource allocation.
    ///
    /// This feature is in beta test in selected regions. [submit a ticket for consultation](https://console.tencentcloud.com/workorder/category) if needed.
    ///
    /// 弹性公网 IPv6 类型。
    ///
    /// -  EIPv6：弹性公网 IPv6。
    ///
    /// -  HighQualityEIPv6：精品 IPv6。仅中国香港支持精品IPv6。
    ///
    /// 如需为资源分配IPv6地址，请指定弹性公网IPv6类型。
    ///
    /// 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
    pub ipv6_address_type: Option<String>,
    /// DDoS protection package unique ID. this field is required when applying for a ddos protection IP.
    ///
    /// 高防包唯一ID，申请高防IP时，该字段必传。
    pub anti_ddo_s_package_id: Option<String>,
}

impl serde::Serialize for InternetAccessible {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InternetAccessible",
            usize::from(self.internet_charge_type.is_some())
                + usize::from(self.internet_max_bandwidth_out.is_some())
                + usize::from(self.public_ip_assigned.is_some())
                + usize::from(self.bandwidth_package_id.is_some())
                + usize::from(self.internet_service_provider.is_some())
                + usize::from(self.ipv4_address_type.is_some())
                + usize::from(self.ipv6_address_type.is_some())
                + usize::from(self.anti_ddo_s_package_id.is_some()),
        )?;
        s.optional("InternetChargeType", &self.internet_charge_type)?;
        s.optional("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)?;
        s.optional("PublicIpAssigned", &self.public_ip_assigned)?;
        s.optional("BandwidthPackageId", &self.bandwidth_package_id)?;
        s.optional("InternetServiceProvider", &self.internet_service_provider)?;
        s.optional("IPv4AddressType", &self.ipv4_address_type)?;
        s.optional("IPv6AddressType", &self.ipv6_address_type)?;
        s.optional("AntiDDoSPackageId", &self.anti_ddo_s_package_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternetAccessible {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InternetAccessible {
    const NAME: &'static str = "InternetAccessible";
    const FIELDS: &'static [&'static str] = &[
        "InternetChargeType",
        "InternetMaxBandwidthOut",
        "PublicIpAssigned",
        "BandwidthPackageId",
        "InternetServiceProvider",
        "IPv4AddressType",
        "IPv6AddressType",
        "AntiDDoSPackageId",
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
            internet_charge_type: r.or_default(f0),
            internet_max_bandwidth_out: r.or_default(f1),
            public_ip_assigned: r.or_default(f2),
            bandwidth_package_id: r.or_default(f3),
            internet_service_provider: r.or_default(f4),
            ipv4_address_type: r.or_default(f5),
            ipv6_address_type: r.or_default(f6),
            anti_ddo_s_package_id: r.or_default(f7),
        })
    }
}

/// 描述了按带宽计费的相关信息
#[derive(Debug, Clone, PartialEq)]
pub struct InternetBandwidthConfig {
    /// 开始时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub start_time: Option<String>,
    /// 结束时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub end_time: Option<String>,
    /// 实例带宽信息。
    pub internet_accessible: Option<InternetAccessible>,
}

impl serde::Serialize for InternetBandwidthConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InternetBandwidthConfig",
            usize::from(self.start_time.is_some()) + usize::from(self.end_time.is_some())
                + usize::from(self.internet_accessible.is_some()),
        )?;
        s.optional("StartTime", &self.start_time)?;
        s.optional("EndTime", &self.end_time)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternetBandwidthConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InternetBandwidthConfig {
    const NAME: &'static str = "InternetBandwidthConfig";
    const FIELDS: &'static [&'static str] = &[
        "StartTime",
        "EndTime",
        "InternetAccessible",
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
            start_time: r.or_default(f0),
            end_time: r.or_default(f1),
            internet_accessible: r.or_default(f2),
        })
    }
}

/// Describes network billing.
///
/// 描述了网络计费
#[derive(Debug, Clone, PartialEq)]
pub struct InternetChargeTypeConfig {
    /// Network billing method.
    ///
    /// 网络计费类型。取值范围：
    ///
    /// - BANDWIDTH_PREPAID：预付费按带宽结算
    ///
    /// - TRAFFIC_POSTPAID_BY_HOUR：流量按小时后付费
    ///
    /// - BANDWIDTH_POSTPAID_BY_HOUR：带宽按小时后付费
    ///
    /// - BANDWIDTH_PACKAGE：带宽包用户
    ///
    /// 默认取值：非带宽包用户默认与子机付费类型保持一致，比如子机付费类型为预付费，网络计费类型默认为预付费；子机付费类型为后付费，网络计费类型默认为后付费。
    pub internet_charge_type: Option<String>,
    /// Description of the network billing method.
    ///
    /// 网络计费模式描述信息。
    pub description: Option<String>,
}

impl serde::Serialize for InternetChargeTypeConfig {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "InternetChargeTypeConfig",
            usize::from(self.internet_charge_type.is_some())
                + usize::from(self.description.is_some()),
        )?;
        s.optional("InternetChargeType", &self.internet_charge_type)?;
        s.optional("Description", &self.description)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for InternetChargeTypeConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for InternetChargeTypeConfig {
    const NAME: &'static str = "InternetChargeTypeConfig";
    const FIELDS: &'static [&'static str] = &["InternetChargeType", "Description"];
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
            internet_charge_type: r.or_default(f0),
            description: r.or_default(f1),
        })
    }
}

/// Describes pricing information.
///
/// 描述了单项的价格信息
#[derive(Debug, Clone, PartialEq)]
pub struct ItemPrice {
    /// Original price of subsequent total costs, postpaid billing mode usage, unit: usd.
    ///
    /// - if other time interval items are returned, such as UnitPriceSecondStep, this item represents the time interval (0, 96) hr. if no other time interval items are returned, this item represents the full period (0, ∞) hr.
    ///
    /// 后续合计费用的原价，后付费模式使用，单位：元。
    ///
    /// - 如返回了其他时间区间项，如UnitPriceSecondStep，则本项代表时间区间在(0, 96)小时；若未返回其他时间区间项，则本项代表全时段，即(0, ∞)小时
    pub unit_price: Option<f64>,
    /// Billing unit for pay-as-you-go mode. valid values:
    ///
    /// - HOUR: billed on an hourly basis. it's used for hourly POSTPAID instances (`POSTPAID_BY_HOUR`).
    ///
    /// - GB: bill BY TRAFFIC in GB. it's used for POSTPAID products that are billed BY the hourly TRAFFIC (`TRAFFIC_POSTPAID_BY_HOUR`).
    ///
    /// 后续计价单元，后付费模式使用，可取值范围：
    ///
    /// - HOUR：表示计价单元是按每小时来计算。当前涉及该计价单元的场景有：实例按小时后付费（POSTPAID_BY_HOUR）、带宽按小时后付费（BANDWIDTH_POSTPAID_BY_HOUR）：
    ///
    /// - GB：表示计价单元是按每GB来计算。当前涉及该计价单元的场景有：流量按小时后付费（TRAFFIC_POSTPAID_BY_HOUR）。
    pub charge_unit: Option<String>,
    /// Original price of total prepaid costs. measurement unit: usd.
    ///
    /// 预支合计费用的原价，预付费模式使用，单位：元。
    pub original_price: Option<f64>,
    /// Discount price of total prepaid costs. unit: usd.
    ///
    /// 预支合计费用的折扣价，预付费模式使用，单位：元。
    pub discount_price: Option<f64>,
    /// Discount, such as 20.0 representing 80% off.
    ///
    /// 折扣，如20.0代表2折。
    pub discount: Option<f64>,
    /// Discounted price of subsequent total cost, postpaid billing mode usage, unit: usd
    ///
    /// - if other time interval items are returned, such as UnitPriceDiscountSecondStep, this item represents the time interval (0, 96) hr; if no other time interval items are returned, this item represents the full period (0, ∞) hr.
    ///
    /// 后续合计费用的折扣价，后付费模式使用，单位：元
    ///
    /// - 如返回了其他时间区间项，如UnitPriceDiscountSecondStep，则本项代表时间区间在(0, 96)小时；若未返回其他时间区间项，则本项代表全时段，即(0, ∞)小时
    pub unit_price_discount: Option<f64>,
    /// Original price of subsequent total costs for usage time range (96, 360) hr in postpaid billing mode. unit: usd.
    ///
    /// 使用时间区间在(96, 360)小时的后续合计费用的原价，后付费模式使用，单位：元。
    pub unit_price_second_step: Option<f64>,
    /// Discounted price of subsequent total cost for usage time interval (96, 360) hr in postpaid billing mode. unit: usd.
    ///
    /// 使用时间区间在(96, 360)小时的后续合计费用的折扣价，后付费模式使用，单位：元
    pub unit_price_discount_second_step: Option<f64>,
    /// Specifies the original price of subsequent total costs with a usage time interval exceeding 360 hr in postpaid billing mode. measurement unit: usd.
    ///
    /// 使用时间区间在(360, ∞)小时的后续合计费用的原价，后付费模式使用，单位：元。
    pub unit_price_third_step: Option<f64>,
    /// Discounted price of subsequent total cost for usage time interval exceeding 360 hr in postpaid billing mode. measurement unit: usd.
    ///
    /// 使用时间区间在(360, ∞)小时的后续合计费用的折扣价，后付费模式使用，单位：元
    pub unit_price_discount_third_step: Option<f64>,
    /// Specifies the original price of total 3-year prepaid costs in prepaid billing mode. measurement unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支三年合计费用的原价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_three_year: Option<f64>,
    /// Specifies the discount price for an advance payment of the total fee for three years, prepaid mode usage, measurement unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支三年合计费用的折扣价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_three_year: Option<f64>,
    /// Specifies the discount for a 3-year advance payment, for example 20.0 represents 80% off.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支三年应用的折扣，如20.0代表2折。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_three_year: Option<f64>,
    /// Specifies the original price of the 5-year total cost with advance payment, using prepaid billing mode. measurement unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支五年合计费用的原价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_five_year: Option<f64>,
    /// Prepaid 5-year total cost discount price, prepaid billing mode usage. unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支五年合计费用的折扣价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_five_year: Option<f64>,
    /// Specifies the discount for 5-year advance payment, such as 20.0 for 80% off.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支五年应用的折扣，如20.0代表2折。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_five_year: Option<f64>,
    /// Original price of one-year advance payment total cost. prepaid mode usage. unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支一年合计费用的原价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub original_price_one_year: Option<f64>,
    /// Discount price for total advance payment for one year. specifies prepaid mode usage. measurement unit: usd.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支一年合计费用的折扣价，预付费模式使用，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_price_one_year: Option<f64>,
    /// Specifies the discount for a one-year advance payment, such as 20.0 for 80% off.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 预支一年应用的折扣，如20.0代表2折。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub discount_one_year: Option<f64>,
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
                + usize::from(self.discount_price.is_some())
                + usize::from(self.discount.is_some())
                + usize::from(self.unit_price_discount.is_some())
                + usize::from(self.unit_price_second_step.is_some())
                + usize::from(self.unit_price_discount_second_step.is_some())
                + usize::from(self.unit_price_third_step.is_some())
                + usize::from(self.unit_price_discount_third_step.is_some())
                + usize::from(self.original_price_three_year.is_some())
                + usize::from(self.discount_price_three_year.is_some())
                + usize::from(self.discount_three_year.is_some())
                + usize::from(self.original_price_five_year.is_some())
                + usize::from(self.discount_price_five_year.is_some())
                + usize::from(self.discount_five_year.is_some())
                + usize::from(self.original_price_one_year.is_some())
                + usize::from(self.discount_price_one_year.is_some())
                + usize::from(self.discount_one_year.is_some()),
        )?;
        s.optional("UnitPrice", &self.unit_price)?;
        s.optional("ChargeUnit", &self.charge_unit)?;
        s.optional("OriginalPrice", &self.original_price)?;
        s.optional("DiscountPrice", &self.discount_price)?;
        s.optional("Discount", &self.discount)?;
        s.optional("UnitPriceDiscount", &self.unit_price_discount)?;
        s.optional("UnitPriceSecondStep", &self.unit_price_second_step)?;
        s.optional(
            "UnitPriceDiscountSecondStep",
            &self.unit_price_discount_second_step,
        )?;
        s.optional("UnitPriceThirdStep", &self.unit_price_third_step)?;
        s.optional("UnitPriceDiscountThirdStep", &self.unit_price_discount_third_step)?;
        s.optional("OriginalPriceThreeYear", &self.original_price_three_year)?;
        s.optional("DiscountPriceThreeYear", &self.discount_price_three_year)?;
        s.optional("DiscountThreeYear", &self.discount_three_year)?;
        s.optional("OriginalPriceFiveYear", &self.original_price_five_year)?;
        s.optional("DiscountPriceFiveYear", &self.discount_price_five_year)?;
        s.optional("DiscountFiveYear", &self.discount_five_year)?;
        s.optional("OriginalPriceOneYear", &self.original_price_one_year)?;
        s.optional("DiscountPriceOneYear", &self.discount_price_one_year)?;
        s.optional("DiscountOneYear", &self.discount_one_year)?;
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
        "Discount",
        "UnitPriceDiscount",
        "UnitPriceSecondStep",
        "UnitPriceDiscountSecondStep",
        "UnitPriceThirdStep",
        "UnitPriceDiscountThirdStep",
        "OriginalPriceThreeYear",
        "DiscountPriceThreeYear",
        "DiscountThreeYear",
        "OriginalPriceFiveYear",
        "DiscountPriceFiveYear",
        "DiscountFiveYear",
        "OriginalPriceOneYear",
        "DiscountPriceOneYear",
        "DiscountOneYear",
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
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.tolerant(&mut f17),
                18 => r.tolerant(&mut f18),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            unit_price: r.or_default(f0),
            charge_unit: r.or_default(f1),
            original_price: r.or_default(f2),
            discount_price: r.or_default(f3),
            discount: r.or_default(f4),
            unit_price_discount: r.or_default(f5),
            unit_price_second_step: r.or_default(f6),
            unit_price_discount_second_step: r.or_default(f7),
            unit_price_third_step: r.or_default(f8),
            unit_price_discount_third_step: r.or_default(f9),
            original_price_three_year: r.or_default(f10),
            discount_price_three_year: r.or_default(f11),
            discount_three_year: r.or_default(f12),
            original_price_five_year: r.or_default(f13),
            discount_price_five_year: r.or_default(f14),
            discount_five_year: r.or_default(f15),
            original_price_one_year: r.or_default(f16),
            discount_price_one_year: r.or_default(f17),
            discount_one_year: r.or_default(f18),
        })
    }
}

/// Describes key pair information.
///
/// 描述密钥对信息
#[derive(Debug, Clone, PartialEq)]
pub struct KeyPair {
    /// Key pair `ID`, the unique identifier of a key pair.
    ///
    /// 密钥对的`ID`，是密钥对的唯一标识。
    pub key_id: Option<String>,
    /// Key pair name.
    ///
    /// 密钥对名称。
    pub key_name: Option<String>,
    /// `ID` of the project to which a key pair belongs.
    ///
    /// 密钥对所属的项目 `ID`，ProjectId 为 0 时表示默认项目。
    pub project_id: Option<i64>,
    /// Key pair description.
    ///
    /// 密钥对描述信息。
    pub description: Option<String>,
    /// Content of public key in a key pair.
    ///
    /// 密钥对的纯文本公钥。
    pub public_key: Option<String>,
    /// Content of private key in a key pair. Tencent Cloud do not keep private keys. Please keep it properly.
    ///
    /// 密钥对的纯文本私钥。腾讯云不会保管私钥，请用户自行妥善保存。
    pub private_key: Option<String>,
    /// `ID` list of instances associated with a key.
    ///
    /// 密钥关联的实例`ID`列表。
    pub associated_instance_ids: Option<Vec<String>>,
    /// Creation time, which follows the `ISO8601` standard and uses `UTC` time in the format of `YYYY-MM-DDThh:mm:ssZ`.
    ///
    /// 创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub created_time: Option<String>,
    /// The list of tags bound to the key.
    ///
    /// Note: This field may return `null`, indicating that no valid value can be obtained.
    ///
    /// 密钥关联的标签列表。
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for KeyPair {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "KeyPair",
            usize::from(self.key_id.is_some()) + usize::from(self.key_name.is_some())
                + usize::from(self.project_id.is_some())
                + usize::from(self.description.is_some())
                + usize::from(self.public_key.is_some())
                + usize::from(self.private_key.is_some())
                + usize::from(self.associated_instance_ids.is_some())
                + usize::from(self.created_time.is_some())
                + usize::from(self.tags.is_some()),
        )?;
        s.optional("KeyId", &self.key_id)?;
        s.optional("KeyName", &self.key_name)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("Description", &self.description)?;
        s.optional("PublicKey", &self.public_key)?;
        s.optional("PrivateKey", &self.private_key)?;
        s.optional("AssociatedInstanceIds", &self.associated_instance_ids)?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for KeyPair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for KeyPair {
    const NAME: &'static str = "KeyPair";
    const FIELDS: &'static [&'static str] = &[
        "KeyId",
        "KeyName",
        "ProjectId",
        "Description",
        "PublicKey",
        "PrivateKey",
        "AssociatedInstanceIds",
        "CreatedTime",
        "Tags",
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
                8 => r.plain(&mut f8),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            key_id: r.or_default(f0),
            key_name: r.or_default(f1),
            project_id: r.or_default(f2),
            description: r.or_default(f3),
            public_key: r.or_default(f4),
            private_key: r.or_default(f5),
            associated_instance_ids: r.or_default(f6),
            created_time: r.or_default(f7),
            tags: r.or_default(f8),
        })
    }
}

/// Instance launch template. This parameter enables you to create an instance using the preset parameters in the template.
///
/// 实例启动模板，通过该参数可使用实例模板中的预设参数创建实例。
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplate {
    /// Instance launch template ID. This parameter enables you to create an instance using the preset parameters in the template.
    ///
    /// 实例启动模板ID，通过该参数可使用实例模板中的预设参数创建实例。
    pub launch_template_id: Option<String>,
    /// Instance launch template version number. If specified, this parameter will be used to create a new instance launch template.
    ///
    /// 实例启动模板版本号，若给定，新实例启动模板将基于给定的版本号创建
    pub launch_template_version: Option<u64>,
}

impl serde::Serialize for LaunchTemplate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LaunchTemplate",
            usize::from(self.launch_template_id.is_some())
                + usize::from(self.launch_template_version.is_some()),
        )?;
        s.optional("LaunchTemplateId", &self.launch_template_id)?;
        s.optional("LaunchTemplateVersion", &self.launch_template_version)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LaunchTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LaunchTemplate {
    const NAME: &'static str = "LaunchTemplate";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateId",
        "LaunchTemplateVersion",
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
            launch_template_id: r.or_default(f0),
            launch_template_version: r.or_default(f1),
        })
    }
}

/// Information of instance launch template.
///
/// 实例启动模板简要信息。
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateInfo {
    /// Instance launch template version number.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模版本号。
    pub latest_version_number: Option<u64>,
    /// Instance launch template ID.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板ID。
    pub launch_template_id: Option<String>,
    /// Instance launch template name.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板名。
    pub launch_template_name: Option<String>,
    /// Default instance launch template version number.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板默认版本号。
    pub default_version_number: Option<u64>,
    /// Total number of versions that the instance launch template contains.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板包含的版本总数量。
    pub launch_template_version_count: Option<u64>,
    /// UIN of the user who created the template.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 创建该模板的用户UIN。
    pub created_by: Option<String>,
    /// Creation time of the template.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 创建该模板的时间。
    pub creation_time: Option<String>,
}

impl serde::Serialize for LaunchTemplateInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LaunchTemplateInfo",
            usize::from(self.latest_version_number.is_some())
                + usize::from(self.launch_template_id.is_some())
                + usize::from(self.launch_template_name.is_some())
                + usize::from(self.default_version_number.is_some())
                + usize::from(self.launch_template_version_count.is_some())
                + usize::from(self.created_by.is_some())
                + usize::from(self.creation_time.is_some()),
        )?;
        s.optional("LatestVersionNumber", &self.latest_version_number)?;
        s.optional("LaunchTemplateId", &self.launch_template_id)?;
        s.optional("LaunchTemplateName", &self.launch_template_name)?;
        s.optional("DefaultVersionNumber", &self.default_version_number)?;
        s.optional("LaunchTemplateVersionCount", &self.launch_template_version_count)?;
        s.optional("CreatedBy", &self.created_by)?;
        s.optional("CreationTime", &self.creation_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LaunchTemplateInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LaunchTemplateInfo {
    const NAME: &'static str = "LaunchTemplateInfo";
    const FIELDS: &'static [&'static str] = &[
        "LatestVersionNumber",
        "LaunchTemplateId",
        "LaunchTemplateName",
        "DefaultVersionNumber",
        "LaunchTemplateVersionCount",
        "CreatedBy",
        "CreationTime",
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
            latest_version_number: r.or_default(f0),
            launch_template_id: r.or_default(f1),
            launch_template_name: r.or_default(f2),
            default_version_number: r.or_default(f3),
            launch_template_version_count: r.or_default(f4),
            created_by: r.or_default(f5),
            creation_time: r.or_default(f6),
        })
    }
}

/// Information of instance launch template versions
///
/// 实例启动模板版本信息
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateVersionData {
    /// Location of the instance.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例所在的位置。
    pub placement: Option<Placement>,
    /// Instance model.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例机型。
    pub instance_type: Option<String>,
    /// Instance name.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例名称。
    pub instance_name: Option<String>,
    /// Instance billing mode. Valid values:
    ///
    /// - `POSTPAID_BY_HOUR`: postpaid for pay-as-you-go instances
    ///
    /// - `CDHPAID`: billed for CDH instances, not the CVMs running on the CDHs.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例计费模式。取值范围：
    ///
    /// - `PREPAID`：表示预付费，即包年包月
    ///
    /// - `POSTPAID_BY_HOUR`：表示后付费，即按量计费
    ///
    /// - `CDHPAID`：`专用宿主机`付费，即只对`专用宿主机`计费，不对`专用宿主机`上的实例计费。
    ///
    /// - `SPOTPAID`：表示竞价实例付费。
    pub instance_charge_type: Option<String>,
    /// Instance system disk information.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例系统盘信息。
    pub system_disk: Option<SystemDisk>,
    /// Instance data disk information. This parameter only covers the data disks purchased together with the instance.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例数据盘信息。只包含随实例购买的数据盘。
    pub data_disks: Option<Vec<DataDisk>>,
    /// Instance bandwidth information.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例带宽信息。
    pub internet_accessible: Option<InternetAccessible>,
    /// Information of the VPC where the instance resides.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例所属虚拟私有网络信息。
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// `ID` of the image used to create the instance.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 生产实例所使用的镜像`ID`。
    pub image_id: Option<String>,
    /// Security groups to which the instance belongs. To obtain the security group IDs, you can call [DescribeSecurityGroups](https://intl.cloud.tencent.com/document/api/215/15808) and look for the `sgld` fields in the response.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的sgId字段来获取。
    pub security_group_ids: Option<Vec<String>>,
    /// Login settings of the instance. Currently, only the key associated with the instance is returned.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例登录设置。目前只返回实例所关联的密钥。
    pub login_settings: Option<LoginSettings>,
    /// CAM role name.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// CAM角色名。
    pub cam_role_name: Option<String>,
    /// HPC cluster `ID`.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 高性能计算集群`ID`。
    pub hpc_cluster_id: Option<String>,
    /// Number of instances purchased.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 购买实例数量。
    pub instance_count: Option<u64>,
    /// Enhanced service.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 增强服务。
    pub enhanced_service: Option<EnhancedService>,
    /// User data provided to the instance. This parameter needs to be encoded in base64 format with the maximum size of 16KB.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 提供给实例使用的用户数据，需要以 base64 方式编码，支持的最大数据大小为 16KB。
    pub user_data: Option<String>,
    /// Placement group ID. You can only specify one.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 置放群组ID，仅支持指定一个。
    pub disaster_recover_group_ids: Option<Vec<String>>,
    /// Scheduled tasks. You can use this parameter to specify scheduled tasks for the instance. Only scheduled termination is supported.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 定时任务。通过该参数可以为实例指定定时任务，目前仅支持定时销毁。
    pub action_timer: Option<ActionTimer>,
    /// Market options of the instance, such as parameters related to spot instances. This parameter is required for spot instances.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例的市场相关选项，如竞价实例相关参数，若指定实例的付费模式为竞价付费则该参数必传。
    pub instance_market_options: Option<InstanceMarketOptionsRequest>,
    /// Hostname of a CVM.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 云服务器的主机名。
    pub host_name: Option<String>,
    /// A string used to ensure the idempotency of the request.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 用于保证请求幂等性的字符串。
    pub client_token: Option<String>,
    /// Prepaid mode. This parameter indicates relevant parameter settings for monthly-subscribed instances.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 预付费模式，即包年包月相关参数设置。
    pub instance_charge_prepaid: Option<InstanceChargePrepaid>,
    /// List of tag description. By specifying this parameter, the tag can be bound to the corresponding CVM and CBS instances at the same time.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 标签描述列表。通过指定该参数可以同时绑定标签到相应的云服务器、云硬盘实例。
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// Whether to enable termination protection. Valid values:
    ///
    /// TRUE: Termination protection is enabled.
    ///
    /// FALSE: Termination protection is disabled.
    ///
    /// Default value: `FALSE`.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例销毁保护标志，表示是否允许通过api接口删除实例。取值范围：
    ///
    /// true：表示开启实例保护，不允许通过api接口删除实例
    ///
    /// false：表示关闭实例保护，允许通过api接口删除实例
    ///
    /// 默认取值：false。
    pub disable_api_termination: Option<bool>,
}

impl serde::Serialize for LaunchTemplateVersionData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LaunchTemplateVersionData",
            usize::from(self.placement.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_name.is_some())
                + usize::from(self.instance_charge_type.is_some())
                + usize::from(self.system_disk.is_some())
                + usize::from(self.data_disks.is_some())
                + usize::from(self.internet_accessible.is_some())
                + usize::from(self.virtual_private_cloud.is_some())
                + usize::from(self.image_id.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.login_settings.is_some())
                + usize::from(self.cam_role_name.is_some())
                + usize::from(self.hpc_cluster_id.is_some())
                + usize::from(self.instance_count.is_some())
                + usize::from(self.enhanced_service.is_some())
                + usize::from(self.user_data.is_some())
                + usize::from(self.disaster_recover_group_ids.is_some())
                + usize::from(self.action_timer.is_some())
                + usize::from(self.instance_market_options.is_some())
                + usize::from(self.host_name.is_some())
                + usize::from(self.client_token.is_some())
                + usize::from(self.instance_charge_prepaid.is_some())
                + usize::from(self.tag_specification.is_some())
                + usize::from(self.disable_api_termination.is_some()),
        )?;
        s.optional("Placement", &self.placement)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceName", &self.instance_name)?;
        s.optional("InstanceChargeType", &self.instance_charge_type)?;
        s.optional("SystemDisk", &self.system_disk)?;
        s.optional("DataDisks", &self.data_disks)?;
        s.optional("InternetAccessible", &self.internet_accessible)?;
        s.optional("VirtualPrivateCloud", &self.virtual_private_cloud)?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("LoginSettings", &self.login_settings)?;
        s.optional("CamRoleName", &self.cam_role_name)?;
        s.optional("HpcClusterId", &self.hpc_cluster_id)?;
        s.optional("InstanceCount", &self.instance_count)?;
        s.optional("EnhancedService", &self.enhanced_service)?;
        s.optional("UserData", &self.user_data)?;
        s.optional("DisasterRecoverGroupIds", &self.disaster_recover_group_ids)?;
        s.optional("ActionTimer", &self.action_timer)?;
        s.optional("InstanceMarketOptions", &self.instance_market_options)?;
        s.optional("HostName", &self.host_name)?;
        s.optional("ClientToken", &self.client_token)?;
        s.optional("InstanceChargePrepaid", &self.instance_charge_prepaid)?;
        s.optional("TagSpecification", &self.tag_specification)?;
        s.optional("DisableApiTermination", &self.disable_api_termination)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LaunchTemplateVersionData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LaunchTemplateVersionData {
    const NAME: &'static str = "LaunchTemplateVersionData";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "InstanceType",
        "InstanceName",
        "InstanceChargeType",
        "SystemDisk",
        "DataDisks",
        "InternetAccessible",
        "VirtualPrivateCloud",
        "ImageId",
        "SecurityGroupIds",
        "LoginSettings",
        "CamRoleName",
        "HpcClusterId",
        "InstanceCount",
        "EnhancedService",
        "UserData",
        "DisasterRecoverGroupIds",
        "ActionTimer",
        "InstanceMarketOptions",
        "HostName",
        "ClientToken",
        "InstanceChargePrepaid",
        "TagSpecification",
        "DisableApiTermination",
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
                0 => r.plain(&mut f0),
                1 => r.tolerant(&mut f1),
                2 => r.tolerant(&mut f2),
                3 => r.tolerant(&mut f3),
                4 => r.plain(&mut f4),
                5 => r.plain(&mut f5),
                6 => r.plain(&mut f6),
                7 => r.plain(&mut f7),
                8 => r.tolerant(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.plain(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.plain(&mut f14),
                15 => r.tolerant(&mut f15),
                16 => r.tolerant(&mut f16),
                17 => r.plain(&mut f17),
                18 => r.plain(&mut f18),
                19 => r.tolerant(&mut f19),
                20 => r.tolerant(&mut f20),
                21 => r.plain(&mut f21),
                22 => r.plain(&mut f22),
                23 => r.tolerant(&mut f23),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            placement: r.or_default(f0),
            instance_type: r.or_default(f1),
            instance_name: r.or_default(f2),
            instance_charge_type: r.or_default(f3),
            system_disk: r.or_default(f4),
            data_disks: r.or_default(f5),
            internet_accessible: r.or_default(f6),
            virtual_private_cloud: r.or_default(f7),
            image_id: r.or_default(f8),
            security_group_ids: r.or_default(f9),
            login_settings: r.or_default(f10),
            cam_role_name: r.or_default(f11),
            hpc_cluster_id: r.or_default(f12),
            instance_count: r.or_default(f13),
            enhanced_service: r.or_default(f14),
            user_data: r.or_default(f15),
            disaster_recover_group_ids: r.or_default(f16),
            action_timer: r.or_default(f17),
            instance_market_options: r.or_default(f18),
            host_name: r.or_default(f19),
            client_token: r.or_default(f20),
            instance_charge_prepaid: r.or_default(f21),
            tag_specification: r.or_default(f22),
            disable_api_termination: r.or_default(f23),
        })
    }
}

/// Set of instance launch template versions.
///
/// 实例启动模板版本集合
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateVersionInfo {
    /// Instance launch template version number.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板版本号。
    pub launch_template_version: Option<u64>,
    /// Details of instance launch template versions.
    ///
    /// 实例启动模板版本数据详情。
    pub launch_template_version_data: Option<LaunchTemplateVersionData>,
    /// Creation time of the instance launch template version.
    ///
    /// 实例启动模板版本创建时间。
    pub creation_time: Option<String>,
    /// Instance launch template ID.
    ///
    /// 实例启动模板ID。
    pub launch_template_id: Option<String>,
    /// Specifies whether it’s the default launch template version.
    ///
    /// 是否为默认启动模板版本。
    pub is_default_version: Option<bool>,
    /// Information of instance launch template version description.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 实例启动模板版本描述信息。
    pub launch_template_version_description: Option<String>,
    /// Creator account
    ///
    /// 创建者的AppId。
    pub created_by: Option<String>,
}

impl serde::Serialize for LaunchTemplateVersionInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LaunchTemplateVersionInfo",
            usize::from(self.launch_template_version.is_some())
                + usize::from(self.launch_template_version_data.is_some())
                + usize::from(self.creation_time.is_some())
                + usize::from(self.launch_template_id.is_some())
                + usize::from(self.is_default_version.is_some())
                + usize::from(self.launch_template_version_description.is_some())
                + usize::from(self.created_by.is_some()),
        )?;
        s.optional("LaunchTemplateVersion", &self.launch_template_version)?;
        s.optional("LaunchTemplateVersionData", &self.launch_template_version_data)?;
        s.optional("CreationTime", &self.creation_time)?;
        s.optional("LaunchTemplateId", &self.launch_template_id)?;
        s.optional("IsDefaultVersion", &self.is_default_version)?;
        s.optional(
            "LaunchTemplateVersionDescription",
            &self.launch_template_version_description,
        )?;
        s.optional("CreatedBy", &self.created_by)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LaunchTemplateVersionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LaunchTemplateVersionInfo {
    const NAME: &'static str = "LaunchTemplateVersionInfo";
    const FIELDS: &'static [&'static str] = &[
        "LaunchTemplateVersion",
        "LaunchTemplateVersionData",
        "CreationTime",
        "LaunchTemplateId",
        "IsDefaultVersion",
        "LaunchTemplateVersionDescription",
        "CreatedBy",
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
                1 => r.plain(&mut f1),
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
            launch_template_version: r.or_default(f0),
            launch_template_version_data: r.or_default(f1),
            creation_time: r.or_default(f2),
            launch_template_id: r.or_default(f3),
            is_default_version: r.or_default(f4),
            launch_template_version_description: r.or_default(f5),
            created_by: r.or_default(f6),
        })
    }
}

/// Describes local disk specifications.
///
/// 本地磁盘规格
#[derive(Debug, Clone, PartialEq)]
pub struct LocalDiskType {
    /// Type of a local disk.
    ///
    /// 本地磁盘类型。
    pub r#type: Option<String>,
    /// Attributes of a local disk.
    ///
    /// 本地磁盘属性。
    pub partition_type: Option<String>,
    /// Minimum size of a local disk.
    ///
    /// 本地磁盘最小值。
    pub min_size: Option<i64>,
    /// Maximum size of a local disk.
    ///
    /// 本地磁盘最大值。
    pub max_size: Option<i64>,
    /// Whether a local disk is required during purchase. Valid values:
    ///
    /// - REQUIRED: required
    ///
    /// - OPTIONAL: optional
    ///
    /// 购买时本地盘是否为必选。取值范围：
    ///
    /// - REQUIRED：表示必选
    ///
    /// - OPTIONAL：表示可选。
    pub required: Option<String>,
}

impl serde::Serialize for LocalDiskType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LocalDiskType",
            usize::from(self.r#type.is_some())
                + usize::from(self.partition_type.is_some())
                + usize::from(self.min_size.is_some())
                + usize::from(self.max_size.is_some())
                + usize::from(self.required.is_some()),
        )?;
        s.optional("Type", &self.r#type)?;
        s.optional("PartitionType", &self.partition_type)?;
        s.optional("MinSize", &self.min_size)?;
        s.optional("MaxSize", &self.max_size)?;
        s.optional("Required", &self.required)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LocalDiskType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LocalDiskType {
    const NAME: &'static str = "LocalDiskType";
    const FIELDS: &'static [&'static str] = &[
        "Type",
        "PartitionType",
        "MinSize",
        "MaxSize",
        "Required",
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
            r#type: r.or_default(f0),
            partition_type: r.or_default(f1),
            min_size: r.or_default(f2),
            max_size: r.or_default(f3),
            required: r.or_default(f4),
        })
    }
}

/// Describes login settings of an instance.
///
/// 描述了实例登录相关配置与信息。
#[derive(Debug, Clone, PartialEq)]
pub struct LoginSettings {
    /// Instance login password. The password complexity limits vary with the operating system type as follows:
    ///
    /// - The Linux instance password must be 8 to 30 characters long and include at least two of the following: \[a-z\], \[A-Z\], \[0-9\], and special characters of \[( ) \` ~ ! @ # $ % ^ & * - + = | { } \[ \] : ; ' , . ? / \]. \<br\>\<li\>The Windows instance password must be 12 to 30 characters long and include at least three of the following: \[a-z\], \[A-Z\], \[0-9\], and special characters \[( ) \` ~ ! @ # $ % ^ & * - + = | { } \[ \] : ; ' , . ? /\].
    ///
    /// If this parameter is not specified, you need to set it before login by using the console to "reset password" or by calling the ResetInstancesPassword API.
    ///
    /// 实例登录密码。不同操作系统类型密码复杂度限制不一样，具体如下：
    ///
    /// - Linux实例密码必须8到30位，至少包括两项\[a-z\]，\[A-Z\]、\[0-9\] 和 \[( ) \` ~ ! @ # $ % ^ & *  - + = | { } \[ \] : ; ' , . ? / \]中的特殊符号。\</li\>\<li\>Windows实例密码必须12到30位，至少包括三项\[a-z\]，\[A-Z\]，\[0-9\] 和 \[( ) \` ~ ! @ # $ % ^ & * - + = | { } \[ \] : ; ' , . ? /\]中的特殊符号。
    ///
    /// 若不指定该参数，则由系统随机生成密码，并通过站内信方式通知到用户。
    pub password: Option<String>,
    /// List of key IDs. After an instance is associated with a key, you can access the instance with the private key in the key pair. You can call [`DescribeKeyPairs`](https://intl.cloud.tencent.com/document/api/213/15699?from_cn_redirect=1) to obtain `KeyId`. You cannot specify a key and a password at the same time. Windows instances do not support keys.
    ///
    /// Note: This field may return `null`, indicating that no valid values can be obtained.
    ///
    /// 密钥ID列表。关联密钥后，就可以通过对应的私钥来访问实例；KeyId可通过接口[DescribeKeyPairs](https://cloud.tencent.com/document/api/213/15699)获取，密钥与密码不能同时指定，同时Windows操作系统不支持指定密钥。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub key_ids: Option<Vec<String>>,
    /// Retain the original settings of the image. this parameter cannot be specified simultaneously with Password or KeyIds.N. it can be set to true only when an instance is created with a custom image, shared image, or externally imported image. value ranges from true to false:
    ///
    /// - true: indicates that the login settings of the image are retained
    ///
    /// - false: indicates that the login settings of the image are not retained
    ///
    /// . default value: false.
    ///
    /// 保持镜像的原始设置。该参数与Password或KeyIds.N不能同时指定。只有使用自定义镜像、共享镜像或外部导入镜像创建实例时才能指定该参数为true。取值范围：
    ///
    /// - true：表示保持镜像的登录设置
    ///
    /// - false：表示不保持镜像的登录设置
    ///
    /// 默认取值：false。
    pub keep_image_login: Option<String>,
}

impl serde::Serialize for LoginSettings {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "LoginSettings",
            usize::from(self.password.is_some()) + usize::from(self.key_ids.is_some())
                + usize::from(self.keep_image_login.is_some()),
        )?;
        s.optional("Password", &self.password)?;
        s.optional("KeyIds", &self.key_ids)?;
        s.optional("KeepImageLogin", &self.keep_image_login)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for LoginSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for LoginSettings {
    const NAME: &'static str = "LoginSettings";
    const FIELDS: &'static [&'static str] = &["Password", "KeyIds", "KeepImageLogin"];
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
            password: r.or_default(f0),
            key_ids: r.or_default(f1),
            keep_image_login: r.or_default(f2),
        })
    }
}

/// Custom metadata.
///
/// 自定义metadata
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// A list of custom metadata key-value pairs.
    ///
    /// 自定义metadata键值对列表。
    pub items: Option<Vec<MetadataItem>>,
}

impl serde::Serialize for Metadata {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Metadata",
            usize::from(self.items.is_some()),
        )?;
        s.optional("Items", &self.items)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Metadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Metadata {
    const NAME: &'static str = "Metadata";
    const FIELDS: &'static [&'static str] = &["Items"];
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
        ::core::result::Result::Ok(Self { items: r.or_default(f0) })
    }
}

/// Custom metadata key and value.
///
/// 自定义metadata key和value
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataItem {
    /// Custom metadata key, consisting of uppercase letters (A-Z), lowercase letters (A-Z), digits (0-9), underscores (_), or hyphens (-), with a size limit of 128 bytes.
    ///
    /// 自定义metadata键，由大写字母（A-Z）、小写字母（a-z）、数字（0-9）、下划线（_）或连字符（-）组成，大小上限为128 字节。
    pub key: Option<String>,
    /// Custom metadata value. The upper limit of message size is 256 KB.
    ///
    /// 自定义metadata值，大小上限为256 KB。
    pub value: Option<String>,
}

impl serde::Serialize for MetadataItem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "MetadataItem",
            usize::from(self.key.is_some()) + usize::from(self.value.is_some()),
        )?;
        s.optional("Key", &self.key)?;
        s.optional("Value", &self.value)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for MetadataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for MetadataItem {
    const NAME: &'static str = "MetadataItem";
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

/// 创建实例时的网卡配置信息，包含主网卡和辅助网卡的VPC、子网、IP分配等网络参数。
///
/// 此功能仅部分地区灰度开放，如需使用[请提交工单咨询](https://console.cloud.tencent.com/workorder/category)
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaces {
    /// 表示是主网卡还是辅助网卡。注意：枚举值要全部大写；NetworkInterfaces数组中必须要有PRIMARY，且PRIMARY只能存在一个，SECONDARY可以存在多个。
    ///
    /// 枚举值：
    ///
    /// - PRIMARY： 主网卡
    ///
    /// - SECONDARY： 辅助网卡
    pub interface_type: String,
    /// 私有网络ID，形如`vpc-xxx`。有效的VpcId可通过登录[控制台](https://console.cloud.tencent.com/vpc/vpc?rid=1)查询；也可以调用接口 [DescribeVpcs](https://cloud.tencent.com/document/product/215/15778) ，从接口返回中的`VpcId`字段获取。若在创建子机时VpcId与SubnetId同时传入`DEFAULT`，则强制使用默认vpc网络。
    pub vpc_id: String,
    /// 私有网络子网ID，形如`subnet-xxx`。有效的私有网络子网ID可通过登录[控制台](https://console.cloud.tencent.com/vpc/subnet?rid=1)查询；也可以调用接口  [DescribeSubnets](https://cloud.tencent.com/document/product/215/15784) ，从接口返回中的`SubnetId`字段获取。若在创建子机时SubnetId与VpcId同时传入`DEFAULT`，则强制使用默认vpc网络。
    pub subnet_id: String,
    /// 此字段是必填字段，表示每张网卡自动分配私有网卡IP个数。注意：不允许客户同时指定ip且动态分配ip。
    ///
    /// 取值范围：\[1, 50\]
    pub private_ipv4_address_count: i64,
    /// 指定存量的网卡ID用于绑定。只对辅助网卡生效，主网卡的生成采用既有流程。注：客户手动指定已有弹性网卡时，相关接口InstanceCount必须为1。主网卡不支持指定。
    pub network_interface_id: Option<String>,
    /// 实例所属安全组。该参数可以通过调用 [DescribeSecurityGroups](https://cloud.tencent.com/document/api/215/15808) 的返回值中的 `SecurityGroupId` 字段来获取。若不指定该参数，则绑定指定项目下的默认安全组，如默认安全组不存在则将自动创建。
    ///
    /// 每个用户在每个地域每个项目下最多可设置50个安全组。
    pub security_group_ids: Option<Vec<String>>,
    /// 是否随CVM删除绑定的弹性网卡，参数只对辅助网卡生效。默认保留辅助网卡兼容当前线上行为。该参数放置在主网卡上不生效，主网卡会随着CVM一同销毁。
    ///
    /// 默认值：`false`
    pub delete_with_instance: Option<bool>,
}

impl serde::Serialize for NetworkInterfaces {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "NetworkInterfaces",
            4 + usize::from(self.network_interface_id.is_some())
                + usize::from(self.security_group_ids.is_some())
                + usize::from(self.delete_with_instance.is_some()),
        )?;
        s.field("InterfaceType", &self.interface_type)?;
        s.field("VpcId", &self.vpc_id)?;
        s.field("SubnetId", &self.subnet_id)?;
        s.field("PrivateIpv4AddressCount", &self.private_ipv4_address_count)?;
        s.optional("NetworkInterfaceId", &self.network_interface_id)?;
        s.optional("SecurityGroupIds", &self.security_group_ids)?;
        s.optional("DeleteWithInstance", &self.delete_with_instance)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for NetworkInterfaces {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for NetworkInterfaces {
    const NAME: &'static str = "NetworkInterfaces";
    const FIELDS: &'static [&'static str] = &[
        "InterfaceType",
        "VpcId",
        "SubnetId",
        "PrivateIpv4AddressCount",
        "NetworkInterfaceId",
        "SecurityGroupIds",
        "DeleteWithInstance",
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
                    interface_type: f0,
                    vpc_id: f1,
                    subnet_id: f2,
                    private_ipv4_address_count: f3,
                    network_interface_id: r.or_default(f4),
                    security_group_ids: r.or_default(f5),
                    delete_with_instance: r.or_default(f6),
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

/// Describes the maximum number of times you can perform an operation on a single instance.
///
/// 描述了单台实例操作次数限制
#[derive(Debug, Clone, PartialEq)]
pub struct OperationCountLimit {
    /// Instance operation. Valid values:
    ///
    /// - `INSTANCE_DEGRADE`: downgrade an instance
    ///
    /// - `INTERNET_CHARGE_TYPE_CHANGE`: modify the billing plan of the network connection
    ///
    /// 实例操作。取值范围：
    ///
    /// - `INSTANCE_DEGRADE`：降配操作
    ///
    /// - `INTERNET_CHARGE_TYPE_CHANGE`：修改网络带宽计费模式
    pub operation: Option<String>,
    /// Instance ID.
    ///
    /// 实例ID。
    pub instance_id: Option<String>,
    /// Number of operations already performed. If it returns `-1`, it means there is no limit on the times of the operation.
    ///
    /// 当前已使用次数，如果返回值为-1表示该操作无次数限制。
    pub current_count: Option<i64>,
    /// Maximum number of times you can perform an operation. If it returns `-1`, it means there is no limit on the times of the operation. If it returns `0`, it means that configuration modification is not supported.
    ///
    /// 操作次数最高额度，如果返回值为-1表示该操作无次数限制，如果返回值为0表示不支持调整配置。
    pub limit_count: Option<i64>,
}

impl serde::Serialize for OperationCountLimit {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "OperationCountLimit",
            usize::from(self.operation.is_some())
                + usize::from(self.instance_id.is_some())
                + usize::from(self.current_count.is_some())
                + usize::from(self.limit_count.is_some()),
        )?;
        s.optional("Operation", &self.operation)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("CurrentCount", &self.current_count)?;
        s.optional("LimitCount", &self.limit_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for OperationCountLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for OperationCountLimit {
    const NAME: &'static str = "OperationCountLimit";
    const FIELDS: &'static [&'static str] = &[
        "Operation",
        "InstanceId",
        "CurrentCount",
        "LimitCount",
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
            operation: r.or_default(f0),
            instance_id: r.or_default(f1),
            current_count: r.or_default(f2),
            limit_count: r.or_default(f3),
        })
    }
}

/// Supported operating system types.
///
/// 操作系统支持的类型。
#[derive(Debug, Clone, PartialEq)]
pub struct OsVersion {
    /// Operating system type
    ///
    /// 操作系统类型
    pub os_name: Option<String>,
    /// Supported operating system versions
    ///
    /// 支持的操作系统版本
    pub os_versions: Option<Vec<String>>,
    /// Supported operating system architecture
    ///
    /// 支持的操作系统架构
    pub architecture: Option<Vec<String>>,
}

impl serde::Serialize for OsVersion {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "OsVersion",
            usize::from(self.os_name.is_some()) + usize::from(self.os_versions.is_some())
                + usize::from(self.architecture.is_some()),
        )?;
        s.optional("OsName", &self.os_name)?;
        s.optional("OsVersions", &self.os_versions)?;
        s.optional("Architecture", &self.architecture)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for OsVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for OsVersion {
    const NAME: &'static str = "OsVersion";
    const FIELDS: &'static [&'static str] = &["OsName", "OsVersions", "Architecture"];
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
            os_name: r.or_default(f0),
            os_versions: r.or_default(f1),
            architecture: r.or_default(f2),
        })
    }
}

/// Placement of an instance, including its availability zone, project, host (for CDH products only), master host IP, etc.
///
/// 描述了实例的抽象位置，包括其所在的可用区，所属的项目，宿主机（仅专用宿主机产品可用），母机IP，专有预扣资源等
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    /// ID of the availability zone where the instance resides. You can call the [DescribeZones](https://intl.cloud.tencent.com/document/product/213/35071) API and obtain the ID in the returned `Zone` field.
    ///
    /// 实例所属的可用区名称。该参数可以通过调用  [DescribeZones](https://cloud.tencent.com/document/product/213/15707) 的返回值中的Zone字段来获取。
    pub zone: Option<String>,
    /// Instance'S project ID. obtain this parameter by calling the `ProjectId` field in the return value of [DescribeProjects](https://www.tencentcloud.com/document/product/651/54679). default value 0 means default project.
    ///
    /// 实例所属项目ID。该参数可以通过调用 [DescribeProject](https://cloud.tencent.com/document/api/651/78725) 的返回值中的 `ProjectId` 字段来获取。默认取值0，表示默认项目。
    pub project_id: Option<i64>,
    /// Specifies the dedicated host ID list for instance ownership, only used for input parameters. if you purchase a dedicated host and specify this parameter, instances you purchase will be randomly deployed on these dedicated hosts. obtain this parameter by calling the `HostId` field in the return value of [DescribeHosts](https://www.tencentcloud.com/document/product/213/33279?lang=en).
    ///
    /// 实例所属的专用宿主机ID列表，仅用于入参。如果您有购买专用宿主机并且指定了该参数，则您购买的实例就会随机的部署在这些专用宿主机上。该参数可以通过调用 [DescribeHosts](https://cloud.tencent.com/document/api/213/16474) 的返回值中的 `HostId` 字段来获取。
    pub host_ids: Option<Vec<String>>,
    /// The ID of the CDH to which the instance belongs, only used as an output parameter.
    ///
    /// 实例所属的专用宿主机ID，仅用于出参。
    pub host_id: Option<String>,
    /// 专有资源预扣策略。取值范围：
    ///
    /// - ResourcePool：使用实例资源池进行资源预扣
    pub dedicated_resource_pack_tenancy: Option<String>,
    /// 专有预扣资源ID列表。形如：rpp-7eumgm3l。通过指定专有预扣资源创建实例时，必须同时指定匹配的DedicatedResourcePackTenancy。
    pub dedicated_resource_pack_ids: Option<Vec<String>>,
    /// 实例所属的实例资源池机架ID，仅用于出参。
    pub rack_id: Option<String>,
}

impl serde::Serialize for Placement {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Placement",
            usize::from(self.zone.is_some()) + usize::from(self.project_id.is_some())
                + usize::from(self.host_ids.is_some())
                + usize::from(self.host_id.is_some())
                + usize::from(self.dedicated_resource_pack_tenancy.is_some())
                + usize::from(self.dedicated_resource_pack_ids.is_some())
                + usize::from(self.rack_id.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("ProjectId", &self.project_id)?;
        s.optional("HostIds", &self.host_ids)?;
        s.optional("HostId", &self.host_id)?;
        s.optional(
            "DedicatedResourcePackTenancy",
            &self.dedicated_resource_pack_tenancy,
        )?;
        s.optional("DedicatedResourcePackIds", &self.dedicated_resource_pack_ids)?;
        s.optional("RackId", &self.rack_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Placement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Placement {
    const NAME: &'static str = "Placement";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "ProjectId",
        "HostIds",
        "HostId",
        "DedicatedResourcePackTenancy",
        "DedicatedResourcePackIds",
        "RackId",
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
            zone: r.or_default(f0),
            project_id: r.or_default(f1),
            host_ids: r.or_default(f2),
            host_id: r.or_default(f3),
            dedicated_resource_pack_tenancy: r.or_default(f4),
            dedicated_resource_pack_ids: r.or_default(f5),
            rack_id: r.or_default(f6),
        })
    }
}

/// 后付费实例配额
#[derive(Debug, Clone, PartialEq)]
pub struct PostPaidQuota {
    /// 累计已使用配额
    pub used_quota: Option<u64>,
    /// 剩余配额
    pub remaining_quota: Option<u64>,
    /// 总配额
    pub total_quota: Option<u64>,
    /// 可用区
    pub zone: Option<String>,
}

impl serde::Serialize for PostPaidQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PostPaidQuota",
            usize::from(self.used_quota.is_some())
                + usize::from(self.remaining_quota.is_some())
                + usize::from(self.total_quota.is_some())
                + usize::from(self.zone.is_some()),
        )?;
        s.optional("UsedQuota", &self.used_quota)?;
        s.optional("RemainingQuota", &self.remaining_quota)?;
        s.optional("TotalQuota", &self.total_quota)?;
        s.optional("Zone", &self.zone)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PostPaidQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PostPaidQuota {
    const NAME: &'static str = "PostPaidQuota";
    const FIELDS: &'static [&'static str] = &[
        "UsedQuota",
        "RemainingQuota",
        "TotalQuota",
        "Zone",
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
            used_quota: r.or_default(f0),
            remaining_quota: r.or_default(f1),
            total_quota: r.or_default(f2),
            zone: r.or_default(f3),
        })
    }
}

/// 预付费实例配额
#[derive(Debug, Clone, PartialEq)]
pub struct PrePaidQuota {
    /// 当月已使用配额
    pub used_quota: Option<u64>,
    /// 单次购买最大数量
    pub once_quota: Option<u64>,
    /// 剩余配额
    pub remaining_quota: Option<u64>,
    /// 总配额
    pub total_quota: Option<u64>,
    /// 可用区
    pub zone: Option<String>,
}

impl serde::Serialize for PrePaidQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "PrePaidQuota",
            usize::from(self.used_quota.is_some())
                + usize::from(self.once_quota.is_some())
                + usize::from(self.remaining_quota.is_some())
                + usize::from(self.total_quota.is_some())
                + usize::from(self.zone.is_some()),
        )?;
        s.optional("UsedQuota", &self.used_quota)?;
        s.optional("OnceQuota", &self.once_quota)?;
        s.optional("RemainingQuota", &self.remaining_quota)?;
        s.optional("TotalQuota", &self.total_quota)?;
        s.optional("Zone", &self.zone)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for PrePaidQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for PrePaidQuota {
    const NAME: &'static str = "PrePaidQuota";
    const FIELDS: &'static [&'static str] = &[
        "UsedQuota",
        "OnceQuota",
        "RemainingQuota",
        "TotalQuota",
        "Zone",
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
            used_quota: r.or_default(f0),
            once_quota: r.or_default(f1),
            remaining_quota: r.or_default(f2),
            total_quota: r.or_default(f3),
            zone: r.or_default(f4),
        })
    }
}

/// Price.
///
/// 价格
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// Instance price.
    ///
    /// 描述了实例价格。
    pub instance_price: Option<ItemPrice>,
    /// Network price.
    ///
    /// 描述了网络价格。
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

/// Region information.
///
/// 地域信息
#[derive(Debug, Clone, PartialEq)]
pub struct RegionInfo {
    /// Region name, such as `ap-guangzhou`
    ///
    /// 地域名称，例如，ap-guangzhou
    pub region: Option<String>,
    /// Region description, such as South China (Guangzhou)
    ///
    /// 地域描述，例如，华南地区(广州)
    pub region_name: Option<String>,
    /// Whether the region is available
    ///
    /// 地域是否可用状态
    pub region_state: Option<String>,
}

impl serde::Serialize for RegionInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RegionInfo",
            usize::from(self.region.is_some()) + usize::from(self.region_name.is_some())
                + usize::from(self.region_state.is_some()),
        )?;
        s.optional("Region", &self.region)?;
        s.optional("RegionName", &self.region_name)?;
        s.optional("RegionState", &self.region_state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RegionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RegionInfo {
    const NAME: &'static str = "RegionInfo";
    const FIELDS: &'static [&'static str] = &["Region", "RegionName", "RegionState"];
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
            region: r.or_default(f0),
            region_name: r.or_default(f1),
            region_state: r.or_default(f2),
        })
    }
}

/// 描述维修任务的相关信息
#[derive(Debug, Clone, PartialEq)]
pub struct RepairTaskInfo {
    /// 维修任务ID
    pub task_id: Option<String>,
    /// 实例ID
    pub instance_id: Option<String>,
    /// 实例名称
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub alias: Option<String>,
    /// 任务类型ID，与任务类型中文名的对应关系如下：
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
    pub task_type_id: Option<u64>,
    /// 任务类型中文名
    pub task_type_name: Option<String>,
    /// 任务状态ID，与任务状态中文名的对应关系如下：
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
    pub task_status: Option<u64>,
    /// 设备状态ID，与设备状态中文名的对应关系如下：
    ///
    /// - `1`：故障中
    ///
    /// - `2`：处理中
    ///
    /// - `3`：正常
    ///
    /// - `4`：已预约
    ///
    /// - `5`：已取消
    ///
    /// - `6`：已避免
    pub device_status: Option<u64>,
    /// 操作状态ID，与操作状态中文名的对应关系如下：
    ///
    /// - `1`：未授权
    ///
    /// - `2`：已授权
    ///
    /// - `3`：已处理
    ///
    /// - `4`：已预约
    ///
    /// - `5`：已取消
    ///
    /// - `6`：已避免
    pub operate_status: Option<u64>,
    /// 任务创建时间
    pub create_time: Option<String>,
    /// 任务授权时间
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub auth_time: Option<String>,
    /// 任务结束时间
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub end_time: Option<String>,
    /// 任务详情
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub task_detail: Option<String>,
    /// 可用区
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub zone: Option<String>,
    /// 地域
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub region: Option<String>,
    /// 所在私有网络ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub vpc_id: Option<String>,
    /// 所在私有网络名称
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub vpc_name: Option<String>,
    /// 所在子网ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub subnet_id: Option<String>,
    /// 所在子网名称
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub subnet_name: Option<String>,
    /// 实例公网IP
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub wan_ip: Option<String>,
    /// 实例内网IP
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub lan_ip: Option<String>,
    /// 产品类型，支持取值：
    ///
    /// - `CVM`：云服务器
    ///
    /// - `CDH`：专用宿主机
    ///
    /// - `CPM2.0`：裸金属云服务器
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub product: Option<String>,
    /// 任务子类型
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub task_sub_type: Option<String>,
    /// 任务授权类型，当前`AuthType`和维修任务提供的授权选项的对应关系如下：
    ///
    /// - `"1"`：仅提供【在线迁移授权】
    ///
    /// - `"2"`：仅提供【停机授权】
    ///
    /// - `"3"`：仅提供【在线换盘授权】
    ///
    /// - `"4"`：提供【停机换盘授权】（默认）、【弃盘迁移授权】（可选）
    ///
    /// - `"5"`：提供【停机授权】（默认）、【弃盘迁移授权】（可选）
    ///
    /// - `"6"`：仅提供【在线维护授权】
    ///
    /// - `"7"`：提供【在线维护授权】（默认）、【停机授权】（可选）
    ///
    /// - `"8"`：仅提供【弃盘迁移授权】
    pub auth_type: Option<u64>,
    /// 授权渠道，支持取值：
    ///
    /// - `Waiting_auth`：待授权
    ///
    /// - `Customer_auth`：客户操作授权
    ///
    /// - `System_mandatory_auth`：系统默认授权
    ///
    /// - `Pre_policy_auth`：预置策略授权
    pub auth_source: Option<String>,
}

impl serde::Serialize for RepairTaskInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RepairTaskInfo",
            usize::from(self.task_id.is_some()) + usize::from(self.instance_id.is_some())
                + usize::from(self.alias.is_some())
                + usize::from(self.task_type_id.is_some())
                + usize::from(self.task_type_name.is_some())
                + usize::from(self.task_status.is_some())
                + usize::from(self.device_status.is_some())
                + usize::from(self.operate_status.is_some())
                + usize::from(self.create_time.is_some())
                + usize::from(self.auth_time.is_some())
                + usize::from(self.end_time.is_some())
                + usize::from(self.task_detail.is_some())
                + usize::from(self.zone.is_some()) + usize::from(self.region.is_some())
                + usize::from(self.vpc_id.is_some())
                + usize::from(self.vpc_name.is_some())
                + usize::from(self.subnet_id.is_some())
                + usize::from(self.subnet_name.is_some())
                + usize::from(self.wan_ip.is_some()) + usize::from(self.lan_ip.is_some())
                + usize::from(self.product.is_some())
                + usize::from(self.task_sub_type.is_some())
                + usize::from(self.auth_type.is_some())
                + usize::from(self.auth_source.is_some()),
        )?;
        s.optional("TaskId", &self.task_id)?;
        s.optional("InstanceId", &self.instance_id)?;
        s.optional("Alias", &self.alias)?;
        s.optional("TaskTypeId", &self.task_type_id)?;
        s.optional("TaskTypeName", &self.task_type_name)?;
        s.optional("TaskStatus", &self.task_status)?;
        s.optional("DeviceStatus", &self.device_status)?;
        s.optional("OperateStatus", &self.operate_status)?;
        s.optional("CreateTime", &self.create_time)?;
        s.optional("AuthTime", &self.auth_time)?;
        s.optional("EndTime", &self.end_time)?;
        s.optional("TaskDetail", &self.task_detail)?;
        s.optional("Zone", &self.zone)?;
        s.optional("Region", &self.region)?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("VpcName", &self.vpc_name)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("SubnetName", &self.subnet_name)?;
        s.optional("WanIp", &self.wan_ip)?;
        s.optional("LanIp", &self.lan_ip)?;
        s.optional("Product", &self.product)?;
        s.optional("TaskSubType", &self.task_sub_type)?;
        s.optional("AuthType", &self.auth_type)?;
        s.optional("AuthSource", &self.auth_source)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RepairTaskInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RepairTaskInfo {
    const NAME: &'static str = "RepairTaskInfo";
    const FIELDS: &'static [&'static str] = &[
        "TaskId",
        "InstanceId",
        "Alias",
        "TaskTypeId",
        "TaskTypeName",
        "TaskStatus",
        "DeviceStatus",
        "OperateStatus",
        "CreateTime",
        "AuthTime",
        "EndTime",
        "TaskDetail",
        "Zone",
        "Region",
        "VpcId",
        "VpcName",
        "SubnetId",
        "SubnetName",
        "WanIp",
        "LanIp",
        "Product",
        "TaskSubType",
        "AuthType",
        "AuthSource",
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
            task_id: r.or_default(f0),
            instance_id: r.or_default(f1),
            alias: r.or_default(f2),
            task_type_id: r.or_default(f3),
            task_type_name: r.or_default(f4),
            task_status: r.or_default(f5),
            device_status: r.or_default(f6),
            operate_status: r.or_default(f7),
            create_time: r.or_default(f8),
            auth_time: r.or_default(f9),
            end_time: r.or_default(f10),
            task_detail: r.or_default(f11),
            zone: r.or_default(f12),
            region: r.or_default(f13),
            vpc_id: r.or_default(f14),
            vpc_name: r.or_default(f15),
            subnet_id: r.or_default(f16),
            subnet_name: r.or_default(f17),
            wan_ip: r.or_default(f18),
            lan_ip: r.or_default(f19),
            product: r.or_default(f20),
            task_sub_type: r.or_default(f21),
            auth_type: r.or_default(f22),
            auth_source: r.or_default(f23),
        })
    }
}

/// 实例资源池容量
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceCount {
    /// vCPU核数。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cpu: Option<u64>,
    /// 内存大小，单位：GB。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub memory: Option<u64>,
    /// GPU数量。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub gpu: Option<u64>,
    /// 本地盘大小，单位：GB。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub disk: Option<u64>,
}

impl serde::Serialize for ResourceCount {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourceCount",
            usize::from(self.cpu.is_some()) + usize::from(self.memory.is_some())
                + usize::from(self.gpu.is_some()) + usize::from(self.disk.is_some()),
        )?;
        s.optional("Cpu", &self.cpu)?;
        s.optional("Memory", &self.memory)?;
        s.optional("Gpu", &self.gpu)?;
        s.optional("Disk", &self.disk)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourceCount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourceCount {
    const NAME: &'static str = "ResourceCount";
    const FIELDS: &'static [&'static str] = &["Cpu", "Memory", "Gpu", "Disk"];
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
            cpu: r.or_default(f0),
            memory: r.or_default(f1),
            gpu: r.or_default(f2),
            disk: r.or_default(f3),
        })
    }
}

/// 实例资源池
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePoolPack {
    /// 实例资源池ID。形如：rpp-rn99mzt2。
    pub dedicated_resource_pack_id: Option<String>,
    /// 实例资源池的名称。
    pub dedicated_resource_pack_name: Option<String>,
    /// 实例资源池预扣包所在可用区。形如：ap-guangzhou-6。
    ///
    /// 返回项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)
    pub zone: Option<String>,
    /// 实例资源池预扣包的规格，仅支持半整机/整机规格。形如：SA9.96XLARGE1152（SA9半整机）。
    pub instance_type: Option<String>,
    /// 实例资源池预扣包的实例类型。形如：SA9。
    pub instance_family: Option<String>,
    /// 实例资源池类型。
    ///
    /// 返回项：EXCLUSIVE (独享) | SHARED (共享)。
    pub resource_pool_pack_type: Option<String>,
    /// 实例资源池状态。
    ///
    /// 返回项：CREATING (创建中) | ACTIVE (运行中) | FAILED (创建失败) | RETIRED (已过期)。
    pub status: Option<String>,
    /// 实例资源池总容量。
    pub total_capacity: Option<ResourceCount>,
    /// 实例资源池剩余容量。
    pub available_capacity: Option<ResourceCount>,
    /// 底层物理机IP（已加密）。
    pub host_ip: Option<String>,
    /// 机架ID（已加密）。
    pub rack_id: Option<String>,
    /// 交换机ID（已加密）。
    pub switch_id: Option<String>,
    /// 自动放置开关状态。开启则在不指定实例资源池创建实例时，系统会在开启了该能力的实例资源池里寻找合适的池子创建实例。关闭则在不指定实例资源池创建实例时，系统不会在该池子里创建实例，只有在指定实例资源池创建实例时，指定了该池子的ID，才允许在池子内创建实例。
    pub auto_placement: Option<bool>,
    /// 自动续费标识。
    ///
    /// 返回项：NOTIFY_AND_AUTO_RENEW (通知且自动续费) | NOTIFY_AND_MANUAL_RENEW (通知不自动续费) | DISABLE_NOTIFY_AND_MANUAL_RENEW (不通知不自动续费)。
    pub renew_flag: Option<String>,
    /// 实例资源池预扣包创建时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub start_time: Option<String>,
    /// 实例资源池到期时间。按照`ISO8601`标准表示，并且使用`UTC`时间。格式为：`YYYY-MM-DDThh:mm:ssZ`。
    pub end_time: Option<String>,
}

impl serde::Serialize for ResourcePoolPack {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourcePoolPack",
            usize::from(self.dedicated_resource_pack_id.is_some())
                + usize::from(self.dedicated_resource_pack_name.is_some())
                + usize::from(self.zone.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.instance_family.is_some())
                + usize::from(self.resource_pool_pack_type.is_some())
                + usize::from(self.status.is_some())
                + usize::from(self.total_capacity.is_some())
                + usize::from(self.available_capacity.is_some())
                + usize::from(self.host_ip.is_some())
                + usize::from(self.rack_id.is_some())
                + usize::from(self.switch_id.is_some())
                + usize::from(self.auto_placement.is_some())
                + usize::from(self.renew_flag.is_some())
                + usize::from(self.start_time.is_some())
                + usize::from(self.end_time.is_some()),
        )?;
        s.optional("DedicatedResourcePackId", &self.dedicated_resource_pack_id)?;
        s.optional("DedicatedResourcePackName", &self.dedicated_resource_pack_name)?;
        s.optional("Zone", &self.zone)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.optional("ResourcePoolPackType", &self.resource_pool_pack_type)?;
        s.optional("Status", &self.status)?;
        s.optional("TotalCapacity", &self.total_capacity)?;
        s.optional("AvailableCapacity", &self.available_capacity)?;
        s.optional("HostIp", &self.host_ip)?;
        s.optional("RackId", &self.rack_id)?;
        s.optional("SwitchId", &self.switch_id)?;
        s.optional("AutoPlacement", &self.auto_placement)?;
        s.optional("RenewFlag", &self.renew_flag)?;
        s.optional("StartTime", &self.start_time)?;
        s.optional("EndTime", &self.end_time)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourcePoolPack {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourcePoolPack {
    const NAME: &'static str = "ResourcePoolPack";
    const FIELDS: &'static [&'static str] = &[
        "DedicatedResourcePackId",
        "DedicatedResourcePackName",
        "Zone",
        "InstanceType",
        "InstanceFamily",
        "ResourcePoolPackType",
        "Status",
        "TotalCapacity",
        "AvailableCapacity",
        "HostIp",
        "RackId",
        "SwitchId",
        "AutoPlacement",
        "RenewFlag",
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
                7 => r.plain(&mut f7),
                8 => r.plain(&mut f8),
                9 => r.tolerant(&mut f9),
                10 => r.tolerant(&mut f10),
                11 => r.tolerant(&mut f11),
                12 => r.tolerant(&mut f12),
                13 => r.tolerant(&mut f13),
                14 => r.tolerant(&mut f14),
                15 => r.tolerant(&mut f15),
                _ => r.skip(),
            }
        }
        r.finish()?;
        ::core::result::Result::Ok(Self {
            dedicated_resource_pack_id: r.or_default(f0),
            dedicated_resource_pack_name: r.or_default(f1),
            zone: r.or_default(f2),
            instance_type: r.or_default(f3),
            instance_family: r.or_default(f4),
            resource_pool_pack_type: r.or_default(f5),
            status: r.or_default(f6),
            total_capacity: r.or_default(f7),
            available_capacity: r.or_default(f8),
            host_ip: r.or_default(f9),
            rack_id: r.or_default(f10),
            switch_id: r.or_default(f11),
            auto_placement: r.or_default(f12),
            renew_flag: r.or_default(f13),
            start_time: r.or_default(f14),
            end_time: r.or_default(f15),
        })
    }
}

/// 描述实例资源池内已创建实例的信息
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePoolPackInstance {
    /// 实例资源池ID。形如：rpp-fb7bzcyt。
    pub dedicated_resource_pack_id: Option<String>,
    /// 实例资源池内的实例ID列表。形如：\["ins-5u8lxsum"\]。
    pub instance_id_set: Option<Vec<String>>,
    /// 实例族。形如：SA9。
    pub instance_family: Option<String>,
    /// 实例规格。形如：SA9.96XLARGE1152。
    pub instance_type: Option<String>,
    /// 可用区。形如：ap-guangzhou-6。
    pub zone: Option<String>,
}

impl serde::Serialize for ResourcePoolPackInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ResourcePoolPackInstance",
            usize::from(self.dedicated_resource_pack_id.is_some())
                + usize::from(self.instance_id_set.is_some())
                + usize::from(self.instance_family.is_some())
                + usize::from(self.instance_type.is_some())
                + usize::from(self.zone.is_some()),
        )?;
        s.optional("DedicatedResourcePackId", &self.dedicated_resource_pack_id)?;
        s.optional("InstanceIdSet", &self.instance_id_set)?;
        s.optional("InstanceFamily", &self.instance_family)?;
        s.optional("InstanceType", &self.instance_type)?;
        s.optional("Zone", &self.zone)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResourcePoolPackInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ResourcePoolPackInstance {
    const NAME: &'static str = "ResourcePoolPackInstance";
    const FIELDS: &'static [&'static str] = &[
        "DedicatedResourcePackId",
        "InstanceIdSet",
        "InstanceFamily",
        "InstanceType",
        "Zone",
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
            dedicated_resource_pack_id: r.or_default(f0),
            instance_id_set: r.or_default(f1),
            instance_family: r.or_default(f2),
            instance_type: r.or_default(f3),
            zone: r.or_default(f4),
        })
    }
}

/// Describes the TAT service information.
///
/// 描述了 “云自动化助手” 服务相关的信息
#[derive(Debug, Clone, PartialEq)]
pub struct RunAutomationServiceEnabled {
    /// Whether to enable the TAT service. Valid values:
    ///
    /// - `TRUE`: yes;
    ///
    /// - `FALSE`: no
    ///
    /// Default: `FALSE`.
    ///
    /// 是否开启云自动化助手。取值范围：
    ///
    /// - true：表示开启云自动化助手服务
    ///
    /// - false：表示不开启云自动化助手服务
    ///
    /// 默认取值：false。
    pub enabled: Option<bool>,
}

impl serde::Serialize for RunAutomationServiceEnabled {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RunAutomationServiceEnabled",
            usize::from(self.enabled.is_some()),
        )?;
        s.optional("Enabled", &self.enabled)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RunAutomationServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RunAutomationServiceEnabled {
    const NAME: &'static str = "RunAutomationServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled"];
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
        ::core::result::Result::Ok(Self { enabled: r.or_default(f0) })
    }
}

/// Describes information related to the Cloud Monitor service.
///
/// 描述了 “云监控” 服务相关的信息
#[derive(Debug, Clone, PartialEq)]
pub struct RunMonitorServiceEnabled {
    /// Whether to enable the cloud monitor service. value ranges from:
    ///
    /// - true: indicates enabling the cloud monitor service
    ///
    /// - false: indicates disabling the cloud monitor service
    ///
    /// default value: true.
    ///
    /// 是否开启[云监控](https://cloud.tencent.com/document/product/248)服务。取值范围：
    ///
    /// - true：表示开启云监控服务
    ///
    /// - false：表示不开启云监控服务
    ///
    /// 默认取值：true。
    pub enabled: Option<bool>,
}

impl serde::Serialize for RunMonitorServiceEnabled {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RunMonitorServiceEnabled",
            usize::from(self.enabled.is_some()),
        )?;
        s.optional("Enabled", &self.enabled)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RunMonitorServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RunMonitorServiceEnabled {
    const NAME: &'static str = "RunMonitorServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled"];
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
        ::core::result::Result::Ok(Self { enabled: r.or_default(f0) })
    }
}

/// Describes information related to the Cloud Security service.
///
/// 描述了 “云安全” 服务相关的信息
#[derive(Debug, Clone, PartialEq)]
pub struct RunSecurityServiceEnabled {
    /// Whether to enable [Cloud Security](https://intl.cloud.tencent.com/document/product/296?from_cn_redirect=1). Valid values:
    ///
    /// - TRUE: enable Cloud Security
    ///
    /// - FALSE: do not enable Cloud Security
    ///
    /// Default value: TRUE.
    ///
    /// 是否开启[云安全](https://cloud.tencent.com/document/product/296)服务。取值范围：
    ///
    /// - true：表示开启云安全服务
    ///
    /// - false：表示不开启云安全服务
    ///
    /// 默认取值：true。
    pub enabled: Option<bool>,
}

impl serde::Serialize for RunSecurityServiceEnabled {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "RunSecurityServiceEnabled",
            usize::from(self.enabled.is_some()),
        )?;
        s.optional("Enabled", &self.enabled)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for RunSecurityServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for RunSecurityServiceEnabled {
    const NAME: &'static str = "RunSecurityServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled"];
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
        ::core::result::Result::Ok(Self { enabled: r.or_default(f0) })
    }
}

/// Describes image sharing information.
///
/// 镜像分享信息结构
#[derive(Debug, Clone, PartialEq)]
pub struct SharePermission {
    /// Time when an image was shared.
    ///
    /// 镜像分享时间。
    ///
    /// 按照 ISO8601 标准表示，并且使用 UTC 时间，格式为：YYYY-MM-DDThh:mm:ssZ。
    pub created_time: Option<String>,
    /// ID of the account with which the image is shared.
    ///
    /// 镜像分享的账户ID
    pub account_id: Option<String>,
}

impl serde::Serialize for SharePermission {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SharePermission",
            usize::from(self.created_time.is_some())
                + usize::from(self.account_id.is_some()),
        )?;
        s.optional("CreatedTime", &self.created_time)?;
        s.optional("AccountId", &self.account_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SharePermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SharePermission {
    const NAME: &'static str = "SharePermission";
    const FIELDS: &'static [&'static str] = &["CreatedTime", "AccountId"];
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
            created_time: r.or_default(f0),
            account_id: r.or_default(f1),
        })
    }
}

/// Describes information on the snapshot associated with an image.
///
/// 描述镜像关联的快照信息
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Snapshot ID.
    ///
    /// 快照Id。
    pub snapshot_id: Option<String>,
    /// Type of the cloud disk used to create the snapshot. Valid values:
    ///
    /// SYSTEM_DISK: system disk
    ///
    /// DATA_DISK: data disk
    ///
    /// 创建此快照的云硬盘类型。取值范围：
    ///
    /// SYSTEM_DISK：系统盘
    ///
    /// DATA_DISK：数据盘。
    pub disk_usage: Option<String>,
    /// Size of the cloud disk used to create the snapshot; unit: GB.
    ///
    /// 创建此快照的云硬盘大小，单位 GiB。
    pub disk_size: Option<i64>,
}

impl serde::Serialize for Snapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "Snapshot",
            usize::from(self.snapshot_id.is_some())
                + usize::from(self.disk_usage.is_some())
                + usize::from(self.disk_size.is_some()),
        )?;
        s.optional("SnapshotId", &self.snapshot_id)?;
        s.optional("DiskUsage", &self.disk_usage)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for Snapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for Snapshot {
    const NAME: &'static str = "Snapshot";
    const FIELDS: &'static [&'static str] = &["SnapshotId", "DiskUsage", "DiskSize"];
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
            snapshot_id: r.or_default(f0),
            disk_usage: r.or_default(f1),
            disk_size: r.or_default(f2),
        })
    }
}

/// Options related to bidding.
///
/// 竞价相关选项
#[derive(Debug, Clone, PartialEq)]
pub struct SpotMarketOptions {
    /// Bid price.
    ///
    /// 竞价出价
    pub max_price: Option<String>,
    /// Bid request type. valid values: one-time. currently, only the one-time type is supported.
    ///
    /// 竞价请求类型，当前仅支持类型：one-time
    pub spot_instance_type: Option<String>,
}

impl serde::Serialize for SpotMarketOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SpotMarketOptions",
            usize::from(self.max_price.is_some())
                + usize::from(self.spot_instance_type.is_some()),
        )?;
        s.optional("MaxPrice", &self.max_price)?;
        s.optional("SpotInstanceType", &self.spot_instance_type)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SpotMarketOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SpotMarketOptions {
    const NAME: &'static str = "SpotMarketOptions";
    const FIELDS: &'static [&'static str] = &["MaxPrice", "SpotInstanceType"];
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
            max_price: r.or_default(f0),
            spot_instance_type: r.or_default(f1),
        })
    }
}

/// 竞价实例配额
#[derive(Debug, Clone, PartialEq)]
pub struct SpotPaidQuota {
    /// 已使用配额，单位：vCPU核心数
    pub used_quota: Option<u64>,
    /// 剩余配额，单位：vCPU核心数
    pub remaining_quota: Option<u64>,
    /// 总配额，单位：vCPU核心数
    pub total_quota: Option<u64>,
    /// 可用区
    pub zone: Option<String>,
}

impl serde::Serialize for SpotPaidQuota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SpotPaidQuota",
            usize::from(self.used_quota.is_some())
                + usize::from(self.remaining_quota.is_some())
                + usize::from(self.total_quota.is_some())
                + usize::from(self.zone.is_some()),
        )?;
        s.optional("UsedQuota", &self.used_quota)?;
        s.optional("RemainingQuota", &self.remaining_quota)?;
        s.optional("TotalQuota", &self.total_quota)?;
        s.optional("Zone", &self.zone)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SpotPaidQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SpotPaidQuota {
    const NAME: &'static str = "SpotPaidQuota";
    const FIELDS: &'static [&'static str] = &[
        "UsedQuota",
        "RemainingQuota",
        "TotalQuota",
        "Zone",
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
            used_quota: r.or_default(f0),
            remaining_quota: r.or_default(f1),
            total_quota: r.or_default(f2),
            zone: r.or_default(f3),
        })
    }
}

/// Information on local HDD storage.
///
/// HDD的本地存储信息
#[derive(Debug, Clone, PartialEq)]
pub struct StorageBlock {
    /// HDD LOCAL storage type specifies the value: LOCAL_PRO.
    ///
    /// HDD本地存储类型，值为：LOCAL_PRO.
    pub r#type: Option<String>,
    /// Specifies the minimum HDD local storage capacity. measurement unit: GiB.
    ///
    /// HDD本地存储的最小容量。单位：GiB。
    pub min_size: Option<i64>,
    /// Specifies the maximum capacity of HDD local storage. measurement unit: GiB.
    ///
    /// HDD本地存储的最大容量。单位：GiB。
    pub max_size: Option<i64>,
}

impl serde::Serialize for StorageBlock {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "StorageBlock",
            usize::from(self.r#type.is_some()) + usize::from(self.min_size.is_some())
                + usize::from(self.max_size.is_some()),
        )?;
        s.optional("Type", &self.r#type)?;
        s.optional("MinSize", &self.min_size)?;
        s.optional("MaxSize", &self.max_size)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for StorageBlock {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for StorageBlock {
    const NAME: &'static str = "StorageBlock";
    const FIELDS: &'static [&'static str] = &["Type", "MinSize", "MaxSize"];
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
            r#type: r.or_default(f0),
            min_size: r.or_default(f1),
            max_size: r.or_default(f2),
        })
    }
}

/// Image sync information
///
/// 同步镜像信息
#[derive(Debug, Clone, PartialEq)]
pub struct SyncImage {
    /// Image ID
    ///
    /// 镜像ID
    pub image_id: Option<String>,
    /// Region
    ///
    /// 地域
    pub region: Option<String>,
}

impl serde::Serialize for SyncImage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SyncImage",
            usize::from(self.image_id.is_some()) + usize::from(self.region.is_some()),
        )?;
        s.optional("ImageId", &self.image_id)?;
        s.optional("Region", &self.region)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SyncImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SyncImage {
    const NAME: &'static str = "SyncImage";
    const FIELDS: &'static [&'static str] = &["ImageId", "Region"];
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
            image_id: r.or_default(f0),
            region: r.or_default(f1),
        })
    }
}

/// Describes information on the block device where the operating system is stored, i.e., the system disk.
///
/// 描述了操作系统所在块设备即系统盘的信息
#[derive(Debug, Clone, PartialEq)]
pub struct SystemDisk {
    /// Specifies the system disk type. for the restrictions on the system disk type, refer to [storage overview](https://www.tencentcloud.com/document/product/362/31636). value range:
    ///
    /// - LOCAL_BASIC: Local SATA disk
    ///
    /// - LOCAL_SSD: Local NVMe SSD
    ///
    /// - CLOUD_BASIC: Cloud SATA disk
    ///
    /// - CLOUD_SSD: Cloud SSD
    ///
    /// - CLOUD_PREMIUM: Premium SSD
    ///
    /// - CLOUD_BSSD: Balanced SSD
    ///
    /// - CLOUD_HSSD: Enhanced SSD
    ///
    /// - CLOUD_TSSD: Tremendous SSD
    ///
    /// Default value: Current disk types with inventory available.
    ///
    /// 系统盘类型。系统盘类型限制详见[存储概述](https://cloud.tencent.com/document/product/213/4952)。取值范围：
    ///
    /// - LOCAL_BASIC：本地硬盘
    ///
    /// - LOCAL_SSD：本地SSD硬盘
    ///
    /// - CLOUD_BASIC：普通云硬盘
    ///
    /// - CLOUD_SSD：SSD云硬盘
    ///
    /// - CLOUD_PREMIUM：高性能云硬盘
    ///
    /// - CLOUD_BSSD：通用型SSD云硬盘
    ///
    /// - CLOUD_HSSD：增强型SSD云硬盘
    ///
    /// - CLOUD_TSSD：极速型SSD云硬盘
    ///
    /// 默认取值：当前有库存的硬盘类型。
    pub disk_type: Option<String>,
    /// System disk ID.
    ///
    /// Currently, this parameter is only used for response parameters in query apis such as [DescribeInstances](https://www.tencentcloud.com/document/api/213/33258) and is not applicable to request parameters in write apis such as [RunInstances](https://www.tencentcloud.com/document/api/213/33237).
    ///
    /// 系统盘ID。
    ///
    /// 该参数目前仅用于 [DescribeInstances](https://cloud.tencent.com/document/product/213/15728) 等查询类接口的返回参数，不可用于 [RunInstances](https://cloud.tencent.com/document/product/213/15730) 等写接口的入参。
    pub disk_id: Option<String>,
    /// System disk size; unit: GiB; default value: 50 GiB.
    ///
    /// 系统盘大小，单位：GiB。默认值为 50
    pub disk_size: Option<i64>,
    /// Specifies the dedicated cluster ID belonging to.
    ///
    /// Note: This field may return null, indicating that no valid value is found.
    ///
    /// 所属的独享集群ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    pub cdc_id: Option<String>,
    /// Disk name, which specifies a length not exceeding 128 characters.
    ///
    /// 磁盘名称，长度不超过128 个字符。
    pub disk_name: Option<String>,
    /// 系统盘是否加密。取值范围：true：加密false：不加密默认取值：false该参数目前仅用于 RunInstances 接口。当前参数灰度中。
    pub encrypt: Option<bool>,
    /// 自定义CMK对应的ID，取值为UUID或者类似kms-abcd1234。用于加密云盘。该参数目前仅用于 RunInstances 接口。当前参数灰度中。
    pub kms_key_id: Option<String>,
}

impl serde::Serialize for SystemDisk {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "SystemDisk",
            usize::from(self.disk_type.is_some()) + usize::from(self.disk_id.is_some())
                + usize::from(self.disk_size.is_some())
                + usize::from(self.cdc_id.is_some())
                + usize::from(self.disk_name.is_some())
                + usize::from(self.encrypt.is_some())
                + usize::from(self.kms_key_id.is_some()),
        )?;
        s.optional("DiskType", &self.disk_type)?;
        s.optional("DiskId", &self.disk_id)?;
        s.optional("DiskSize", &self.disk_size)?;
        s.optional("CdcId", &self.cdc_id)?;
        s.optional("DiskName", &self.disk_name)?;
        s.optional("Encrypt", &self.encrypt)?;
        s.optional("KmsKeyId", &self.kms_key_id)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for SystemDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for SystemDisk {
    const NAME: &'static str = "SystemDisk";
    const FIELDS: &'static [&'static str] = &[
        "DiskType",
        "DiskId",
        "DiskSize",
        "CdcId",
        "DiskName",
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
            disk_type: r.or_default(f0),
            disk_id: r.or_default(f1),
            disk_size: r.or_default(f2),
            cdc_id: r.or_default(f3),
            disk_name: r.or_default(f4),
            encrypt: r.or_default(f5),
            kms_key_id: r.or_default(f6),
        })
    }
}

/// Key-value pair of a tag.
///
/// 标签键值对，可以通过调用 [DescribeTags](https://cloud.tencent.com/document/api/651/35316) 返回值中的 Tags 字段来获取。
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

/// Description of tags associated with resource instances during instance creation.
///
/// 创建资源实例时同时绑定的标签对说明
#[derive(Debug, Clone, PartialEq)]
pub struct TagSpecification {
    /// Specifies the resource type for Tag binding. valid values: "instance" (cloud virtual machine), "host" (cdh), "image" (mirror), "keypair" (key), "ps" (placement group), "hpc" (hyper computing cluster).
    ///
    /// 标签绑定的资源类型，云服务器为“instance”，专用宿主机为“host”，镜像为“image”，密钥为“keypair”，置放群组为“ps”，高性能计算集群为“hpc”。
    pub resource_type: Option<String>,
    /// Tag pair list
    ///
    /// 标签对列表
    pub tags: Option<Vec<Tag>>,
}

impl serde::Serialize for TagSpecification {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TagSpecification",
            usize::from(self.resource_type.is_some()) + usize::from(self.tags.is_some()),
        )?;
        s.optional("ResourceType", &self.resource_type)?;
        s.optional("Tags", &self.tags)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TagSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TagSpecification {
    const NAME: &'static str = "TagSpecification";
    const FIELDS: &'static [&'static str] = &["ResourceType", "Tags"];
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
            resource_type: r.or_default(f0),
            tags: r.or_default(f1),
        })
    }
}

/// Information about the target operating system for operating system switching.
///
/// 操作系统转换的目标操作系统信息
#[derive(Debug, Clone, PartialEq)]
pub struct TargetOS {
    /// Target operating system type.
    ///
    /// 目标操作系统类型
    pub target_os_type: Option<String>,
    /// Target operating system version.
    ///
    /// 目标操作系统版本
    pub target_os_version: Option<String>,
}

impl serde::Serialize for TargetOS {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "TargetOS",
            usize::from(self.target_os_type.is_some())
                + usize::from(self.target_os_version.is_some()),
        )?;
        s.optional("TargetOSType", &self.target_os_type)?;
        s.optional("TargetOSVersion", &self.target_os_version)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for TargetOS {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for TargetOS {
    const NAME: &'static str = "TargetOS";
    const FIELDS: &'static [&'static str] = &["TargetOSType", "TargetOSVersion"];
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
            target_os_type: r.or_default(f0),
            target_os_version: r.or_default(f1),
        })
    }
}

/// Describes information on VPC, including subnets, IP addresses, etc.
///
/// 描述了VPC相关信息，包括子网，IP信息等
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualPrivateCloud {
    /// vpc ID, such as `vpc-xxx`. Valid vpc ids can be queried by logging in to the [console](https://console.tencentcloud.com/vpc/vpc?rid=1) or by calling the API [DescribeVpcs](https://www.tencentcloud.com/document/product/215/15778) and obtaining the `VpcId` field from the API response. if both VpcId and SubnetId are input as `DEFAULT` when creating an instance, the DEFAULT vpc network will be forcibly used.
    ///
    /// 私有网络ID，形如`vpc-xxx`。有效的VpcId可通过登录[控制台](https://console.cloud.tencent.com/vpc/vpc?rid=1)查询；也可以调用接口 [DescribeVpcs](https://cloud.tencent.com/document/product/215/15778) ，从接口返回中的`VpcId`字段获取。若在创建子机时VpcId与SubnetId同时传入`DEFAULT`，则强制使用默认vpc网络。
    pub vpc_id: Option<String>,
    /// vpc subnet ID, in the form of `subnet-xxx`. valid vpc subnet ids can be queried by logging in to the [console](https://console.tencentcloud.com/vpc/subnet); or they can be obtained from the `SubnetId` field in the API response by calling the [DescribeSubnets](https://www.tencentcloud.com/document/product/215/15784) API . if SubnetId and VpcId are both input as `DEFAULT` when creating an instance, the DEFAULT vpc network will be forcibly used.
    ///
    /// 私有网络子网ID，形如`subnet-xxx`。有效的私有网络子网ID可通过登录[控制台](https://console.cloud.tencent.com/vpc/subnet?rid=1)查询；也可以调用接口  [DescribeSubnets](https://cloud.tencent.com/document/product/215/15784) ，从接口返回中的`SubnetId`字段获取。若在创建子机时SubnetId与VpcId同时传入`DEFAULT`，则强制使用默认vpc网络。
    pub subnet_id: Option<String>,
    /// Whether it is used as a public gateway. A public gateway can only be used normally when an instance has a public IP address and is in a VPC. Valid values:
    ///
    /// - true: It is used as a public gateway.
    ///
    /// - false: It is not used as a public gateway.
    ///
    /// Default value: false.
    ///
    /// 是否用作公网网关。公网网关只有在实例拥有公网IP以及处于私有网络下时才能正常使用。取值范围：
    ///
    /// - true：表示用作公网网关
    ///
    /// - false：表示不作为公网网关
    ///
    /// 默认取值：false。
    pub as_vpc_gateway: Option<bool>,
    /// Array of VPC subnet IPs. You can use this parameter when creating instances or modifying VPC attributes of instances. Currently you can specify multiple IPs in one subnet only when creating multiple instances at the same time.
    ///
    /// 私有网络子网 IP 数组，在创建实例、修改实例vpc属性操作中可使用此参数。当前仅批量创建多台实例时支持传入相同子网的多个 IP。
    pub private_ip_addresses: Option<Vec<String>>,
    /// Number of IPv6 addresses randomly generated for the ENI.
    ///
    /// If IPv6AddressType is specified under InternetAccessible, this parameter must not be set to 0.
    ///
    /// 为弹性网卡指定随机生成的 IPv6 地址数量。
    pub ipv6_address_count: Option<u64>,
}

impl serde::Serialize for VirtualPrivateCloud {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "VirtualPrivateCloud",
            usize::from(self.vpc_id.is_some()) + usize::from(self.subnet_id.is_some())
                + usize::from(self.as_vpc_gateway.is_some())
                + usize::from(self.private_ip_addresses.is_some())
                + usize::from(self.ipv6_address_count.is_some()),
        )?;
        s.optional("VpcId", &self.vpc_id)?;
        s.optional("SubnetId", &self.subnet_id)?;
        s.optional("AsVpcGateway", &self.as_vpc_gateway)?;
        s.optional("PrivateIpAddresses", &self.private_ip_addresses)?;
        s.optional("Ipv6AddressCount", &self.ipv6_address_count)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for VirtualPrivateCloud {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for VirtualPrivateCloud {
    const NAME: &'static str = "VirtualPrivateCloud";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "AsVpcGateway",
        "PrivateIpAddresses",
        "Ipv6AddressCount",
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
            as_vpc_gateway: r.or_default(f2),
            private_ip_addresses: r.or_default(f3),
            ipv6_address_count: r.or_default(f4),
        })
    }
}

/// Information on availability zones.
///
/// 可用区信息
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneInfo {
    /// Availability zone name, for example, ap-guangzhou-3.
    ///
    /// The names of availability zones across the network are as follows:
    ///
    /// -  ap-chongqing-1
    ///
    /// -  ap-seoul-1
    ///
    /// -  ap-seoul-2
    ///
    /// -  ap-chengdu-1
    ///
    /// -  ap-chengdu-2
    ///
    /// -  ap-hongkong-1 (sold out)
    ///
    /// -  ap-hongkong-2
    ///
    /// -  ap-hongkong-3
    ///
    /// -  ap-shenzhen-fsi-1
    ///
    /// -  ap-shenzhen-fsi-2
    ///
    /// -  ap-shenzhen-fsi-3 (sold out)
    ///
    /// -  ap-guangzhou-1 (sold out)
    ///
    /// -  ap-guangzhou-3
    ///
    /// -  ap-guangzhou-4
    ///
    /// -  ap-guangzhou-6
    ///
    /// -  ap-guangzhou-7
    ///
    /// -  ap-tokyo-1
    ///
    /// -  ap-tokyo-2
    ///
    /// -  ap-singapore-1
    ///
    /// -  ap-singapore-2
    ///
    /// -  ap-singapore-3
    ///
    /// - ap-singapore-4
    ///
    /// -  ap-shanghai-fsi-1
    ///
    /// -  ap-shanghai-fsi-2
    ///
    /// -  ap-shanghai-fsi-3
    ///
    /// -  ap-bangkok-1
    ///
    /// -  ap-bangkok-2
    ///
    /// -  ap-shanghai-2
    ///
    /// -  ap-shanghai-3
    ///
    /// -  ap-shanghai-4
    ///
    /// -  ap-shanghai-5
    ///
    /// -  ap-shanghai-8
    ///
    /// -  ap-mumbai-1
    ///
    /// -  ap-mumbai-2
    ///
    /// -  ap-beijing-1 (sold out)
    ///
    /// -  ap-beijing-3
    ///
    /// -  ap-beijing-4
    ///
    /// -  ap-beijing-5
    ///
    /// -  ap-beijing-6
    ///
    /// -  ap-beijing-7
    ///
    /// -  na-siliconvalley-1
    ///
    /// -  na-siliconvalley-2
    ///
    /// -  eu-frankfurt-1
    ///
    /// -  eu-frankfurt-2
    ///
    /// -  na-ashburn-1
    ///
    /// -  na-ashburn-2
    ///
    /// -  ap-nanjing-1
    ///
    /// -  ap-nanjing-2
    ///
    /// -  ap-nanjing-3
    ///
    /// -  sa-saopaulo-1
    ///
    /// -  ap-jakarta-1
    ///
    /// -  ap-jakarta-2
    ///
    /// 可用区名称，例如，ap-guangzhou-3
    ///
    /// 全网可用区名称如下：
    ///
    /// -  ap-chongqing-1
    ///
    /// -  ap-seoul-1
    ///
    /// -  ap-seoul-2
    ///
    /// -  ap-chengdu-1
    ///
    /// -  ap-chengdu-2
    ///
    /// -  ap-hongkong-1（售罄）
    ///
    /// -  ap-hongkong-2
    ///
    /// -  ap-hongkong-3
    ///
    /// -  ap-shenzhen-fsi-1
    ///
    /// -  ap-shenzhen-fsi-2
    ///
    /// -  ap-shenzhen-fsi-3（售罄）
    ///
    /// -  ap-guangzhou-1（售罄）
    ///
    /// -  ap-guangzhou-2（售罄）
    ///
    /// -  ap-guangzhou-3
    ///
    /// -  ap-guangzhou-4
    ///
    /// -  ap-guangzhou-6
    ///
    /// -  ap-guangzhou-7
    ///
    /// -  ap-tokyo-1
    ///
    /// -  ap-tokyo-2
    ///
    /// -  ap-singapore-1
    ///
    /// -  ap-singapore-2
    ///
    /// -  ap-singapore-3
    ///
    /// - ap-singapore-4
    ///
    /// -  ap-shanghai-fsi-1
    ///
    /// -  ap-shanghai-fsi-2
    ///
    /// -  ap-shanghai-fsi-3
    ///
    /// -  ap-bangkok-1
    ///
    /// -  ap-bangkok-2
    ///
    /// -  ap-shanghai-2
    ///
    /// -  ap-shanghai-3
    ///
    /// -  ap-shanghai-4
    ///
    /// -  ap-shanghai-5
    ///
    /// -  ap-shanghai-8
    ///
    /// -  ap-mumbai-1
    ///
    /// -  ap-mumbai-2
    ///
    /// -  ap-beijing-1（售罄）
    ///
    /// -  ap-beijing-3
    ///
    /// -  ap-beijing-4
    ///
    /// -  ap-beijing-5
    ///
    /// -  ap-beijing-6
    ///
    /// -  ap-beijing-7
    ///
    /// -  na-siliconvalley-1
    ///
    /// -  na-siliconvalley-2
    ///
    /// -  eu-frankfurt-1
    ///
    /// -  eu-frankfurt-2
    ///
    /// -  na-ashburn-1
    ///
    /// -  na-ashburn-2
    ///
    /// -  ap-nanjing-1
    ///
    /// -  ap-nanjing-2
    ///
    /// -  ap-nanjing-3
    ///
    /// -  sa-saopaulo-1
    ///
    /// -  ap-jakarta-1
    ///
    /// -  ap-jakarta-2
    pub zone: Option<String>,
    /// Availability zone description, such as Guangzhou Zone 3.
    ///
    /// 可用区描述，例如，广州三区
    pub zone_name: Option<String>,
    /// Availability zone ID.
    ///
    /// 可用区ID
    pub zone_id: Option<String>,
    /// Availability zone status. Valid values: `AVAILABLE`: available; `UNAVAILABLE`: unavailable.
    ///
    /// 可用区状态，包含AVAILABLE和UNAVAILABLE。AVAILABLE代表可用，UNAVAILABLE代表不可用。
    pub zone_state: Option<String>,
}

impl serde::Serialize for ZoneInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        let mut s = tencent_action::__private::lean::fields(
            serializer,
            "ZoneInfo",
            usize::from(self.zone.is_some()) + usize::from(self.zone_name.is_some())
                + usize::from(self.zone_id.is_some())
                + usize::from(self.zone_state.is_some()),
        )?;
        s.optional("Zone", &self.zone)?;
        s.optional("ZoneName", &self.zone_name)?;
        s.optional("ZoneId", &self.zone_id)?;
        s.optional("ZoneState", &self.zone_state)?;
        s.end()
    }
}

impl<'de> serde::Deserialize<'de> for ZoneInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        tencent_action::__private::lean::deserialize(deserializer)
    }
}

impl tencent_action::__private::lean::Struct for ZoneInfo {
    const NAME: &'static str = "ZoneInfo";
    const FIELDS: &'static [&'static str] = &["Zone", "ZoneName", "ZoneId", "ZoneState"];
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
            zone: r.or_default(f0),
            zone_name: r.or_default(f1),
            zone_id: r.or_default(f2),
            zone_state: r.or_default(f3),
        })
    }
}
