"""Retrieval on the demo knowledge base: visitors' questions find their passage, and questions
the base does not answer are not presented as answered.

The questions are paraphrases a visitor could type, not copies of the passage titles.
"""

from __future__ import annotations

import pytest

from clairbot.knowledge import KnowledgeIndex

# (question, expected passage id, rank it must reach: 1 = top hit, 3 = within the top 3)
FRENCH = [
    # minimum order, asked as an amount
    (
        "Quel est le montant minimum pour passer commande ?",
        "fr/commandes.md#quantites-minimales-de-commande",
        1,
    ),
    # quotes: "recevoir" must meet "recevez" (irregular verb)
    ("Combien de temps pour recevoir un devis ?", "fr/commandes.md#demander-un-devis", 1),
    # production lead time of printed boxes
    (
        "En combien de temps fabriquez-vous des cartons imprimés ?",
        "fr/commandes.md#delais-de-fabrication",
        1,
    ),
    # custom printing, with "boîtes" for boxes
    (
        "Est-ce que vous pouvez imprimer notre logo sur les boîtes ?",
        "fr/commandes.md#impression-personnalisee-des-cartons",
        1,
    ),
    # samples
    (
        "Je voudrais recevoir des échantillons gratuits",
        "fr/commandes.md#commander-des-echantillons",
        1,
    ),
    # delivery zones, asked with the verb
    ("Livrez-vous en Belgique ?", "fr/livraison.md#zones-de-livraison", 1),
    # delivery costs
    ("La livraison est-elle gratuite ?", "fr/livraison.md#frais-de-livraison", 1),
    # damaged goods, with a participle in the feminine
    (
        "Mon colis est arrivé abîmé, que dois-je faire ?",
        "fr/livraison.md#colis-endommage-ou-manquant",
        1,
    ),
    # tracking
    ("Où suivre mon colis ?", "fr/livraison.md#suivre-ma-livraison", 1),
    # payment terms, asked as "délai de paiement"
    (
        "Quel est le délai de paiement des factures ?",
        "fr/facturation.md#conditions-et-delais-de-paiement",
        1,
    ),
    # payment methods
    (
        "Acceptez-vous les paiements par chèque ?",
        "fr/facturation.md#moyens-de-paiement-acceptes",
        1,
    ),
    # VAT for a company in another EU country
    (
        "Nous sommes une entreprise basée en Allemagne, devons-nous payer la TVA ?",
        "fr/facturation.md#tva-et-numero-de-tva-intracommunautaire",
        1,
    ),
    # a missing invoice
    ("Je n'ai pas reçu ma facture", "fr/facturation.md#recevoir-et-telecharger-mes-factures", 1),
    # return deadline; the return procedure, which also counts days, may come first
    (
        "Combien de jours ai-je pour renvoyer un article ?",
        "fr/retours.md#delai-pour-retourner-un-produit",
        3,
    ),
    # refunds
    (
        "Comment obtenir un remboursement pour un retour ?",
        "fr/retours.md#remboursement-d-un-retour",
        1,
    ),
    # FAQ item: forgotten password
    (
        "J'ai oublié mon mot de passe du portail",
        "fr/compte-client.yaml#j-ai-oublie-mon-mot-de-passe-que-faire",
        1,
    ),
    # FAQ item: users of the account
    (
        "Comment ajouter un utilisateur à notre compte entreprise ?",
        "fr/compte-client.yaml#comment-ajouter-un-collegue-sur-notre-compte",
        1,
    ),
    # FAQ item: API
    (
        "Avez-vous une API pour connecter notre ERP ?",
        "fr/compte-client.yaml#proposez-vous-une-api-pour-connecter-notre-systeme",
        1,
    ),
    # certifications
    ("Vos cartons sont-ils certifiés FSC ?", "fr/produits.md#certifications-fsc-et-pefc", 1),
    # food contact, asked in everyday words
    (
        "Peut-on mettre des aliments directement dans vos cartons ?",
        "fr/produits.md#contact-alimentaire",
        1,
    ),
    # carbon footprint
    (
        "Quelle est l'empreinte carbone de vos cartons ?",
        "fr/developpement-durable.md#empreinte-carbone-de-nos-emballages",
        1,
    ),
    # take-back programme
    (
        "Que faire de nos cartons usagés ?",
        "fr/developpement-durable.md#programme-de-reprise-et-de-recyclage",
        1,
    ),
    # contract termination
    ("Je souhaite résilier notre contrat", "fr/contrats.md#resilier-un-contrat", 1),
    # opening hours
    (
        "Quels sont vos horaires d'ouverture ?",
        "fr/contact.yaml#quels-sont-les-horaires-d-ouverture-du-service-client",
        1,
    ),
    # phone number
    (
        "Quel est votre numéro de téléphone ?",
        "fr/contact.yaml#comment-joindre-le-service-client-par-telephone-ou-par-e-mail",
        1,
    ),
    # data subject rights
    (
        "Comment supprimer mes données personnelles ?",
        "fr/confidentialite.md#vos-droits-sur-vos-donnees-personnelles",
        1,
    ),
    # compostable mailers
    (
        "Vos enveloppes sont-elles compostables ?",
        "fr/produits.md#enveloppes-d-expedition-compostables",
        1,
    ),
    # late payment
    (
        "Que se passe-t-il si je paie une facture en retard ?",
        "fr/facturation.md#retard-de-paiement-et-penalites",
        1,
    ),
]

