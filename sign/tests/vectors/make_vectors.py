#!/usr/bin/env python3
"""Makes the differential signing vectors of `sign/tests/python_sdk.rs` with the official
Python SDK's own request builder and signer (`tencentcloud-sdk-python-common`).

Each vector is one request as the SDK builds it: `CommonClient._build_req_with_tc3_signature`
sets the headers, serialises the body (JSON for POST, a flattened url-encoded query for GET),
and signs with `Sign.sign_tc3`; the SDK's clock (`time.time`) is pinned to the vector's
timestamp. The Rust test signs the same parts with `tencent_action_sign::sign` and must
produce the same `Authorization` header, byte for byte.

Run it in a throwaway virtual environment (the output is deterministic for a given seed
and SDK version):

    python3 -m venv venv
    venv/bin/pip install tencentcloud-sdk-python-common==3.1.195
    venv/bin/python sign/tests/vectors/make_vectors.py > sign/tests/vectors/python-sdk.jsonl
"""

import json
import random
import sys

import tencentcloud
from tencentcloud.common import abstract_client, credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

SEED = 20261204
COUNT = 1200

SERVICES = [
    "cvm", "cbs", "vpc", "clb", "cdb", "dnspod", "iai", "mqtt", "tiia", "ocr", "sms", "cam",
    "sts", "tke", "scf", "cos", "hunyuan", "lkeap", "tmt", "asr", "billing", "monitor", "cls",
    "ckafka", "redis", "mongodb", "postgres", "ssl", "waf", "teo", "lighthouse", "tat", "kms",
]
REGIONS = [
    "", "ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-chongqing",
    "ap-nanjing", "ap-hongkong", "ap-singapore", "ap-tokyo", "ap-seoul", "ap-bangkok",
    "ap-mumbai", "eu-frankfurt", "na-siliconvalley", "na-ashburn", "sa-saopaulo",
]
WORDS = [
    "instance-name", "未命名", "测试实例", "東京", "Ünïcödé", "emoji 🚀✨", "ñandú", "Ελληνικά",
    "кириллица", "עברית", "العربية", "tab\tnew\nline", "quote\"back\\slash", "a&b=c?d#e",
    "percent%20", "plus+sign", "slash/path", "", " ", "0", "ins-12345678", "  padded  ",
    "\u0000nul", "\u2028sep", "🀄️麻将", "日本語テキスト", "한국어",
]
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class AsciiOrNot:
    """Stands in for the `json` module the SDK serialises bodies with, so that half of
    the bodies carry raw UTF-8 instead of `\\u` escapes (as other SDKs send them)."""

    ensure_ascii = True

    def dumps(self, value):
        return json.dumps(value, ensure_ascii=self.ensure_ascii)

    def __getattr__(self, name):
        return getattr(json, name)


def random_string(rng, length):
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def random_value(rng, depth):
    kind = rng.randrange(7 if depth < 2 else 4)
    if kind == 0:
        return rng.choice(WORDS)
    if kind == 1:
        return rng.randrange(-(2**40), 2**40)
    if kind == 2:
        return rng.choice([True, False])
    if kind == 3:
        return rng.choice(WORDS) + random_string(rng, rng.randrange(0, 6))
    if kind == 4:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return random_params(rng, depth + 1)


def random_params(rng, depth=0):
    return {
        rng.choice(["Limit", "Offset", "Filters", "Name", "Values", "InstanceIds", "Tags",
                    "Zone", "Description", "ClientToken"]) + str(i): random_value(rng, depth)
        for i in range(rng.randrange(0, 5))
    }


def random_timestamp(rng):
    day = rng.randrange(17_000, 21_000)  # 2016 to 2027
    kind = rng.randrange(4)
    if kind == 0:  # the last seconds of a UTC day
        return day * 86_400 + 86_400 - 1 - rng.randrange(3)
    if kind == 1:  # the first seconds of a UTC day
        return day * 86_400 + rng.randrange(3)
    if kind == 2:  # around 16:00 UTC, midnight in China
        return day * 86_400 + 57_600 + rng.randrange(-2, 3)
    return day * 86_400 + rng.randrange(86_400)


def main():
    rng = random.Random(SEED)
    body_json = AsciiOrNot()
    abstract_client.json = body_json
    clock = [0]
    abstract_client.time.time = lambda: clock[0]

    out = sys.stdout
    for index in range(COUNT):
        service = rng.choice(SERVICES) if rng.random() < 0.8 else random_string(rng, 6).lower()
        region = rng.choice(REGIONS)
        method = "GET" if rng.random() < 0.2 else "POST"
        unsigned = method == "POST" and rng.random() < 0.1
        token = random_string(rng, rng.randrange(40, 120)) if rng.random() < 0.3 else ""
        secret_id = "AKID" + random_string(rng, 32)
        secret_key = random_string(rng, 32)
        host_kind = rng.randrange(3)
        endpoint = None
        if host_kind == 1:
            endpoint = "%s.%s.tencentcloudapi.com" % (service, region or "ap-guangzhou")
        elif host_kind == 2:
            endpoint = "%s.internal.tencentcloudapi.com" % service
        version = "20%02d-%02d-%02d" % (rng.randrange(15, 26), rng.randrange(1, 13), rng.randrange(1, 29))
        action = rng.choice(["Describe", "Create", "Delete", "Modify"]) + random_string(rng, 8)
        params = random_params(rng)
        body_json.ensure_ascii = rng.random() < 0.5
        clock[0] = random_timestamp(rng)

        http_profile = HttpProfile(endpoint=endpoint, reqMethod=method)
        profile = ClientProfile(httpProfile=http_profile)
        profile.unsignedPayload = unsigned
        cred = credential.Credential(secret_id, secret_key, token or None)
        client = CommonClient(service, version, cred, region, profile)
        request = RequestInternal(client._get_endpoint(), method, "/", header={})
        client._build_req_with_tc3_signature(action, params, request)

        header = request.header
        vector = {
            "secret_id": secret_id,
            "secret_key": secret_key,
            "token": token,
            "service": service,
            "region": region,
            "action": header["X-TC-Action"],
            "version": header["X-TC-Version"],
            "timestamp": int(header["X-TC-Timestamp"]),
            "method": method,
            "host": header["Host"],
            "content_type": header["Content-Type"],
            "query": request.data if method == "GET" else "",
            "body": "" if method == "GET" else request.data,
            "unsigned_payload": header.get("X-TC-Content-SHA256") == "UNSIGNED-PAYLOAD",
            "authorization": header["Authorization"],
        }
        if token:
            assert header["X-TC-Token"] == token
        out.write(json.dumps(vector, ensure_ascii=False, sort_keys=True) + "\n")
    sys.stderr.write("%d vectors, tencentcloud-sdk-python-common %s\n" % (COUNT, tencentcloud.__version__))


if __name__ == "__main__":
    main()
