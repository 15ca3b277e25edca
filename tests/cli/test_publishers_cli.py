"""Several publishers from the command line: areas of trust, what an update would change and
leave, version jumps, hand-overs, and the trusted names in the history."""

import copy

from referral_app.core import bundle
from tests.cli.test_update_cli import run
from tests.fixtures.publishers import publishers
from tests.fixtures.services import service

LAHORE = service("Lahore Women's Desk", area="Lahore", phone="042-0000001")
KARACHI = service("Karachi Shelter Desk", area="Karachi", phone="021-0000003")


def trusting(capsys, tmp_path, laptop, publisher, *areas):
    public = tmp_path / f"{publisher.folder.name}.pub"
    public.write_text(publisher.public)
    options = [option for area in areas for option in ("--area", area)]
    return run(capsys, "trust", "add", str(public), "--name", publisher.name, *options,
               "--data-dir", laptop)


def test_dry_run_names_each_change_and_what_is_left_to_its_publisher(capsys, tmp_path):
    national, punjab, _ = publishers(tmp_path)
    laptop = str(tmp_path / "laptop")
    assert trusting(capsys, tmp_path, laptop, national)[1].endswith("for everywhere\n")
    code, out, _ = trusting(capsys, tmp_path, laptop, punjab, "Punjab")
    assert code == 0 and out.endswith(f"fingerprint {punjab.fingerprint}, for Punjab\n")
    assert "for Punjab)" in run(capsys, "trust", "list", "--data-dir", laptop)[1]
    assert run(capsys, "import", str(national.publish(1, KARACHI)), "--data-dir", laptop)[0] == 0
    changed = copy.deepcopy(KARACHI)
    changed["phones"][0]["number"] = "0300-6666666"
    update = punjab.publish(1, LAHORE, changed)
    code, out, _ = run(capsys, "import", str(update), "--dry-run", "--data-dir", laptop)
    assert code == 0
    assert out.splitlines() == [
        f"would apply (dry run): version 1 from Punjab coordinator ({punjab.fingerprint}); "
        "added 1, updated 0, unchanged 0, rejected 0, left as they are 1",
        "added by Punjab coordinator: Lahore Women's Desk",
        f"left as published by National coordinator ({national.fingerprint}): "
        "Karachi Shelter Desk"]
    code, out, _ = run(capsys, "import", str(update), "--data-dir", laptop)
    assert code == 0 and out.splitlines()[-1].startswith("left as published by National")
    history = run(capsys, "history", "--data-dir", laptop)[1].splitlines()
    assert history[0].startswith(f"version 1 from Punjab coordinator ({punjab.fingerprint})")
    assert history[1].startswith(f"version 1 from National coordinator "
                                 f"({national.fingerprint})")


def test_an_unknown_area_is_one_sentence_and_a_city_is_its_districts(capsys, tmp_path):
    national, _, _ = publishers(tmp_path)
    laptop = str(tmp_path / "laptop")
    code, _, err = trusting(capsys, tmp_path, laptop, national, "Atlantis")
    assert code == 1 and err == (
        "referral-app: 'Atlantis' is not a province, district or city this directory knows; "
        "'referral-app trust areas' lists every name (such as Punjab, Lahore or Karachi).\n")
    code, out, _ = run(capsys, "trust", "areas", "--data-dir", laptop)
    assert code == 0 and "\nSindh: Badin, " in out
    assert ("\nKarachi: Karachi Central, Karachi East, Karachi South, Karachi West, Keamari, "
            "Korangi, Malir\n") in out
    code, out, _ = trusting(capsys, tmp_path, laptop, national, "Karachi")
    assert code == 0 and out.endswith(
        "for Karachi Central, Karachi East, Karachi South, Karachi West, Keamari, Korangi, "
        "Malir\n")


def test_a_far_version_jump_is_refused_unless_accepted(capsys, tmp_path):
    national, _, _ = publishers(tmp_path)
    laptop = str(tmp_path / "laptop")
    trusting(capsys, tmp_path, laptop, national)
    far = national.publish(5000, LAHORE)
    code, _, err = run(capsys, "import", str(far), "--data-dir", laptop)
    assert code == 1 and err.count("\n") == 1
    assert "jumps from version 0 to version 5000" in err and "--accept-version-jump" in err
    assert "No updates applied yet" in run(capsys, "history", "--data-dir", laptop)[1]
    code, out, _ = run(capsys, "import", str(far), "--accept-version-jump", "--data-dir", laptop)
    assert code == 0 and out.startswith("applied: version 5000")


