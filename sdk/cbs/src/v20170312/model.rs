//! The data structures the actions' requests and responses hold, each once; the module re-exports them.

/// 定期快照高级保留策略，四个参数都为必选参数
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdvancedRetentionPolicy {
    /// 保留最新快照Days天内的每天最新的一个快照，取值范围：\[0, 100\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub days: Option<u64>,
    /// 保留最新快照Weeks周内的每周最新的一个快照，取值范围：\[0, 100\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub weeks: Option<u64>,
    /// 保留最新快照Months月内的每月最新的一个快照， 取值范围：\[0, 100\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub months: Option<u64>,
    /// 保留最新快照Years年内的每年最新的一个快照，取值范围：\[0, 100\]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub years: Option<u64>,
}

/// 本参数用于快照组回滚接口的入参，表示回滚的云盘、快照列表。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApplyDisk {
    /// 快照组关联的快照ID。
    pub snapshot_id: String,
    /// 快照组关联快照对应的原云硬盘ID。
    pub disk_id: String,
}

/// 描述一个实例已挂载和可挂载数据盘的数量。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AttachDetail {
    /// 实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 实例已挂载数据盘的数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attached_disk_count: Option<u64>,
    /// 实例最大可挂载数据盘的数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub max_attach_count: Option<u64>,
}

/// 描述了新购云硬盘时自动将云硬盘初始化并挂载至云服务器内部的配置。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AutoMountConfiguration {
    /// 要挂载到的实例ID。
    pub instance_id: Vec<String>,
    /// 子机内的挂载点。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mount_point: Option<Vec<String>>,
    /// 文件系统类型，支持的有 ext4、xfs。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_system_type: Option<String>,
}

/// 描述了定期快照策略的详细信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AutoSnapshotPolicy {
    /// 已绑定当前定期快照策略的云盘ID列表。
    ///
    /// DescribeDiskAssociatedAutoSnapshotPolicy场景下该字段返回为空。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_id_set: Option<Vec<String>>,
    /// 定期快照策略是否激活。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_activated: Option<bool>,
    /// 定期快照策略的状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - ISOLATED：已隔离
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_state: Option<String>,
    /// 是否是跨账号复制快照, 1：是, 0: 不是
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_copy_to_remote: Option<u64>,
    /// 使用该定期快照策略创建出来的快照是否永久保留。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_permanent: Option<bool>,
    /// 定期快照下次触发的时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub next_trigger_time: Option<String>,
    /// 定期快照策略名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_name: Option<String>,
    /// 定期快照策略ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_id: Option<String>,
    /// 定期快照的执行策略。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Vec<Policy>>,
    /// 定期快照策略的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 使用该定期快照策略创建出来的快照保留天数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub retention_days: Option<u64>,
    /// 复制的目标账户ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub copy_to_account_uin: Option<String>,
    /// 已绑定当前定期快照策略的实例ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id_set: Option<Vec<String>>,
    /// 该定期快照创建的快照可以保留的月数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub retention_months: Option<u64>,
    /// 该定期快照创建的快照最大保留数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub retention_amount: Option<u64>,
    /// 定期快照高级保留策略。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advanced_retention_policy: Option<AdvancedRetentionPolicy>,
    /// 该复制快照策略的源端账户ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub copy_from_account_uin: Option<String>,
    /// 标签。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// 描述独享集群的详细信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Cdc {
    /// 独享集群围笼ID。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cage_id: Option<String>,
    /// 独享集群状态。取值范围：
    ///
    /// - NORMAL：正常；
    ///
    /// - CLOSED：关闭，此时将不可使用该独享集群创建新的云硬盘；
    ///
    /// - FAULT：独享集群状态异常，此时独享集群将不可操作，腾讯云运维团队将会及时修复该集群；
    ///
    /// - ISOLATED：因未及时续费导致独享集群被隔离，此时将不可使用该独享集群创建新的云硬盘，对应的云硬盘也将不可操作。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_state: Option<String>,
    /// 独享集群所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 独享集群实例名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_name: Option<String>,
    /// 独享集群的资源容量大小。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cdc_resource: Option<CdcSize>,
    /// 独享集群实例id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 独享集群类型。取值范围：
    ///
    /// - CLOUD_BASIC：表示普通云硬盘集群
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘集群
    ///
    /// - CLOUD_SSD：SSD表示SSD云硬盘集群。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_type: Option<String>,
    /// 独享集群到期时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub expired_time: Option<String>,
    /// 存储池创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 当前集群中已创建的云盘数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_number: Option<u64>,
}

