"""The sentences the store and core speak, in the interface language.

The store speaks English (its sentences also reach the command line and the log). The ones a
caseworker meets in the window are listed here, so that translators see them; ``%1`` stands for
the part that changes. A sentence not listed is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.text import set_apart

CONTEXT = "Messages"

SENTENCES = (
    QT_TRANSLATE_NOOP("Messages", "Choose a passphrase: it protects every referral on this "
                                  "laptop."),
    QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same; type it again twice."),
    QT_TRANSLATE_NOOP("Messages", "Use at least %1 characters; a short sentence is easier to "
                                  "remember and harder to guess."),
    QT_TRANSLATE_NOOP("Messages", "The passphrase holds a character that cannot be used."),
    QT_TRANSLATE_NOOP("Messages", "This laptop already has a casework file; unlock it instead."),
    QT_TRANSLATE_NOOP("Messages", "There is no casework file on this laptop yet; create one "
                                  "first."),
    QT_TRANSLATE_NOOP("Messages", "That passphrase does not open the casework file; check it "
                                  "and try again. (If it is right, the file may be damaged; it "
                                  "has been left untouched.)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged (cut short); it has been left untouched so "
                                  "that it can be recovered from a backup."),
    QT_TRANSLATE_NOOP("Messages", "%1 is not encrypted, so it is not ours; it has been left "
                                  "untouched."),
    QT_TRANSLATE_NOOP("Messages", "Cannot create the casework file in %1; check that the "
                                  "folder can be written."),
    # store/passphrase_policy.py, store/unlock_delay.py
    QT_TRANSLATE_NOOP("Messages", "That passphrase is too easy to guess (a common word, name, "
                                  "place or pattern); use a short sentence of your own, such as "
                                  "four unrelated words."),
    QT_TRANSLATE_NOOP("Messages", "Wait %1 seconds before trying again."),
    # store/casework_file.py, casework_copies.py, casework_backup.py: damage, copies, backups
    QT_TRANSLATE_NOOP("Messages", "The casework file is damaged, so referrals cannot be read; "
                                  "the last good copy was made on %1 and can be put back."),
    QT_TRANSLATE_NOOP("Messages", "The casework file is damaged, so referrals cannot be read, "
                                  "and there is no good copy of it; it has been left "
                                  "untouched."),
    QT_TRANSLATE_NOOP("Messages", "The casework file is older than the copy kept on %1, which "
                                  "holds later changes; that copy can be put back."),
    QT_TRANSLATE_NOOP("Messages", "The casework file is not the one this laptop kept copies of "
                                  "(it may come from another laptop); the copy kept on %1 can "
                                  "be put back."),
    QT_TRANSLATE_NOOP("Messages", "There is no good copy of the casework file that opens with "
                                  "this passphrase; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "Cannot put the copy back in %1; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "Choose a place for the backup outside the data folder, such "
                                  "as a USB stick."),
    QT_TRANSLATE_NOOP("Messages", "%1 is a folder; give the backup a file name, such as "
                                  "casework-backup.db."),
    QT_TRANSLATE_NOOP("Messages", "%1 exists already; choose another name (a backup is never "
                                  "written over another file here)."),
    QT_TRANSLATE_NOOP("Messages", "Cannot write the backup to %1; no backup was made."),
    QT_TRANSLATE_NOOP("Messages", "The backup written to %1 reads back differently; the drive "
                                  "may be failing. Use another one."),
    QT_TRANSLATE_NOOP("Messages", "%1 is a folder; choose the backup file in it; nothing was "
                                  "changed."),
    QT_TRANSLATE_NOOP("Messages", "Cannot read %1; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a casework backup; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "Cannot copy the backup into %1; nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "%1 does not open with this passphrase as a whole casework "
                                  "backup (another passphrase, a damaged file, or not a "
                                  "backup); nothing was changed."),
    QT_TRANSLATE_NOOP("Messages", "Cannot put the backup in place in %1; nothing was "
                                  "changed."),
    QT_TRANSLATE_NOOP("Messages", "Another trusted publisher is already called %1; give this "
                                  "one a name that tells them apart."),
    QT_TRANSLATE_NOOP("Messages", "%1 is trusted for some areas only; to trust it everywhere, "
                                  "remove it first and add it again."),
    QT_TRANSLATE_NOOP("Messages", "Give the case a code (never the survivor's name)."),
    QT_TRANSLATE_NOOP("Messages", "A case code is 3 to 40 letters, digits, '-' or '/', such as "
                                  "ORG-2026-0001; never the survivor's name."),
    QT_TRANSLATE_NOOP("Messages", "The case code %1 is already used; choose another."),
    QT_TRANSLATE_NOOP("Messages", "That service is not part of this referral."),
    QT_TRANSLATE_NOOP("Messages", "There are no corrections to send."),
    QT_TRANSLATE_NOOP("Messages", "Another import or update is running on this directory; wait "
                                  "for it to finish and try again."),
    QT_TRANSLATE_NOOP("Messages", "Write the corrected value."),
    QT_TRANSLATE_NOOP("Messages", "A correction is at most %1 characters."),
    QT_TRANSLATE_NOOP("Messages", "Give the service a name."),
    QT_TRANSLATE_NOOP("Messages", "A name or a place is at most %1 characters."),
    # core/phone_number.py: a phone number that cannot be used (a correction, a local service)
    QT_TRANSLATE_NOOP("Messages", "The phone number is %1 characters long; write one number of "
                                  "at most 30 characters."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds a direction control (%1), which can "
                                  "make it show one number and dial another; type it again with "
                                  "the digits 0-9."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds an invisible character (%1); type it "
                                  "again with the digits 0-9."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds a digit of another script (%1); type "
                                  "it again with the digits 0-9."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds letters (%1); write only the number, "
                                  "without an extension or a note such as 'toll free'."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds more than one number (%1); write one "
                                  "number at a time."),
    QT_TRANSLATE_NOOP("Messages", "The phone number holds %1, which is not part of a number; use "
                                  "only the digits 0-9, spaces and + - ( )."),
    QT_TRANSLATE_NOOP("Messages", "The phone number has too few or too many digits (%1); a phone "
                                  "number has 2 to 15."),
    QT_TRANSLATE_NOOP("Messages", "Choose what need the service meets."),
    QT_TRANSLATE_NOOP("Messages", "No update has been applied on this laptop; there is nothing "
                                  "to undo."),
    QT_TRANSLATE_NOOP("Messages", "The copy of the directory kept before the last update (%1) "
                                  "is damaged, so the update cannot be undone; the directory is "
                                  "unchanged."),
    QT_TRANSLATE_NOOP("Messages", "The directory could not be changed back (%1); nothing "
                                  "changed."),
    QT_TRANSLATE_NOOP("Messages", "The copy of the directory kept before the last update (%1) "
                                  "was made by another version of Referral App, so the update "
                                  "cannot be undone; the directory is unchanged."),
    # store/undo.py, store/undo_record.py: an update undone from its undo record
    QT_TRANSLATE_NOOP("Messages", "The record of what the last update changed is no longer kept "
                                  "(only the last %1 updates can be undone), so it cannot be "
                                  "undone; the directory is unchanged."),
    QT_TRANSLATE_NOOP("Messages", "The record of what the last update changed was made by "
                                  "another version of Referral App, so the update cannot be "
                                  "undone; the directory is unchanged."),
    QT_TRANSLATE_NOOP("Messages", "The directory was changed since the last update in a way that "
                                  "stands in the way of undoing it (%1); the directory is "
                                  "unchanged."),
    QT_TRANSLATE_NOOP("Messages", "The directory no longer has the table %1 that the last update "
                                  "changed, so it cannot be undone; the directory is unchanged."),
    # store/integrity.py, store/write_errors.py: a damaged directory, a full disk
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged and cannot be trusted; run 'referral-app "
                                  "repair' to restore the last good copy (the damaged file is "
                                  "kept aside)."),
    QT_TRANSLATE_NOOP("Messages", "The disk holding %1 is full; nothing was changed. Free some "
                                  "space and try again."),
    QT_TRANSLATE_NOOP("Messages", "The disk holding %1 is full; nothing was imported. Free some "
                                  "space and try again."),
    # core/sheet_reader.py, core/sheet_services.py: a coordinator's spreadsheet
    QT_TRANSLATE_NOOP("Messages", "%1 is protected with a password; open it in Excel or "
                                  "LibreOffice, remove the password, save it, and import it "
                                  "again."),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a spreadsheet this app can read (it may be "
                                  "damaged); open it in Excel or LibreOffice and save it again "
                                  "as .xlsx."),
    QT_TRANSLATE_NOOP("Messages", "%1 has no rows; a sheet needs a header row and one row per "
                                  "service."),
    QT_TRANSLATE_NOOP("Messages", "%1: no column is chosen as the service's name; choose one "
                                  "(in the window, or in the mapping file) and import it "
                                  "again."),
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(re.escape(s).replace("%1", "(.+?)") + r"\Z", re.DOTALL), s)
                 for s in SENTENCES)


def message_text(error: BaseException) -> str:
    """The error's sentence in the interface language (as it is when not listed above)."""
    text = str(error)
    for pattern, source in _patterns():
        found = pattern.match(text)
        if found:
            translated = QCoreApplication.translate(CONTEXT, source)
            if not found.groups():
                return translated
            part = found.group(1)
            # in an Urdu sentence, an English or numeric part keeps its own order
            return translated.replace("%1", set_apart(part) if translated != source else part)
    return text
