"""Package the trained pipeline as `id_nk_pipeline` and install it.

    python scripts/package.py build MODEL_DIR META_JSON OUT_DIR
    python scripts/package.py install OUT_DIR RECEIPT_JSON

`build` runs `spacy package` (version from pyproject.toml, no --code: the
components come from the nk_nlp requirement that spaCy detects through the
factories' entry points), then builds a wheel of it with pip into OUT_DIR/dist.
`install` pip-installs that wheel (into $NK_INSTALL_TARGET only, when set). Its requirements (nk_nlp, spacy) are already
installed, so pip downloads nothing; it writes a receipt for the project lock.
"""

import json
import os
import re
from importlib import metadata
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "id_nk_pipeline"


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    match = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    if not match:
        sys.exit("no version in the [project] table of pyproject.toml")
    return match.group(1)


def run(*cmd: str) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def wheel_path(out_dir: Path, version: str) -> Path:
    return out_dir / "dist" / f"{PACKAGE}-{version}-py3-none-any.whl"


def build(model_dir: Path, meta_path: Path, out_dir: Path) -> None:
    version = project_version()
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
        sys.exit(f"nk_nlp is not among the package requirements {requirements}: are its entry points installed?")
    print(f"requirements: {', '.join(requirements)}")
    wheel = wheel_path(out_dir, version)
    wheel.unlink(missing_ok=True)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheel.parent), str(package_dir))
    if not wheel.exists():
        sys.exit(f"pip wheel did not produce {wheel}")
    print(f"built {wheel}")


def install(out_dir: Path, receipt: Path) -> None:
    """pip-install the wheel into the running environment, or, when NK_INSTALL_TARGET
    names a folder, only into that folder (no dependencies; put it on PYTHONPATH): the
    tests run the workflow that way so that they never replace the user's package."""
    version = project_version()
    wheel = wheel_path(out_dir, version)
    if not wheel.exists():
        sys.exit(f"{wheel} not found: run the package step first")
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


def main(argv) -> None:
    if len(argv) == 4 and argv[0] == "build":
        build(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    elif len(argv) == 3 and argv[0] == "install":
        install(Path(argv[1]), Path(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