/// 显示独享集群的大小
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CdcSize {
    /// 独享集群的总容量大小，单位GiB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_total: Option<u64>,
    /// 独享集群的可用容量大小，单位GiB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_available: Option<u64>,
}

/// CDC 独享集群云硬盘统计信息。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DedicatedClusterDiskStatistic {
    /// 硬盘介质类型。取值范围：
    ///
    /// \<li\>CLOUD_BASIC：表示普通云硬盘
    ///
    /// \<li\>CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// \<li\>CLOUD_SSD：表示SSD云硬盘
    ///
    /// \<li\>CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// \<li\>CLOUD_TSSD：表示极速型SSD云硬盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_type: Option<String>,
    /// 云硬盘总容量。
    ///
    /// 单位：GiB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub total_disk_size: Option<u64>,
    /// 已使用的云硬盘容量。
    ///
    /// 单位：GiB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub used_disk_size: Option<u64>,
    /// 可用的云硬盘容量。
    ///
    /// 单位：GiB
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub available_disk_size: Option<u64>,
}

/// 描述购买云硬盘时的费用明细。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DetailPrice {
    /// 后付费云硬盘的计价单元，取值范围：HOUR：表示后付费云硬盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_unit: Option<String>,
    /// 预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
    /// 高精度预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price_high: Option<String>,
    /// 预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
    /// 高精度预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price_high: Option<String>,
    /// 描述计费项目名称
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub price_name: Option<String>,
    /// 描述计费项目显示名称，用户控制台展示
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub price_title: Option<String>,
    /// 后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price: Option<f64>,
    /// 后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount: Option<f64>,
    /// 高精度后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount_high: Option<String>,
    /// 高精度后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_high: Option<String>,
}

