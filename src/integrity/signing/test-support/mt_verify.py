"""Verify a key-signed model the way sigstore/model-transparency v1.1 does, step by step.

An independent check of aisec's signatures for the interoperability test: it follows
model_signing/_signing/sign_ec_key.py (hint, PAE, ECDSA with the curve's hash),
signing.py (dsse_payload_to_manifest: subject digest over the resources as listed) and
_serialization/file.py (every file under the folder, minus ignore paths, PurePosixPath order),
using only the Python standard library and `cryptography`.

Usage: python3 mt_verify.py MODEL_DIR SIGNATURE PUBLIC_KEY_PEM   (prints OK or raises)
"""
import base64
import hashlib
import json
import pathlib
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def pae(raw: bytes) -> bytes:
    t = "application/vnd.in-toto+json"
    return b" ".join([f"DSSEv1 {len(t)} {t} {len(raw)}".encode(), raw])


def main(model: str, sig: str, pub: str) -> None:
    key = serialization.load_pem_public_key(pathlib.Path(pub).read_bytes())
    assert isinstance(key, ec.EllipticCurvePublicKey), "model_signing supports only EC keys"
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    bundle = json.loads(pathlib.Path(sig).read_text())
    assert bundle["mediaType"] == "application/vnd.dev.sigstore.bundle.v0.3+json"
    assert bundle["verificationMaterial"]["publicKey"]["hint"] == hashlib.sha256(pem).hexdigest(), "hint"
    env = bundle["dsseEnvelope"]
    payload = base64.b64decode(env["payload"])
    h = {256: hashes.SHA256(), 384: hashes.SHA384(), 521: hashes.SHA512()}[key.curve.key_size]
    key.verify(base64.b64decode(env["signatures"][0]["sig"]), pae(payload), ec.ECDSA(h))
    assert env["payloadType"] == "application/vnd.in-toto+json"
    st = json.loads(payload)
    assert st["_type"] == "https://in-toto.io/Statement/v1"
    assert st["predicateType"] == "https://model_signing/signature/v1.0"
    hasher = hashlib.sha256()
    expected = {}
    for r in st["predicate"]["resources"]:
        hasher.update(bytes.fromhex(r["digest"]))
        expected[pathlib.PurePosixPath(r["name"])] = r["digest"]
    assert hasher.hexdigest() == st["subject"][0]["digest"]["sha256"], "subject digest"
    root = pathlib.Path(model)
    ignore = [root / p for p in st["predicate"]["serialization"].get("ignore_paths", [])]
    actual = {}
    for path in sorted(root.glob("**/*")):
        if any(path.is_relative_to(i) for i in ignore) or not path.is_file():
            continue
        actual[pathlib.PurePosixPath(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    assert actual == expected, f"mismatch: {actual} != {expected}"
    assert [str(k) for k in sorted(expected)] == [r["name"] for r in st["predicate"]["resources"]], "resource order"
    print("OK")


if __name__ == "__main__":
    main(*sys.argv[1:4])