ENGLISH = [
    # minimum order, asked as an amount
    ("What is the minimum order amount?", "en/orders.md#minimum-order-quantities", 1),
    # quotes
    ("How do I get a quote for custom boxes?", "en/orders.md#requesting-a-quote", 1),
    # custom printing
    ("Can you print our logo on the boxes?", "en/orders.md#custom-printed-boxes", 1),
    # samples
    ("Can I get some free samples?", "en/orders.md#ordering-samples", 1),
    # delivery zones, asked with "ship"
    ("Do you ship to Belgium?", "en/delivery.md#delivery-areas", 1),
    # delivery costs, asked as shipping
    ("How much does shipping cost?", "en/delivery.md#delivery-costs", 1),
    # delivery times, not the take-back programme that shares "take"
    ("How long will my delivery take?", "en/delivery.md#delivery-times", 1),
    # damaged goods
    ("My parcel arrived damaged", "en/delivery.md#damaged-or-missing-parcels", 1),
    # tracking
    ("Where can I track my order?", "en/delivery.md#tracking-my-delivery", 1),
    # payment terms
    ("What are your payment terms?", "en/billing.md#payment-terms", 1),
    # payment methods
    ("Can I pay by credit card?", "en/billing.md#accepted-payment-methods", 1),
    # VAT for a company in another EU country
    ("Do I have to pay VAT as a company in Germany?", "en/billing.md#vat-and-eu-vat-numbers", 1),
    # invoices
    ("Where can I download my invoices?", "en/billing.md#receiving-and-downloading-invoices", 1),
    # return deadline
    ("How many days do I have to send back a product?", "en/returns.md#return-deadline", 1),
    # refunds
    ("When will I get my refund?", "en/returns.md#refund-of-a-return", 1),
    # FAQ item: forgotten password, asked as a reset
    ("How do I reset my password?", "en/account.yaml#i-forgot-my-password-what-should-i-do", 1),
    # FAQ item: users of the account
    (
        "How do I add another user to our company account?",
        "en/account.yaml#how-do-i-add-a-colleague-to-our-account",
        1,
    ),
    # FAQ item: API
    (
        "Is there an API for our ERP?",
        "en/account.yaml#do-you-offer-an-api-to-connect-our-systems",
        1,
    ),
    # certifications
    ("Are your boxes FSC certified?", "en/products.md#fsc-and-pefc-certifications", 1),
    # food contact
    ("Are your boxes safe for food?", "en/products.md#food-contact", 1),
    # carbon footprint of the products, not of the orders
    (
        "What is the carbon footprint of your packaging?",
        "en/sustainability.md#carbon-footprint-of-our-packaging",
        1,
    ),
    # take-back programme
    (
        "Do you take back used cardboard?",
        "en/sustainability.md#take-back-and-recycling-programme",
        1,
    ),
    # contract termination, asked plainly
    ("I want to end our contract with you", "en/contracts.md#terminating-a-contract", 1),
    # opening hours
    (
        "When is customer service open?",
        "en/contact.yaml#what-are-customer-service-opening-hours",
        1,
    ),
    # phone number
    (
        "What's your phone number?",
        "en/contact.yaml#how-can-i-reach-customer-service-by-phone-or-email",
        1,
    ),
    # data subject rights
    ("How do I delete my personal data?", "en/privacy.md#your-rights-over-your-personal-data", 1),
    # compostable mailers
    ("Are your mailers compostable?", "en/products.md#compostable-mailers", 1),
    # late payment
    ("What happens if we pay an invoice late?", "en/billing.md#late-payment-and-penalties", 1),
]