/// 描述了云硬盘的详细信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Disk {
    /// 云盘是否与挂载的实例一起销毁。
    ///
    /// - true:销毁实例时会同时销毁云盘，只支持按小时后付费云盘。
    ///
    /// - false：销毁实例时不销毁云盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub delete_with_instance: Option<bool>,
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
    /// 硬盘介质类型。取值范围：
    ///
    /// - CLOUD_BASIC：表示普通云硬盘
    ///
    /// - CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// - CLOUD_BSSD：表示通用型SSD云硬盘
    ///
    /// - CLOUD_SSD：表示SSD云硬盘
    ///
    /// - CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// - CLOUD_TSSD：表示极速型SSD云硬盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_type: Option<String>,
    /// 云盘状态。取值范围：
    ///
    /// - UNATTACHED：未挂载
    ///
    /// - ATTACHING：挂载中
    ///
    /// - ATTACHED：已挂载
    ///
    /// - DETACHING：解挂中
    ///
    /// - EXPANDING：扩容中
    ///
    /// - ROLLBACKING：回滚中
    ///
    /// - TORECYCLE：待回收
    ///
    /// - DUMPING：拷贝硬盘中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_state: Option<String>,
    /// 云盘拥有的快照总数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_count: Option<i64>,
    /// 云盘已挂载到子机，且子机与云盘都是包年包月。
    ///
    /// - true：子机设置了自动续费标识，但云盘未设置
    ///
    /// - false：云盘自动续费标识正常。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_renew_flag_error: Option<bool>,
    /// 云盘是否处于快照回滚状态。取值范围：
    ///
    /// - false:表示不处于快照回滚状态
    ///
    /// - true:表示处于快照回滚状态。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub rollbacking: Option<bool>,
    /// 对于非共享型云盘，该参数为空数组。对于共享型云盘，则表示该云盘当前被挂载到的CVM实例InstanceId
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id_list: Option<Vec<String>>,
    /// 云盘是否为加密盘。取值范围：
    ///
    /// - false:表示非加密盘
    ///
    /// - true:表示加密盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt: Option<bool>,
    /// 云硬盘名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_name: Option<String>,
    /// 云硬盘因欠费销毁或者到期销毁时， 是否使用快照备份数据的标识。true表示销毁时创建快照进行数据备份。false表示直接销毁，不进行数据备份。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub backup_disk: Option<bool>,
    /// 与云盘绑定的标签，云盘未绑定标签则取值为空。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 云硬盘挂载的云主机ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 云盘的挂载类型。取值范围：
    ///
    /// - PF: PF挂载
    ///
    /// - VF: VF挂载
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attach_mode: Option<String>,
    /// 云盘关联的定期快照ID。只有在调用[DescribeDisks](https://cloud.tencent.com/document/product/362/16315)接口时，入参ReturnBindAutoSnapshotPolicy取值为TRUE才会返回该参数。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_ids: Option<Vec<String>>,
    /// 云硬盘额外性能值，单位MiB/s。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub throughput_performance: Option<u64>,
    /// 云盘是否处于类型变更中。取值范围：
    ///
    /// - false:表示云盘不处于类型变更中
    ///
    /// - true:表示云盘已发起类型变更，正处于迁移中。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub migrating: Option<bool>,
    /// 云硬盘ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_id: Option<String>,
    /// 云盘拥有的快照总容量，单位为MiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_size: Option<u64>,
    /// 云硬盘所在的位置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// 判断预付费的云盘是否支持主动退还。
    ///
    /// - true:支持主动退还
    ///
    /// - false:不支持主动退还。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_returnable: Option<bool>,
    /// 云硬盘的到期时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_time: Option<String>,
    /// 云盘是否挂载到云主机上。取值范围：
    ///
    /// - false:表示未挂载
    ///
    /// - true:表示已挂载。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub attached: Option<bool>,
    /// 云硬盘大小，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_size: Option<u64>,
    /// 云盘类型变更的迁移进度，取值0到100。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub migrate_percent: Option<u64>,
    /// 云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_usage: Option<String>,
    /// 付费模式。取值范围：
    ///
    /// - PREPAID：预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：后付费，即按量计费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_charge_type: Option<String>,
    /// 是否为弹性云盘，false表示非弹性云盘，true表示弹性云盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub portable: Option<bool>,
    /// 云盘是否具备创建快照的能力。取值范围：
    ///
    /// - false表示不具备
    ///
    /// - true表示具备。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_ability: Option<bool>,
    /// 在云盘已挂载到实例，且实例与云盘都是包年包月的条件下，此字段才有意义。
    ///
    /// - true:云盘到期时间早于实例。
    ///
    /// - false：云盘到期时间晚于实例。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_error: Option<bool>,
    /// 云盘快照回滚的进度。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub rollback_percent: Option<u64>,
    /// 当前时间距离云硬盘到期的天数（仅对预付费云硬盘有意义）
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub differ_days_of_deadline: Option<i64>,
    /// 预付费云盘在不支持主动退还的情况下，该参数表明不支持主动退还的具体原因。取值范围：
    ///
    /// - 1：云硬盘已经退还
    ///
    /// - 2：云硬盘已过期
    ///
    /// - 3：云盘不支持退还
    ///
    /// - 8：超过可退还数量的限制。
    ///
    /// - 10：非弹性云硬盘、系统盘、后付费云硬盘等不支持退还
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub return_fail_code: Option<i64>,
    /// 云盘是否为共享型云盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub shareable: Option<bool>,
    /// 云硬盘的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 销毁云盘时删除关联的非永久保留快照。0 表示非永久快照不随云盘销毁而销毁，1表示非永久快照随云盘销毁而销毁，默认取0。快照是否永久保留可以通过[DescribeSnapshots](https://cloud.tencent.com/document/product/362/15647)接口返回的快照详情的IsPermanent字段来判断，true表示永久快照，false表示非永久快照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub delete_snapshot: Option<i64>,
    /// 云硬盘备份点配额。表示最大可以保留的备份点数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_backup_quota: Option<u64>,
    /// 云硬盘备份点已使用的数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_backup_count: Option<u64>,
    /// 云硬盘挂载实例的类型。取值范围：
    ///
    /// - CVM
    ///
    /// - EKS
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_type: Option<String>,
    /// 云硬盘最后一次挂载的实例ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub last_attach_ins_id: Option<String>,
    /// 云硬盘最后一次操作错误提示
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub error_prompt: Option<String>,
    /// 云盘是否开启性能突发
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub burst_performance: Option<bool>,
    /// 云硬盘加密类型，值为ENCRYPT_V1和ENCRYPT_V2，分别表示第一代和第二代加密技术，两种加密技术互不兼容
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt_type: Option<String>,
    /// 加密盘密钥ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub kms_key_id: Option<String>,
}

