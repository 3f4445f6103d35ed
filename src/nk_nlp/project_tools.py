"""Plumbing of the spaCy project (project.yml): the source fingerprint that makes
training rerun when a component changes, and packaging the trained pipeline as
`id_nk_pipeline`. Run through `nk-nlp fingerprint` and `nk-nlp package`."""

import hashlib
import json
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

PACKAGE = "id_nk_pipeline"


def fingerprint(src: Path) -> str:
    """One SHA-256 of every *.py under `src` with its relative path (hashing the folder
    itself would also count __pycache__)."""
    digest = hashlib.sha256()
    for path in sorted(src.rglob("*.py")):
        digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_fingerprint(src: Path, out: Path) -> str:
    """Write the fingerprint of `src` to `out`, touching it only when it changed."""
    value = fingerprint(src) + "\n"
    if not out.exists() or out.read_text() != value:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(value)
    return value.strip()


def run(*cmd: str) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def package_version() -> str:
    """The packaged pipeline takes the version of the installed nk_nlp."""
    return metadata.version("nk_nlp")


def wheel_path(out_dir: Path, version: str) -> Path:
    return out_dir / "dist" / f"{PACKAGE}-{version}-py3-none-any.whl"


def build_package(model_dir: Path, meta_path: Path, out_dir: Path) -> Path:
    """`spacy package` without --code (the components come from the nk_nlp requirement
    that spaCy detects through the factories' entry points), then a wheel of it."""
    version = package_version()
    out_dir.mkdir(parents=True, exist_ok=True)
    # model-best/meta.json holds the scores on the training articles (dev = train): a fit,
    # not performance. The package says so and points to the held-out figures instead.
    trained = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    meta = {**json.loads(meta_path.read_text(encoding="utf-8")), "performance": {},
            "training_set_fit": trained.get("performance", {}),
            "performance_note": "Scored on the articles it was trained on (training_set_fit), not performance; "
                                "held-out scores: outputs/metrics.md of the nk_nlp project."}
    package_meta = out_dir / "package-meta.json"
    package_meta.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    run(sys.executable, "-m", "spacy", "package", str(model_dir), str(out_dir), "--meta-path", str(package_meta),
        "--version", version, "--build", "none", "--force")
    package_dir = out_dir / f"{PACKAGE}-{version}"
    meta = json.loads((package_dir / "meta.json").read_text(encoding="utf-8"))
    requirements = meta.get("requirements", [])
    if not any(re.match(r"nk[-_]nlp\b", r) for r in requirements):
        raise RuntimeError(f"nk_nlp is not among the package requirements {requirements}: are its entry points installed?")
    print(f"requirements: {', '.join(requirements)}")
    wheel = wheel_path(out_dir, version)
    wheel.unlink(missing_ok=True)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheel.parent), str(package_dir))
    if not wheel.exists():
        raise RuntimeError(f"pip wheel did not produce {wheel}")
    return wheel


def install_package(out_dir: Path, receipt: Path) -> Path:
    """pip-install the built wheel (its requirements are installed already, so pip
    downloads nothing) and write a receipt for the project lock. When NK_INSTALL_TARGET
    names a folder, install only there (no dependencies; put it on PYTHONPATH): the tests
    run the workflow that way so that they never replace the user's package."""
    version = package_version()
    wheel = wheel_path(out_dir, version)
    if not wheel.exists():
        raise FileNotFoundError(f"{wheel} not found: run the package step first")
    target = os.environ.get("NK_INSTALL_TARGET")
    if target:
        run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--upgrade", "--target", target, str(wheel))
    else:
        # Same version rebuilt: uninstall first so pip replaces it, but keep the requirements as they are.
        try:
            metadata.version(PACKAGE)
            run(sys.executable, "-m", "pip", "uninstall", "--yes", "--quiet", PACKAGE)
        except metadata.PackageNotFoundError:
            pass
        run(sys.executable, "-m", "pip", "install", "--quiet", str(wheel))
    receipt.parent.mkdir(parents=True, exist_ok=True)
    receipt.write_text(json.dumps({"package": PACKAGE, "version": version, "wheel": str(wheel)}, indent=2) + "\n")
    return wheel