def build_command(tmp_path, publisher, name: str) -> list[str]:
    secret = tmp_path / "pass.txt"
    secret.write_text("coordinator passphrase\n")
    key = tmp_path / f"{name}.key"
    key.write_bytes(bundle.private_key_file(publisher.key, "coordinator passphrase"))
    return ["bundle", "build", "--key", str(key), "--publisher", publisher.name,
            "--passphrase-file", str(secret), "--data-dir", str(publisher.folder)]


def test_a_coordinator_offers_a_service_and_the_other_accepts_it(capsys, tmp_path):
    national, punjab, _ = publishers(tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text("coordinator passphrase\n")
    key = tmp_path / "national.key"
    key.write_bytes(bundle.private_key_file(national.key, "coordinator passphrase"))
    other = tmp_path / "punjab.pub"
    other.write_text(punjab.public)
    national.publish(1, LAHORE)
    common = ["bundle", "build", "--key", str(key), "--publisher", "National",
              "--passphrase-file", str(secret), "--data-dir", str(national.folder)]
    code, _, err = run(capsys, *common, "--version", "2", "--out", str(tmp_path / "v2.zip"),
                       "--hand-over", LAHORE["id"])
    assert code == 1 and "Give each --hand-over SERVICE_ID its --to OTHER.pub" in err
    code, out, _ = run(capsys, *common, "--version", "2", "--out", str(tmp_path / "v2.zip"),
                       "--hand-over", LAHORE["id"], "--to", str(other))
    assert code == 0 and f"offered: {LAHORE['id']} to {punjab.fingerprint} (it stays" in out
    code, out, _ = run(capsys, *common, "--version", "3", "--out", str(tmp_path / "v3.zip"))
    assert code == 0 and "48 services" not in out and "47 services" in out  # not Lahore's
    # a laptop records the offer; the service stays national's
    laptop = str(tmp_path / "laptop")
    trusting(capsys, tmp_path, laptop, national)
    trusting(capsys, tmp_path, laptop, punjab)
    run(capsys, "import", str(tmp_path / "national-v1.zip"), "--data-dir", laptop)
    code, out, _ = run(capsys, "import", str(tmp_path / "v2.zip"), "--data-dir", laptop)
    assert (f"offered by {national.name} to {punjab.name} ({punjab.fingerprint}), still "
            f"{national.name}'s until {punjab.name} publishes it: {LAHORE['name']}") in out
    # the Punjab coordinator's laptop took the national file with the offer: it accepts it
    punjab_build = build_command(tmp_path, punjab, "punjab")
    trusting(capsys, tmp_path, str(punjab.folder), national)
    run(capsys, "import", str(tmp_path / "national-v1.zip"), "--data-dir", str(punjab.folder))
    run(capsys, "import", str(tmp_path / "v2.zip"), "--data-dir", str(punjab.folder))
    code, _, err = run(capsys, *punjab_build, "--version", "1", "--out",
                       str(tmp_path / "p1.zip"), "--accept-hand-over", "no-such-service")
    assert code == 1 and err.count("\n") == 1 and "is not offered to this key here" in err
    code, out, _ = run(capsys, *punjab_build, "--version", "1", "--out",
                       str(tmp_path / "p1.zip"), "--accept-hand-over", LAHORE["id"])
    assert code == 0 and "48 services" in out and f"accepted: {LAHORE['id']}" in out
    code, out, _ = run(capsys, "import", str(tmp_path / "p1.zip"), "--data-dir", laptop)
    assert (f"taken over by {punjab.name}, as {national.name} ({national.fingerprint}) "
            f"offered it: {LAHORE['name']}") in out


def test_a_version_is_built_once_and_previous_must_be_this_keys_own(capsys, tmp_path):
    national, punjab, _ = publishers(tmp_path)
    common = build_command(tmp_path, national, "national")
    out1 = str(tmp_path / "n1.zip")
    assert run(capsys, *common, "--version", "1", "--out", out1)[0] == 0
    assert run(capsys, *common, "--version", "1", "--out", out1)[0] == 0  # the same again
    national.publish(2, LAHORE)  # (the master directory changes; version 2 is built)
    code, _, err = run(capsys, *common, "--version", "1", "--out", str(tmp_path / "again.zip"))
    assert code == 1 and err.count("\n") == 1
    assert "Version 1 was already published with this key, with other contents; build the " \
           "next version (3) instead." in err
    assert not (tmp_path / "again.zip").exists()
    other = punjab.publish(1, KARACHI)
    code, _, err = run(capsys, *common, "--version", "3", "--out", str(tmp_path / "n3.zip"),
                       "--previous", str(other))
    assert code == 1 and err.count("\n") == 1
    assert "was built with another key" in err and "--previous must be an earlier update " \
           "file built with this key" in err
    assert not (tmp_path / "n3.zip").exists()
    code, out, _ = run(capsys, *common, "--version", "3", "--out", str(tmp_path / "n3.zip"),
                       "--previous", str(tmp_path / "national-v2.zip"))
    assert code == 0


def test_build_names_what_it_claims_and_a_removed_key_is_released_only_when_asked(capsys,
                                                                                  tmp_path):
    national, punjab, _ = publishers(tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text("coordinator passphrase\n")
    key = tmp_path / "national.key"
    key.write_bytes(bundle.private_key_file(national.key, "coordinator passphrase"))
    folder = str(national.folder)
    common = ["bundle", "build", "--key", str(key), "--publisher", "National",
              "--passphrase-file", str(secret), "--data-dir", folder]
    code, out, _ = run(capsys, *common, "--version", "1", "--out", str(tmp_path / "v1.zip"))
    assert code == 0 and "claims 47 services no publisher owned here" in out
    trusting(capsys, tmp_path, folder, punjab)
    run(capsys, "import", str(punjab.publish(1, LAHORE)), "--data-dir", folder)
    assert run(capsys, "trust", "remove", punjab.fingerprint, "--data-dir", folder)[0] == 0
    code, out, _ = run(capsys, *common, "--version", "2", "--out", str(tmp_path / "v2.zip"))
    assert code == 0 and "47 services" in out and "claims" not in out  # not Punjab's
    code, out, _ = run(capsys, "trust", "remove", punjab.fingerprint, "--release-services",
                       "--data-dir", folder)
    assert code == 0 and "released 1 service:" in out
    code, out, _ = run(capsys, *common, "--version", "3", "--out", str(tmp_path / "v3.zip"))
    assert code == 0 and "48 services" in out
    assert out.splitlines()[-2:] == ["claims 1 service no publisher owned here, for the first "
                                     "time:", "  Lahore Women's Desk"]


def test_import_names_the_services_a_file_claims(capsys, tmp_path):
    _, _, sindh = publishers(tmp_path)
    sindh.starter = True
    laptop = str(tmp_path / "laptop")
    trusting(capsys, tmp_path, laptop, sindh)
    with sindh.directory() as directory:
        edhi = directory.search("edhi")[0]
        record = directory.service(edhi.id)
    record["description"] = "Checked by the Sindh desk."
    update = sindh.publish(1, record)
    for dry_run in (["--dry-run"], []):
        code, out, _ = run(capsys, "import", str(update), *dry_run, "--data-dir", laptop)
        assert code == 0 and "unchanged 46" in out
        assert "claims 1 service no one published here:\n  Edhi Foundation\n" in out


def test_an_offer_to_something_that_is_not_a_key_refuses_the_file(capsys, tmp_path):
    """The receiver of an offer is a fingerprint: a file (a stolen key's) that offers a
    service "to" words of its own choosing, such as a trusted publisher's name or a line of
    its own, would have the preview and import print them as the laptop's words."""
    national, punjab, _ = publishers(tmp_path)
    laptop = str(tmp_path / "laptop")
    trusting(capsys, tmp_path, laptop, national)
    trusting(capsys, tmp_path, laptop, punjab, "Punjab")
    assert run(capsys, "import", str(punjab.publish(1, LAHORE)), "--data-dir", laptop)[0] == 0
    fake = (f"{national.name} ({national.fingerprint})\n"
            f"taken over by {national.name}, as Punjab coordinator offered it: ")
    update = punjab.publish(2, hand_over={LAHORE["id"]: fake})
    for options in (["--dry-run"], []):
        code, out, err = run(capsys, "import", str(update), *options, "--data-dir", laptop)
        assert code == 1 and out == "" and err.count("\n") == 1
        assert "handed_over" in err and "taken over" not in err
    assert "version 2" not in run(capsys, "history", "--data-dir", laptop)[1]


def test_an_untrusted_file_is_refused_in_one_sentence_whatever_name_it_claims(capsys,
                                                                            tmp_path):
    national, punjab, _ = publishers(tmp_path)
    laptop = str(tmp_path / "laptop")
    trusting(capsys, tmp_path, laptop, national)
    claimed = ("Punjab coordinator\napplied: version 9 from National coordinator "
               f"({national.fingerprint}); added 0\u202e" + "x" * 5000)
    update = punjab.publish(1, LAHORE, claimed_name=claimed)
    code, out, err = run(capsys, "import", str(update), "--data-dir", laptop)
    assert code == 1 and out == "" and err.count("\n") == 1 and len(err) < 600
    assert "does not trust" in err and "\u202e" not in err