/// 云硬盘备份点。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DiskBackup {
    /// 云硬盘备份点的ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_backup_id: Option<String>,
    /// 云硬盘备份点关联的云硬盘ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_id: Option<String>,
    /// 云硬盘大小，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_size: Option<u64>,
    /// 云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_usage: Option<String>,
    /// 备份点名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_backup_name: Option<String>,
    /// 云硬盘备份点状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - CREATING：创建中
    ///
    /// - ROLLBACKING：回滚中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_backup_state: Option<String>,
    /// 云硬盘备份点创建百分比。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub percent: Option<u64>,
    /// 云硬盘备份点的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 云盘是否为加密盘。取值范围：
    ///
    /// - false:表示非加密盘
    ///
    /// true:表示加密盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt: Option<bool>,
}

/// 描述了实例的计费模式
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DiskChargePrepaid {
    /// 购买云硬盘的时长，默认单位为月，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
    pub period: u64,
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_MANUAL_RENEW。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_flag: Option<String>,
    /// 需要将云硬盘的到期时间与挂载的子机对齐时，可传入该参数。该参数表示子机当前的到期时间，此时Period如果传入，则表示子机需要续费的时长，云盘会自动按对齐到子机续费后的到期时间续费.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cur_instance_deadline: Option<String>,
}

/// 云盘配置。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DiskConfig {
    /// 配置是否可用。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub available: Option<bool>,
    /// 付费模式。取值范围：
    ///
    /// - PREPAID：表示预付费，即包年包月
    ///
    /// - POSTPAID_BY_HOUR：表示后付费，即按量计费。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_charge_type: Option<String>,
    /// 云硬盘所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 实例机型系列。详见[实例类型](https://cloud.tencent.com/document/product/213/11518)
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_family: Option<String>,
    /// 云盘介质类型。取值范围：
    ///
    /// CLOUD_BASIC：表示普通云硬盘
    ///
    /// CLOUD_PREMIUM：表示高性能云硬盘
    ///
    /// CLOUD_BSSD：表示通用型SSD云硬盘
    ///
    /// CLOUD_SSD：表示SSD云硬盘
    ///
    /// CLOUD_HSSD：表示增强型SSD云硬盘
    ///
    /// CLOUD_TSSD：表示极速型SSD云硬盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_type: Option<String>,
    /// 云盘大小变化的最小步长，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub step_size: Option<u64>,
    /// 额外的性能区间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub extra_performance_range: Option<Vec<i64>>,
    /// 实例机型。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub device_class: Option<String>,
    /// 云盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：表示系统盘
    ///
    /// - DATA_DISK：表示数据盘。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_usage: Option<String>,
    /// 最小可配置云盘大小，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub min_disk_size: Option<u64>,
    /// 最大可配置云盘大小，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub max_disk_size: Option<u64>,
    /// 描述预付费或后付费云盘的价格。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Price>,
}

/// 过滤条件
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    /// 过滤键的名称
    pub name: String,
    /// 一个或者多个过滤值
    pub values: Vec<String>,
}

/// 镜像。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Image {
    /// 镜像名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_name: Option<String>,
    /// 镜像实例ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_id: Option<String>,
}

