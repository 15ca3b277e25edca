"""What a new casework passphrase must be: long enough and not easy to guess.

Guessability is estimated with zxcvbn, which knows common passwords, names, keyboard patterns
and dates, and is told the words a passphrase chosen in Pakistan is often built from
(``resources/passphrase_words.txt``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..core.errors import UserError

MIN_PASSPHRASE = 8
# zxcvbn's estimate of the guesses needed, as a power of ten. The file can be copied and
# guessed at offline; SQLCipher's key derivation lets a graphics card try some 10^4 a second,
# so 10^10 guesses is weeks, 10^12 years.
ENOUGH = 10.0
STRONG = 12.0
_ESTIMATED = 72  # characters looked at: zxcvbn refuses longer input (it slows down)


@cache
def common_words() -> tuple[str, ...]:
    text = (resources.files("referral_app.resources") / "passphrase_words.txt").read_text(
        encoding="utf-8")
    return tuple(line.strip().lower() for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def _guesses(passphrase: str) -> float:
    """log10 of the guesses zxcvbn reckons the passphrase needs."""
    from zxcvbn import zxcvbn  # 60 ms to load: only when a passphrase is chosen

    estimate = zxcvbn(passphrase[:_ESTIMATED], user_inputs=list(common_words()))
    return float(estimate["guesses_log10"])


def check_new_passphrase(passphrase: str, again: str) -> None:
    if not passphrase:
        raise UserError("Choose a passphrase: it protects every referral on this laptop.")
    if passphrase != again:
        raise UserError("The two passphrases are not the same; type it again twice.")
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(f"Use at least {MIN_PASSPHRASE} characters; a short sentence is "
                        "easier to remember and harder to guess.")
    if "\x00" in passphrase:
        raise UserError("The passphrase holds a character that cannot be used.")
    if _guesses(passphrase) < ENOUGH:
        raise UserError("That passphrase is too easy to guess (a common word, name, place or "
                        "pattern); use a short sentence of your own, such as four unrelated "
                        "words.")


def passphrase_strength(passphrase: str) -> str:
    """'weak', 'fair' or 'strong': a hint as it is typed; 'weak' ones are refused."""
    if len(passphrase) < MIN_PASSPHRASE:
        return "weak"
    guesses = _guesses(passphrase)
    return "strong" if guesses >= STRONG else "fair" if guesses >= ENOUGH else "weak"
