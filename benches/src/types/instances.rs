//! `DescribeInstances` (cvm), after the spec's `Instance`: the types of the synthetic
//! 1 MB body (see [`synthetic`](crate::synthetic)), with nested structs, arrays, `null`s,
//! a float, escaped strings and non-ASCII text.

use super::Text;
use crate::approach::case;
use serde::{Deserialize, Serialize};
use tencent_action::tencent_action;

case! {
    /// A page of instances.
    #[tencent_action(service = "cvm", version = "2017-03-12")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeInstances {
        /// The number of instances in all.
        pub total_count: i64,
        /// The instances of this page.
        pub instance_set: Vec<Instance>,
    }
    hand HandDescribeInstances;
    plain PlainDescribeInstances;
}

/// One instance: a subset of the spec's 50-odd fields, every kind of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Instance {
    /// Where it runs.
    pub placement: Placement,
    /// Its ID.
    pub instance_id: String,
    /// Its type, `S5.MEDIUM4` say.
    pub instance_type: String,
    /// Cores.
    #[serde(rename = "CPU")]
    pub cpu: i64,
    /// Memory, GB.
    pub memory: i64,
    /// `NORMAL`, `EXPIRED`, `PROTECTIVELY_ISOLATED`.
    pub restrict_state: String,
    /// The owner's name for it: free text.
    pub instance_name: String,
    /// `PREPAID`, `POSTPAID_BY_HOUR`, ...
    pub instance_charge_type: String,
    /// The system disk.
    pub system_disk: SystemDisk,
    /// The data disks.
    pub data_disks: Option<Vec<DataDisk>>,
    /// Private addresses.
    pub private_ip_addresses: Vec<String>,
    /// Public addresses, `null` when none.
    pub public_ip_addresses: Option<Vec<String>>,
    /// Bandwidth.
    pub internet_accessible: InternetAccessible,
    /// The network.
    pub virtual_private_cloud: VirtualPrivateCloud,
    /// The image.
    pub image_id: String,
    /// Renewal, `null` for pay-as-you-go.
    pub renew_flag: Option<String>,
    /// Creation time, ISO 8601.
    pub created_time: String,
    /// Expiry time, `null` for pay-as-you-go.
    pub expired_time: Option<String>,
    /// The operating system: free text.
    pub os_name: String,
    /// Security groups.
    pub security_group_ids: Vec<String>,
    /// Login settings.
    pub login_settings: LoginSettings,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: String,
    /// Tags.
    pub tags: Vec<Tag>,
    /// `KEEP_CHARGING`, ...
    pub stop_charging_mode: String,
    /// The instance's UUID.
    pub uuid: String,
    /// The last operation.
    pub latest_operation: Option<String>,
    /// How it went.
    pub latest_operation_state: Option<String>,
    /// Why it failed: free text, with escapes.
    pub latest_operation_error_msg: Option<String>,
    /// Whether termination is protected.
    pub disable_api_termination: bool,
    /// The default login user.
    pub default_login_user: String,
    /// The default login port.
    pub default_login_port: i64,
    /// The GPU, `null` on most instances.
    #[serde(rename = "GPUInfo")]
    pub gpu_info: Option<GpuInfo>,
    /// IPv6 addresses, `null` when none.
    #[serde(rename = "IPv6Addresses")]
    pub ipv6_addresses: Option<Vec<String>>,
}

/// Where an instance runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Placement {
    /// The zone.
    pub zone: String,
    /// The project.
    pub project_id: i64,
    /// Dedicated hosts, `null` when none.
    pub host_ids: Option<Vec<String>>,
    /// The dedicated host, `null` when none.
    pub host_id: Option<String>,
}

/// The system disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SystemDisk {
    /// `CLOUD_PREMIUM`, ...
    pub disk_type: String,
    /// Its ID.
    pub disk_id: String,
    /// GB.
    pub disk_size: i64,
    /// The dedicated cluster, `null` when none.
    pub cdc_id: Option<String>,
}

/// A data disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DataDisk {
    /// GB.
    pub disk_size: i64,
    /// `CLOUD_SSD`, ...
    pub disk_type: String,
    /// Its ID.
    pub disk_id: String,
    /// Whether it goes with the instance.
    pub delete_with_instance: Option<bool>,
    /// Whether it is encrypted.
    pub encrypt: bool,
    /// The key, `null` when not encrypted.
    pub kms_key_id: Option<String>,
    /// Extra throughput, MB/s.
    pub throughput_performance: i64,
}

