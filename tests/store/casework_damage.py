"""Damaging a casework file the way a failing disk or a cut power does: bytes overwritten in
the middle of one page."""

from pathlib import Path

from referral_app.store.casework import CASEWORK_FILE, CaseworkStore

PAGE = 4096  # SQLCipher's page size


def referral_table_page(data_dir: Path, passphrase: str) -> int:
    store = CaseworkStore.unlock(data_dir, passphrase, who="CW-07")
    try:
        return int(store.db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'referral'").fetchone()[0])
    finally:
        store.lock()


def damage_page(data_dir: Path, page: int) -> bytes:
    """Overwrite 32 bytes in the middle of page ``page`` (1 is the first); the damaged bytes."""
    path = data_dir / CASEWORK_FILE
    data = bytearray(path.read_bytes())
    middle = (page - 1) * PAGE + PAGE // 2
    data[middle:middle + 32] = bytes(b ^ 0x5A for b in data[middle:middle + 32])
    path.write_bytes(bytes(data))
    return bytes(data)