/// 描述了实例的抽象位置，包括其所在的可用区，所属的项目，以及所属的独享集群的ID和名字。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    /// 云硬盘所属的[可用区](https://cloud.tencent.com/document/product/213/15753#ZoneInfo)。该参数也可以通过调用  [DescribeZones](https://cloud.tencent.com/document/product/213/15707) 的返回值中的Zone字段来获取。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub zone: Option<String>,
    /// 围笼Id，可通过 [DescribeDiskStoragePool](https://cloud.tencent.com/document/api/362/62143) 获取。作为入参时，表示对指定的CageId的资源进行操作，可为空。 作为出参时，表示资源所属围笼ID，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cage_id: Option<String>,
    /// 实例所属的独享集群ID。可通过 [DescribeDiskStoragePool](https://cloud.tencent.com/document/api/362/62143) 获取。作为入参时，表示对指定的CdcId独享集群的资源进行操作，可为空。 作为出参时，表示资源所属的独享集群的ID，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_id: Option<String>,
    /// 独享集群名字。作为入参时，忽略。作为出参时，表示云硬盘所属的独享集群名，可为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub cdc_name: Option<String>,
    /// 独享集群id。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub dedicated_cluster_id: Option<String>,
    /// 实例所属项目ID，可通过DescribeProject获取。不填默认为0，表示默认项目。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub project_id: Option<u64>,
    /// 实例所属项目名称，可通过[DescribeProject](https://cloud.tencent.com/document/api/651/78725)获取。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub project_name: Option<String>,
}

/// 描述了定期快照的执行策略。可理解为在DayOfWeek/DayOfMonth指定的几天中，或者是IntervalDays设定的间隔的几天，在Hour指定的时刻点执行该条定期快照策。注：DayOfWeek/DayOfMonth/IntervalDays为互斥规则，必填且仅可设置其中一条策略规则。如果同时传入互斥规则，则只有一条生效，优先级为上文列出顺序：例如将三条规则全部设置，只有 DayOfWeek 生效。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Policy {
    /// 指定定期快照策略的触发时间。单位为小时，取值范围：\[0, 23\]。00:00 ~ 23:00 共 24 个时间点可选，1表示 01:00，依此类推。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub hour: Option<Vec<u64>>,
    /// 指定每周从周一到周日需要触发定期快照的日期，取值范围：\[0, 6\]。0表示周日触发，1-6分别表示周一至周六。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub day_of_week: Option<Vec<u64>>,
    /// 指定每月从月初到月底需要触发定期快照的日期,取值范围：\[1, 31\]，1-31分别表示每月的具体日期，比如5表示每月的5号。注：若设置29、30、31等部分月份不存在的日期，则对应不存在日期的月份会跳过不打定期快照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub day_of_month: Option<Vec<u64>>,
    /// 指定创建定期快照的间隔天数，取值范围：\[1, 365\]，例如设置为5，则间隔5天即触发定期快照创建。注：当选择按天备份时，理论上第一次备份的时间为备份策略创建当天。如果当天备份策略创建的时间已经晚于设置的备份时间，那么将会等到第二个备份周期再进行第一次备份。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub interval_days: Option<u64>,
}

/// 预付费订单的费用。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PrepayPrice {
    /// 预付费云盘或快照预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
    /// 后付费云盘的计价单元，取值范围：
    ///
    /// - HOUR：表示后付费云盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_unit: Option<String>,
    /// 高精度后付费云盘原单价, 单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_high: Option<String>,
    /// 高精度预付费云盘或快照预支费用的原价，单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price_high: Option<String>,
    /// 预付费云盘或快照预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
    /// 后付费云盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount: Option<f64>,
    /// 高精度后付费云盘折扣单价, 单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount_high: Option<String>,
    /// 高精度预付费云盘或快照预支费用的折扣价，单位：元
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price_high: Option<String>,
    /// 后付费云盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price: Option<f64>,
    /// 计费项目明细列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_prices: Option<Vec<DetailPrice>>,
}

/// 描述预付费或后付费云硬盘的价格。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Price {
    /// 后付费云硬盘的计价单元，取值范围：HOUR：表示后付费云硬盘的计价单元是按小时计算。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub charge_unit: Option<String>,
    /// 预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price: Option<f64>,
    /// 高精度预付费云硬盘预支费用的折扣价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub discount_price_high: Option<String>,
    /// 预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price: Option<f64>,
    /// 高精度预付费云硬盘预支费用的原价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub original_price_high: Option<String>,
    /// 后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price: Option<f64>,
    /// 后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount: Option<f64>,
    /// 高精度后付费云硬盘折扣单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_discount_high: Option<String>,
    /// 高精度后付费云硬盘原单价，单位：元。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub unit_price_high: Option<String>,
}