/// Bandwidth settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InternetAccessible {
    /// `TRAFFIC_POSTPAID_BY_HOUR`, ...
    pub internet_charge_type: String,
    /// Mbps.
    pub internet_max_bandwidth_out: i64,
    /// Whether a public address is assigned.
    pub public_ip_assigned: bool,
    /// The bandwidth package, `null` when none.
    pub bandwidth_package_id: Option<String>,
}

/// The network of an instance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VirtualPrivateCloud {
    /// The VPC.
    pub vpc_id: String,
    /// The subnet.
    pub subnet_id: String,
    /// Whether the instance is the VPC's gateway.
    pub as_vpc_gateway: bool,
    /// Addresses, `null` when none.
    pub private_ip_addresses: Option<Vec<String>>,
    /// IPv6 addresses.
    pub ipv6_address_count: i64,
}

/// Login settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LoginSettings {
    /// SSH keys, `null` when none.
    pub key_ids: Option<Vec<String>>,
}

/// A tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// Its key: free text.
    pub key: String,
    /// Its value: free text.
    pub value: String,
}

/// A GPU.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GpuInfo {
    /// GPUs, fractional for vGPUs.
    #[serde(rename = "GPUCount")]
    pub gpu_count: f64,
    /// Their IDs.
    #[serde(rename = "GPUId")]
    pub gpu_id: Option<Vec<String>>,
    /// The model.
    #[serde(rename = "GPUType")]
    pub gpu_type: String,
}

case! {
    /// [`DescribeInstances`], borrowed from the body.
    #[tencent_action(service = "cvm", version = "2017-03-12", action = "DescribeInstances")]
    #[derive(Debug, Clone, PartialEq)]
    pub struct DescribeInstancesRef<'a> {
        /// The number of instances in all.
        pub total_count: i64,
        /// The instances of this page.
        #[serde(borrow)]
        pub instance_set: Vec<InstanceRef<'a>>,
    }
    hand HandDescribeInstancesRef;
    plain PlainDescribeInstancesRef;
}

/// [`Instance`], borrowed: identifiers as `&str`, free text as [`Text`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InstanceRef<'a> {
    /// Where it runs.
    #[serde(borrow)]
    pub placement: PlacementRef<'a>,
    /// Its ID.
    pub instance_id: &'a str,
    /// Its type.
    pub instance_type: &'a str,
    /// Cores.
    #[serde(rename = "CPU")]
    pub cpu: i64,
    /// Memory, GB.
    pub memory: i64,
    /// `NORMAL`, `EXPIRED`, `PROTECTIVELY_ISOLATED`.
    pub restrict_state: &'a str,
    /// The owner's name for it.
    #[serde(borrow)]
    pub instance_name: Text<'a>,
    /// `PREPAID`, `POSTPAID_BY_HOUR`, ...
    pub instance_charge_type: &'a str,
    /// The system disk.
    #[serde(borrow)]
    pub system_disk: SystemDiskRef<'a>,
    /// The data disks.
    #[serde(borrow)]
    pub data_disks: Option<Vec<DataDiskRef<'a>>>,
    /// Private addresses.
    #[serde(borrow)]
    pub private_ip_addresses: Vec<&'a str>,
    /// Public addresses.
    #[serde(borrow)]
    pub public_ip_addresses: Option<Vec<&'a str>>,
    /// Bandwidth.
    #[serde(borrow)]
    pub internet_accessible: InternetAccessibleRef<'a>,
    /// The network.
    #[serde(borrow)]
    pub virtual_private_cloud: VirtualPrivateCloudRef<'a>,
    /// The image.
    pub image_id: &'a str,
    /// Renewal.
    #[serde(borrow)]
    pub renew_flag: Option<&'a str>,
    /// Creation time.
    pub created_time: &'a str,
    /// Expiry time.
    #[serde(borrow)]
    pub expired_time: Option<&'a str>,
    /// The operating system.
    #[serde(borrow)]
    pub os_name: Text<'a>,
    /// Security groups.
    #[serde(borrow)]
    pub security_group_ids: Vec<&'a str>,
    /// Login settings.
    #[serde(borrow)]
    pub login_settings: LoginSettingsRef<'a>,
    /// `RUNNING`, `STOPPED`, ...
    pub instance_state: &'a str,
    /// Tags.
    #[serde(borrow)]
    pub tags: Vec<TagRef<'a>>,
    /// `KEEP_CHARGING`, ...
    pub stop_charging_mode: &'a str,
    /// The instance's UUID.
    pub uuid: &'a str,
    /// The last operation.
    #[serde(borrow)]
    pub latest_operation: Option<&'a str>,
    /// How it went.
    #[serde(borrow)]
    pub latest_operation_state: Option<&'a str>,
    /// Why it failed.
    #[serde(borrow)]
    pub latest_operation_error_msg: Option<Text<'a>>,
    /// Whether termination is protected.
    pub disable_api_termination: bool,
    /// The default login user.
    pub default_login_user: &'a str,
    /// The default login port.
    pub default_login_port: i64,
    /// The GPU.
    #[serde(rename = "GPUInfo", borrow)]
    pub gpu_info: Option<GpuInfoRef<'a>>,
    /// IPv6 addresses.
    #[serde(rename = "IPv6Addresses", borrow)]
    pub ipv6_addresses: Option<Vec<&'a str>>,
}

