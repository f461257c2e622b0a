//! The synthetic ~1 MB `DescribeInstances` body: thousands of records (instances and
//! their disks, tags and addresses) with nested structs, arrays, `null`s, floats, escaped
//! strings and non-ASCII text. Deterministic: the same bytes on every run and machine.

use crate::types::instances::{
    DataDisk, DescribeInstances, GpuInfo, Instance, InternetAccessible, LoginSettings, Placement,
    SystemDisk, Tag, VirtualPrivateCloud,
};
use tencent_action::Response;

/// Instances in the body: about 1 MiB of compact JSON, with some 1,000 data disks and
/// 1,000 tags besides.
pub const INSTANCES: usize = 640;

/// The body's RequestId.
pub const REQUEST_ID: &str = "d655191e-a39d-43d2-8349-8c3f2bf4b327";

/// SplitMix64: a fixed-seed generator, so the body never changes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    fn id(&mut self, prefix: &str) -> String {
        format!("{prefix}-{:08x}", self.next() as u32)
    }

    fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xffff,
            b >> 48,
            b & 0xffff_ffff_ffff
        )
    }

    fn ip(&mut self, first: u8) -> String {
        let n = self.next();
        format!(
            "{first}.{}.{}.{}",
            n & 0xff,
            (n >> 8) & 0xff,
            1 + (n >> 16) % 254
        )
    }
}

/// Free text as owners write it: Chinese, accents, emoji, quotes, backslashes, tabs,
/// newlines, a control character, and `<`, `>`, `&` (which [`body`] escapes as `\u003c`,
/// `\u003e` and `\u0026`, as Go servers do).
const NAMES: &[&str] = &[
    "web-前端-",
    "数据库主节点-",
    "Ünïcødé-nöde-",
    "edge 🚀 ",
    "batch\tworker-",
    "\"quoted\" prod-",
    "C:\\shares\\vm-",
    "ctl\u{1}char-",
    "plain-",
    "plain-",
];
const OS_NAMES: &[&str] = &[
    "TencentOS Server 3.1 (TK4)",
    "CentOS 7.9 64位",
    "Ubuntu Server 22.04 LTS 64位",
    "Windows Server 2022 数据中心版 64位中文版",
];
const TAG_KEYS: &[&str] = &["环境", "owner", "cost-center", "app&team"];
const TAG_VALUES: &[&str] = &[
    "生产",
    "测试 <staging>",
    "alice@example.com",
    "line1\nline2",
    "α/β",
];
const ERRORS: &[&str] = &[
    "Operation \"ResetInstancesType\" failed:\n\tdisk <disk-busy> is locked & busy; 请稍后重试",
    "The image is being created, please try again later (镜像制作中)",
];
const ZONES: &[&str] = &[
    "ap-guangzhou-3",
    "ap-shanghai-2",
    "ap-beijing-5",
    "na-siliconvalley-1",
];
const TYPES: &[&str] = &["S5.MEDIUM4", "S5.LARGE8", "SA3.2XLARGE16", "GN7.2XLARGE32"];
const STATES: &[&str] = &["RUNNING", "RUNNING", "RUNNING", "STOPPED", "STARTING"];
const DISKS: &[&str] = &["CLOUD_PREMIUM", "CLOUD_SSD", "CLOUD_BSSD", "CLOUD_HSSD"];

