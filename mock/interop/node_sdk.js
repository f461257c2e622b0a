// The official Node SDK against the mock: run by `node-sdk.sh`, which starts the binary
// and passes its endpoint, SecretId and SecretKey in the environment.
//
// The client is configured as the SDK's documentation says for a custom endpoint
// (`profile.httpProfile.endpoint = "127.0.0.1:PORT"`, `protocol: "http://"`): a call
// decodes (POST and GET), a wrong key fails with AuthFailure.SignatureFailure, a missing
// parameter with MissingParameter, and the mock records the calls as signed for cvm.
// With `--items 30`, three pages of ten instances by Offset and Limit hold 30 distinct
// InstanceIds, each page a TotalCount of 30.
"use strict";

const assert = require("node:assert/strict");
const http = require("node:http");
const CvmClient = require("tencentcloud-sdk-nodejs-cvm").cvm.v20170312.Client;

const ENDPOINT = process.env.MOCK_ENDPOINT; // host:port
const SECRET_ID = process.env.MOCK_SECRET_ID;
const SECRET_KEY = process.env.MOCK_SECRET_KEY;

function client({ key = SECRET_KEY, method = "POST" } = {}) {
  return new CvmClient({
    credential: { secretId: SECRET_ID, secretKey: key },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: ENDPOINT, protocol: "http://", reqMethod: method } },
  });
}

async function expectError(code, call) {
  let error;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  assert.ok(error, `expected ${code}, the call succeeded`);
  assert.equal(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
  assert.ok(error.requestId, `${code} without a RequestId`);
  console.log(`ok: ${code} (${error.message})`);
}

function admin(method, path) {
  return new Promise((resolve, reject) => {
    const request = http.request(`http://${ENDPOINT}${path}`, { method }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body: JSON.parse(text) }));
    });
    request.on("error", reject);
    request.end();
  });
}

async function main() {
  const zones = await client().DescribeZones({});
  assert.ok(zones.ZoneSet.length > 0 && zones.ZoneSet[0].Zone, JSON.stringify(zones));
  assert.ok(zones.RequestId);
  console.log(`ok: DescribeZones decoded, ${zones.ZoneSet.length} zones, RequestId ${zones.RequestId}`);

  const instances = await client({ method: "GET" }).DescribeInstances({ Limit: 1 });
  assert.equal(instances.TotalCount, 30, JSON.stringify(instances));
  assert.equal(instances.InstanceSet.length, 1, JSON.stringify(instances));
  console.log(`ok: DescribeInstances over GET decoded, TotalCount ${instances.TotalCount}`);

  await expectError("AuthFailure.SignatureFailure", () =>
    client({ key: "not-the-key" }).DescribeZones({})
  );
  await expectError("MissingParameter", () => client().StartInstances({}));

  const { status, body } = await admin("GET", "/_mock/requests");
  assert.equal(status, 200);
  const seen = body.map((request) => [request.action, request.service, request.signature_valid]);
  assert.deepEqual(seen, [
    ["DescribeZones", "cvm", true],
    ["DescribeInstances", "cvm", true],
    ["DescribeZones", "cvm", false],
    ["StartInstances", "cvm", true],
  ]);
  assert.ok(!JSON.stringify(body).includes(SECRET_KEY));
  console.log("ok: the mock recorded the calls as cvm's, the wrong-key one with its signature refused");

  const ids = [];
  for (const offset of [0, 10, 20]) {
    const page = await client().DescribeInstances({ Offset: offset, Limit: 10 });
    assert.equal(page.TotalCount, 30, JSON.stringify(page));
    assert.equal(page.InstanceSet.length, 10, JSON.stringify(page));
    ids.push(...page.InstanceSet.map((instance) => instance.InstanceId));
  }
  assert.equal(new Set(ids).size, 30, JSON.stringify(ids));
  console.log(`ok: 3 pages of 10 instances, 30 distinct InstanceIds (${ids[0]} ... ${ids[29]})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