/// [`Placement`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PlacementRef<'a> {
    /// The zone.
    pub zone: &'a str,
    /// The project.
    pub project_id: i64,
    /// Dedicated hosts.
    #[serde(borrow)]
    pub host_ids: Option<Vec<&'a str>>,
    /// The dedicated host.
    #[serde(borrow)]
    pub host_id: Option<&'a str>,
}

/// [`SystemDisk`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SystemDiskRef<'a> {
    /// `CLOUD_PREMIUM`, ...
    pub disk_type: &'a str,
    /// Its ID.
    pub disk_id: &'a str,
    /// GB.
    pub disk_size: i64,
    /// The dedicated cluster.
    #[serde(borrow)]
    pub cdc_id: Option<&'a str>,
}

/// [`DataDisk`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DataDiskRef<'a> {
    /// GB.
    pub disk_size: i64,
    /// `CLOUD_SSD`, ...
    pub disk_type: &'a str,
    /// Its ID.
    pub disk_id: &'a str,
    /// Whether it goes with the instance.
    pub delete_with_instance: Option<bool>,
    /// Whether it is encrypted.
    pub encrypt: bool,
    /// The key.
    #[serde(borrow)]
    pub kms_key_id: Option<&'a str>,
    /// Extra throughput, MB/s.
    pub throughput_performance: i64,
}

/// [`InternetAccessible`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct InternetAccessibleRef<'a> {
    /// `TRAFFIC_POSTPAID_BY_HOUR`, ...
    pub internet_charge_type: &'a str,
    /// Mbps.
    pub internet_max_bandwidth_out: i64,
    /// Whether a public address is assigned.
    pub public_ip_assigned: bool,
    /// The bandwidth package.
    #[serde(borrow)]
    pub bandwidth_package_id: Option<&'a str>,
}

/// [`VirtualPrivateCloud`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VirtualPrivateCloudRef<'a> {
    /// The VPC.
    pub vpc_id: &'a str,
    /// The subnet.
    pub subnet_id: &'a str,
    /// Whether the instance is the VPC's gateway.
    pub as_vpc_gateway: bool,
    /// Addresses.
    #[serde(borrow)]
    pub private_ip_addresses: Option<Vec<&'a str>>,
    /// IPv6 addresses.
    pub ipv6_address_count: i64,
}

/// [`LoginSettings`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LoginSettingsRef<'a> {
    /// SSH keys.
    #[serde(borrow)]
    pub key_ids: Option<Vec<&'a str>>,
}

/// [`Tag`], borrowed: free text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagRef<'a> {
    /// Its key.
    #[serde(borrow)]
    pub key: Text<'a>,
    /// Its value.
    #[serde(borrow)]
    pub value: Text<'a>,
}

/// [`GpuInfo`], borrowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GpuInfoRef<'a> {
    /// GPUs, fractional for vGPUs.
    #[serde(rename = "GPUCount")]
    pub gpu_count: f64,
    /// Their IDs.
    #[serde(rename = "GPUId", borrow)]
    pub gpu_id: Option<Vec<&'a str>>,
    /// The model.
    #[serde(rename = "GPUType")]
    pub gpu_type: &'a str,
}
