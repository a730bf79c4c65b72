"""Compact French and English stopword lists, already accent-folded like `clairbot.text.words`.

They hold function words plus the conversational filler visitors wrap questions in ("comment",
"je voudrais savoir", "how", "could you tell me"). Domain words (delivery, invoice, retour...)
are never listed: a word that may name what the visitor is asking about must stay searchable.
A filler word that stayed would count against confidence when the knowledge base lacks it.
"""

from __future__ import annotations

ELISIONS: frozenset[str] = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t"})
"""French elided articles and pronouns (l', d', qu'...), which `words()` splits off."""

FRENCH: frozenset[str] = frozenset(
    """
    a ai aie aient aies ait as au aucun aucune aupres aura aurai auraient aurais aurait
    auras aurez auriez aurions aurons auront aussi autre autres aux avaient avais avait
    avant avec avez aviez avions avoir avons ayant ayez ayons
    bah beaucoup bien bonjour bonsoir
    ca car ce ceci cela celle celles celui cependant certain certaine certaines certains
    ces cet cette ceux chacun chacune chaque chez ci comme comment concernant
    dans de deja des desormais devez devons devrai devrais devrait devriez dire dis dit
    dites doit doivent donc dont dois du
    elle elles en encore entre es est et etaient etais etait etant ete etes etiez etions
    etre eu eue eues eurent eus eut eux
    faire fais faisons fait faites faut fera ferai ferais ferait ferez ferons feront
    hein hello ici il ils
    j je jusqu jusque
    la laquelle le lequel les lesquelles lesquels leur leurs lors lui
    ma madame mais me meme memes merci mes mien mienne moi moins mon monsieur
    ne ni non nos notre nous
    obtenir oh ok on ont ou oui
    par parce pas peu peut peuvent peux plait plus plusieurs possible pour pourquoi
    pourrai pourrais pourrait pourriez pourrions pouvez pouvoir pouvons puis puisse
    puissent puisque
    quand que quel quelle quelles quels quelqu quelque quelques qui quoi
    sa sachant sais sait salut sans savoir se sera serai seraient serais serait seras
    serez seriez serions serons seront ses si sien sienne soi soient sois soit sommes son
    sont souhaite souhaiterais souhaiterions souhaitez souhaitons stp suis sur svp
    ta tant te telle telles tels tes toi ton toujours tous tout toute toutes tres trop
    tu
    un une unes uns
    va vais veuillez veut veux vont vos votre voudrais voudrait voudrions voulez voulons
    vous vu
    y
    aimerais aimerions besoin combien temps juste maintenant vraiment
    pense penser penses pensez trouve trouver trouves trouvez
    donne donner donnez met mets mettent mettez mettre
    """.split()
)

ENGLISH: frozenset[str] = frozenset(
    """
    a about above after again all also am an and any anyone anything are aren as at
    be because been before being below between both but by
    can cannot could couldn
    d did didn do does doesn doing don done
    each either else ever
    few for from further
    get gets getting got
    had hadn has hasn have haven having he hello her here hers herself hey hi him himself
    his how
    i if in into is isn it its itself
    just
    know
    let like ll
    m many may me might mine more most much must mustn my myself
    need needs no nor not now
    of off ok okay on once one only or other others ought our ours ourselves out over own
    please possible
    re
    s same shall shan she should shouldn so some someone something such sure
    t tell than thank thanks that the their theirs them themselves then there these they
    this those through to too
    under until up us
    ve very
    want wanted wants was wasn way we were weren what whatever when where whether which
    while who whom whose why will with won would wouldn
    yes you your yours yourself yourselves
    able another give go goes going gone happen happened happens long really well went
    """.split()
)