fn instance(rng: &mut Rng, index: usize) -> Instance {
    let prepaid = rng.chance(30);
    let gpu = rng.chance(10);
    let data_disks = (0..rng.below(4))
        .map(|_| {
            let encrypt = rng.chance(40);
            DataDisk {
                disk_size: 10 * (1 + rng.below(200)) as i64,
                disk_type: rng.pick(DISKS).to_owned(),
                disk_id: rng.id("disk"),
                delete_with_instance: (!rng.chance(20)).then(|| rng.chance(70)),
                encrypt,
                kms_key_id: encrypt.then(|| rng.uuid()),
                throughput_performance: rng.below(3) as i64 * 100,
            }
        })
        .collect::<Vec<_>>();
    let tags = (0..rng.below(4))
        .map(|_| Tag {
            key: rng.pick(TAG_KEYS).to_owned(),
            value: rng.pick(TAG_VALUES).to_owned(),
        })
        .collect();
    let public = rng.chance(60);
    Instance {
        placement: Placement {
            zone: rng.pick(ZONES).to_owned(),
            project_id: rng.below(1 << 40) as i64,
            host_ids: rng.chance(10).then(|| vec![rng.id("host")]),
            host_id: rng.chance(10).then(|| rng.id("host")),
        },
        instance_id: rng.id("ins"),
        instance_type: rng.pick(TYPES).to_owned(),
        cpu: 1 << rng.below(6),
        memory: 1 << rng.below(8),
        restrict_state: "NORMAL".to_owned(),
        instance_name: format!("{}{index}", rng.pick(NAMES)),
        instance_charge_type: if prepaid {
            "PREPAID"
        } else {
            "POSTPAID_BY_HOUR"
        }
        .to_owned(),
        system_disk: SystemDisk {
            disk_type: rng.pick(DISKS).to_owned(),
            disk_id: rng.id("disk"),
            disk_size: 50,
            cdc_id: None,
        },
        data_disks: (!data_disks.is_empty() || rng.chance(50)).then_some(data_disks),
        private_ip_addresses: vec![rng.ip(10)],
        public_ip_addresses: public.then(|| vec![rng.ip(119)]),
        internet_accessible: InternetAccessible {
            internet_charge_type: "TRAFFIC_POSTPAID_BY_HOUR".to_owned(),
            internet_max_bandwidth_out: if public { 1 + rng.below(100) as i64 } else { 0 },
            public_ip_assigned: public,
            bandwidth_package_id: None,
        },
        virtual_private_cloud: VirtualPrivateCloud {
            vpc_id: rng.id("vpc"),
            subnet_id: rng.id("subnet"),
            as_vpc_gateway: false,
            private_ip_addresses: None,
            ipv6_address_count: 0,
        },
        image_id: rng.id("img"),
        renew_flag: prepaid.then(|| "NOTIFY_AND_MANUAL_RENEW".to_owned()),
        created_time: format!(
            "2025-{:02}-{:02}T08:12:48Z",
            1 + rng.below(12),
            1 + rng.below(28)
        ),
        expired_time: prepaid.then(|| "2026-10-16T08:12:48Z".to_owned()),
        os_name: rng.pick(OS_NAMES).to_owned(),
        security_group_ids: (0..1 + rng.below(2)).map(|_| rng.id("sg")).collect(),
        login_settings: LoginSettings {
            key_ids: rng.chance(50).then(|| vec![rng.id("skey")]),
        },
        instance_state: rng.pick(STATES).to_owned(),
        tags,
        stop_charging_mode: "NOT_APPLICABLE".to_owned(),
        uuid: rng.uuid(),
        latest_operation: Some("StartInstances".to_owned()),
        latest_operation_state: Some("SUCCESS".to_owned()),
        latest_operation_error_msg: rng.chance(15).then(|| rng.pick(ERRORS).to_owned()),
        disable_api_termination: rng.chance(5),
        default_login_user: "root".to_owned(),
        default_login_port: 22,
        gpu_info: gpu.then(|| GpuInfo {
            gpu_count: [0.25, 0.5, 1.0, 2.0][rng.below(4) as usize],
            gpu_id: Some(vec![rng.id("gpu")]),
            gpu_type: "NVIDIA T4".to_owned(),
        }),
        ipv6_addresses: None,
    }
}

/// The payload of the synthetic body: `count` instances.
pub fn describe_instances(count: usize) -> DescribeInstances {
    let mut rng = Rng(0x7e2c_e27a_c710_2017);
    DescribeInstances {
        total_count: count as i64 * 3,
        instance_set: (0..count).map(|index| instance(&mut rng, index)).collect(),
    }
}

/// The synthetic body of [`INSTANCES`] instances: compact, keys in declaration order,
/// `RequestId` last, `<`, `>` and `&` as `\u` escapes.
pub fn body() -> String {
    let response = Response::new(describe_instances(INSTANCES), REQUEST_ID);
    let json = serde_json::to_string(&response).expect("the payload serializes");
    // Only strings can hold these characters, so the replacement keeps the JSON valid
    // and its meaning unchanged.
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