/// 描述了单副本SSD硬盘的预付费计费模式。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoteDiskChargePrepaid {
    /// 购买单副本SSD硬盘的时长，默认单位为月，取值范围：1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36。
    pub period: u64,
    /// 需要将单副本SSD硬盘的到期时间与挂载的子机对齐时，可传入该参数。该参数表示子机当前的到期时间，此时Period如果传入，则表示子机需要续费的时长，单副本SSD硬盘会自动按对齐到子机续费后的到期时间续费。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cur_instance_deadline: Option<String>,
    /// 自动续费标识。取值范围：
    ///
    /// - NOTIFY_AND_AUTO_RENEW：通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW：不通知过期不自动续费
    ///
    /// 默认取值：NOTIFY_AND_MANUAL_RENEW。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_flag: Option<String>,
}

/// 单副本SSD硬盘详情。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RemoteDiskDetail {
    /// 单副本SSD硬盘的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 单副本SSD硬盘到期时间。按小时后付费单副本SSD硬盘可能为空。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_time: Option<String>,
    /// 单副本SSD硬盘计费类型。
    ///
    /// 枚举值：
    ///
    /// - PREPAID： 预付费
    ///
    /// - POSTPAID_BY_HOUR： 按小时后付费
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_charge_type: Option<String>,
    /// 单副本SSD硬盘大小，单位为 GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_size: Option<u64>,
    /// 单副本SSD硬盘挂载的云服务器实例ID。未挂载时为空字符串。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub instance_id: Option<String>,
    /// 单副本SSD硬盘所在的位置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// 单副本SSD硬盘ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_disk_id: Option<String>,
    /// 单副本SSD硬盘名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_disk_name: Option<String>,
    /// 单副本SSD硬盘状态。
    ///
    /// 枚举值：
    ///
    /// - UNATTACHED： 未挂载
    ///
    /// - ATTACHED： 已挂载
    ///
    /// - TORECYCLE： 待回收
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_disk_state: Option<String>,
    /// 单副本SSD硬盘类型。
    ///
    /// 枚举值：
    ///
    /// - REMOTE_SSD： 单副本SSD硬盘
    ///
    /// - ELASTIC_REMOTE_SSD： 弹性单副本SSD硬盘
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub remote_disk_type: Option<String>,
    /// 自动续费标识。
    ///
    /// 枚举值：
    ///
    /// - NOTIFY_AND_AUTO_RENEW： 通知过期且自动续费
    ///
    /// - NOTIFY_AND_MANUAL_RENEW： 通知过期不自动续费
    ///
    /// - DISABLE_NOTIFY_AND_MANUAL_RENEW： 不通知过期不自动续费
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub renew_flag: Option<String>,
}

/// 快照分享信息集合
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SharePermission {
    /// 快照分享的时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub created_time: Option<String>,
    /// 分享的账号Id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub account_id: Option<String>,
}