OFF_TOPIC = [
    ("Quel temps fera-t-il demain à Paris ?", "fr"),  # weather; "Paris" is in the base
    ("Quelle est la capitale du Pérou ?", "fr"),  # general knowledge
    ("Raconte-moi une blague", "fr"),  # small talk
    ("Qui a gagné la coupe du monde de football ?", "fr"),  # sport
    ("Donne-moi une recette de gâteau au chocolat", "fr"),  # cooking
    ("Comment réparer les freins de ma voiture ?", "fr"),  # a how-to of another trade
    ("Quel est le sens de la vie ?", "fr"),  # philosophy; "vie" as in "cycle de vie"
    ("Quel est le meilleur restaurant de Lyon ?", "fr"),  # "Lyon" is in the base
    ("Peux-tu traduire ce texte en allemand ?", "fr"),  # a task, not a question
    ("Quel est le cours du bitcoin aujourd'hui ?", "fr"),  # finance
    ("What's the weather in Paris tomorrow?", "en"),  # weather; "Paris" is in the base
    ("What is the capital of Peru?", "en"),  # general knowledge
    ("Tell me a joke", "en"),  # small talk
    ("Who won the football world cup?", "en"),  # sport
    ("Give me a recipe for chocolate cake", "en"),  # cooking
    ("How do I fix the brakes on my car?", "en"),  # a how-to of another trade
    ("What is the meaning of life?", "en"),  # philosophy; "life" as in "life-cycle"
    ("What's the best restaurant in Lyon?", "en"),  # "Lyon" is in the base
    ("Can you translate this text into German?", "en"),  # a task, not a question
    ("What is the bitcoin price today?", "en"),  # "price" is in the base
]


@pytest.mark.parametrize(("question", "expected", "rank"), FRENCH)
def test_when_a_french_visitor_asks_a_covered_question_then_its_passage_is_found_confidently(
    demo_index: KnowledgeIndex, question: str, expected: str, rank: int
) -> None:
    result = demo_index.search(question, lang="fr")

    assert expected in [hit.passage.id for hit in result.hits[:rank]], result.hits[:rank]
    assert result.confident, result.confidence


@pytest.mark.parametrize(("question", "expected", "rank"), ENGLISH)
def test_when_an_english_visitor_asks_a_covered_question_then_its_passage_is_found_confidently(
    demo_index: KnowledgeIndex, question: str, expected: str, rank: int
) -> None:
    result = demo_index.search(question, lang="en")

    assert expected in [hit.passage.id for hit in result.hits[:rank]], result.hits[:rank]
    assert result.confident, result.confidence


@pytest.mark.parametrize(("question", "lang"), OFF_TOPIC)
def test_when_the_base_does_not_answer_the_question_then_the_result_is_not_confident(
    demo_index: KnowledgeIndex, question: str, lang: str
) -> None:
    result = demo_index.search(question, lang=lang)

    assert not result.confident
    assert result.confidence < demo_index.threshold
