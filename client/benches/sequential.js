// The official Node SDK's sequential DescribeZones calls against a running mock.
//
// Run by `sequential.sh`. Prints one JSON line: the wall and CPU time of one call in
// microseconds, and the mock's CPU time per call when its process id is given.
//
// usage: node sequential.js HOST:PORT SECRET_ID SECRET_KEY CALLS [MOCK_PID]
"use strict";

const fs = require("node:fs");
const CvmClient = require("tencentcloud-sdk-nodejs-cvm").cvm.v20170312.Client;

const WARM_UP = 200;

// User and system time of process `pid` from /proc (clock ticks of 1/100 s), in seconds.
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 1).trim().split(/\s+/);
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function ownCpu() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

async function main() {
  const [endpoint, secretId, secretKey, count, mockPid] = process.argv.slice(2);
  const calls = Number(count);
  const client = new CvmClient({
    credential: { secretId, secretKey },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint, protocol: "http://", reqMethod: "POST" } },
  });
  for (let i = 0; i < WARM_UP; i++) await client.DescribeZones({});
  const cpu = ownCpu();
  const mock = mockPid ? cpuSeconds(mockPid) : 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    const zones = await client.DescribeZones({});
    if (!zones.ZoneSet.length) throw new Error("no zones");
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const perCall = (seconds) => Math.round((seconds * 1e7) / calls) / 10;
  console.log(JSON.stringify({
    caller: "official Node SDK", calls, wall_us: perCall(wall), cpu_us: perCall(ownCpu() - cpu),
    mock_cpu_us: mockPid ? perCall(cpuSeconds(mockPid) - mock) : null,
  }));
}

main().catch((error) => { console.error(error); process.exit(1); });
