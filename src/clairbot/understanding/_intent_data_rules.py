"""Rules for the data-subject rights asked in the chat: "supprimer mes données", "export my
data" (GDPR art. 12(2): exercising a right must be made easy, in the channel at hand).

They run on the normalized text (accents folded, "l'" read as "le").
"""

from __future__ import annotations

import re

_MY_DATA_FR = r"(?:toutes )?(?:mes|les|mon|toutes les) (?:donnees|informations|infos|historique)"
_MY_DATA_EN = r"(?:all )?(?:of )?my (?:personal )?(?:data|information|info|details|history)"

ERASE = re.compile(
    rf"\b(?:supprim\w*|effac\w*|detrui\w*|oubli\w*|eliminer) {_MY_DATA_FR}\b"
    r"|\bdroit a (?:le )?oubli\b|\bdroit (?:a|de) (?:le )?effacement\b"
    rf"|\b(?:delete|erase|remove|wipe|purge|destroy) {_MY_DATA_EN}\b"
    r"|\bforget (?:about )?me\b|\bright to (?:be forgotten|erasure)\b")

EXPORT = re.compile(
    rf"\b(?:export\w*|telecharg\w*|recuper\w*|obtenir|acceder a|consulter|voir) {_MY_DATA_FR}\b"
    r"|\bdroit (?:de |d )?acces\b|\bportabilite\b"
    rf"|\bcopie (?:de|des) {_MY_DATA_FR[len('(?:toutes )?'):]}\b|\bcopy of {_MY_DATA_EN}\b"
    r"|\bquelles (?:donnees|informations) (?:avez vous|detenez vous|conservez vous|gardez vous)\b"
    rf"|\b(?:export|download|get|access|see|obtain|request) (?:a copy of )?{_MY_DATA_EN}\b"
    r"|\bright (?:of|to) (?:access|data portability)\b"
    r"|\bwhat (?:personal )?(?:data|information) do you (?:have|hold|keep|store) (?:on|about) me\b")

OBJECT = re.compile(
    r"\bje me oppose (?:au|a le|a la) (?:traitement|utilisation|exploitation)\b"
    r"|\bdroit de opposition\b|\bopposition au traitement\b"
    rf"|\b(?:ne plus|arretez de|cessez de) (?:utiliser|traiter|exploiter) {_MY_DATA_FR}\b"
    r"|\bi object to (?:the |you )?(?:processing|using|use|usage)\b|\bright to object\b"
    rf"|\b(?:stop|quit) (?:using|processing|analy[sz]ing) {_MY_DATA_EN}\b")