/// 描述了快照的详细信息
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Snapshot {
    /// 快照所在的位置。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// 是否为跨地域复制的快照。取值范围：
    ///
    /// - true：表示为跨地域复制的快照。
    ///
    /// - false：本地域的快照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub copy_from_remote: Option<bool>,
    /// 快照的状态。取值范围：
    ///
    /// - NORMAL：正常
    ///
    /// - CREATING：创建中
    ///
    /// - ROLLBACKING：回滚中
    ///
    /// - COPYING_FROM_REMOTE：跨地域复制中
    ///
    /// - CHECKING_COPIED：复制校验中
    ///
    /// - TORECYCLE：待回收
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_state: Option<String>,
    /// 是否为永久快照。取值范围：
    ///
    /// - true：永久快照
    ///
    /// - false：非永久快照
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_permanent: Option<bool>,
    /// 快照名称，用户自定义的快照别名。调用[ModifySnapshotAttribute](https://cloud.tencent.com/document/product/362/15650)可修改此字段。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_name: Option<String>,
    /// 快照到期时间。如果快照为永久保留，此字段为空。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_time: Option<String>,
    /// 快照创建进度百分比，快照创建成功后此字段恒为100。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub percent: Option<u64>,
    /// 快照关联的镜像列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
    /// 快照当前被共享数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub share_reference: Option<u64>,
    /// 快照类型，目前该项取值可以为`PRIVATE_SNAPSHOT`（私有快照）或者`SHARED_SNAPSHOT`（共享快照）
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_type: Option<String>,
    /// 创建此快照的云硬盘大小，单位GiB。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_size: Option<u64>,
    /// 创建此快照的云硬盘ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_id: Option<String>,
    /// 快照正在跨地域复制的目的地域，若没有则返回`[]`。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub copying_to_regions: Option<Vec<String>>,
    /// 是否为加密盘创建的快照。取值范围：
    ///
    /// - true：该快照为加密盘创建的
    ///
    /// - false：非加密盘创建的快照
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub encrypt: Option<bool>,
    /// 快照的创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 快照关联的镜像个数。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_count: Option<u64>,
    /// 创建此快照的云硬盘类型。取值范围：
    ///
    /// - SYSTEM_DISK：系统盘
    ///
    /// - DATA_DISK：数据盘
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub disk_usage: Option<String>,
    /// 快照ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_id: Option<String>,
    /// 快照开始共享的时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub time_start_share: Option<String>,
    /// 快照绑定的标签列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// 快照是否锁定。取值范围：
    ///
    /// - true：已锁定
    ///
    /// - false：未锁定
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_locked: Option<bool>,
    /// 快照记录的最新修改时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub latest_modify_time: Option<String>,
    /// 自动快照策略ID，仅当该快照由自动快照策略方式创建时才会返回。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_id: Option<String>,
    /// 快照模式。取值为 INSTANT_SNAPSHOT 表示极速快照，STANDARD_SNAPSHOT 表示普通快照。
    ///
    /// 枚举值：
    ///
    /// - INSTANT_SNAPSHOT： 极速快照
    ///
    /// - STANDARD_SNAPSHOT： 普通快照
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_mode: Option<String>,
}

/// 描述快照跨地域复制的结果。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotCopyResult {
    /// 复制到目标地域的新快照ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_id: Option<String>,
    /// 指示具体错误信息，成功时为空字符串。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub message: Option<String>,
    /// 错误码，成功时取值为“Success”。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub code: Option<String>,
    /// 跨地复制的目标地域。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub destination_region: Option<String>,
}

/// 描述快照组详情
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SnapshotGroup {
    /// 快照组ID。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_group_id: Option<String>,
    /// 快照组类型。NORMAL: 普通快照组，非一致性快照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_group_type: Option<String>,
    /// 快照组是否包含系统盘快照。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub contain_root_snapshot: Option<bool>,
    /// 快照组包含的快照ID列表。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_id_set: Option<Vec<String>>,
    /// - NORMAL: 正常
    ///
    /// - CREATING: 创建中
    ///
    /// - ROLLBACKING: 回滚中
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_group_state: Option<String>,
    /// 快照组创建进度。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub percent: Option<u64>,
    /// 快照组创建时间。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub create_time: Option<String>,
    /// 快照组最新修改时间
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub modify_time: Option<String>,
    /// 快照组关联的镜像列表。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
    /// 快照组名称。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub snapshot_group_name: Option<String>,
    /// 快照组关联的镜像数量。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub image_count: Option<u64>,
    /// 快照组是否永久保留
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub is_permanent: Option<bool>,
    /// 快照组到期时间。
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub deadline_time: Option<String>,
    /// 来源自动快照策略ID
    ///
    /// 注意：此字段可能返回 null，表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub auto_snapshot_policy_id: Option<String>,
}

/// 标签。
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// 标签健。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub key: Option<String>,
    /// 标签值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "tencent_action::tolerant::deserialize"
    )]
    pub value: Option<String>,
}
