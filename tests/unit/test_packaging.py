"""The built wheel carries everything the service reads at run time: the schemas it validates
every output record against (service/schemas is a link to schemas/), the lexicons and the
evaluation split."""

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_has_the_package_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    wheel = next(tmp_path.glob("newsflow-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for schema in (ROOT / "schemas").glob("*.json"):
        assert f"service/schemas/{schema.name}" in names, schema.name
    assert "service/evaluation/spkatt_split.json" in names
    assert "service/extract/lexicons/cues_de.tsv" in names
    assert "service/extract/lexicons/event_types.json" in names
