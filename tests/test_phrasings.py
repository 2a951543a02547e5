"""Real-news phrasings the relation patterns must survive, in both languages.

Each case is a short article (``date`` header + one to three sentences) naming
companies outside the knowledge base, and the exact relations expected from it:
the set of (head, relation, tail) triples, and for some of them the amount,
qualifier, status and date. One case per mechanism: a Vietnamese company name
made of Vietnamese words, an acronym in brackets used later as the name, a KB
name inside a longer fund name, attribution and appositives between the
parties, nominal and passive forms, "respectively" / "lần lượt", and a status
or date far from the verb.
"""

import pytest

from extract.load import parse_article
from extract.output import to_contract

USD, VND, EUR = "USD", "VND", "EUR"

CASES = [
    # -- English ---------------------------------------------------------------------------
    pytest.param(
        "date 2026-03-05\nHarrowgate Digital builds data centres in Nevada. In March, Harrowgate signed a ten-year "
        "colocation agreement with Quillfeather Cloud, a GPU cloud operator, covering 90 megawatts. On January 9 the "
        "company entered into a 15-year lease with Pellworth Labs for 40 megawatts at its Reno campus.",
        # a data-centre landlord that signs a lease provides the capacity, to a cloud as to a lab; a colocation
        # agreement is no partnership
        {("Harrowgate Digital", "supplies_compute_to", "Quillfeather Cloud"): (None, None, None, "announced", "2026-03"),
         ("Harrowgate Digital", "supplies_compute_to", "Pellworth Labs"): (None, None, None, "announced", "2026-01-09")},
        id="en-a-landlord-signs-the-lease"),
    pytest.param(
        "date 2026-03-05\nOstrava Silicon designs edge chips for factories. Its chips are assembled by Brnovia Packaging "
        "at a plant in Kladno, under a services agreement the two companies signed in 2024. Ostrava also names Moravec "
        "Systems as a critical partner, and in May it signed partnership agreements with Zlin Robotics. Kelso Capital "
        "and Brora Ventures will together invest up to $50 million in Tain Robotics.",
        # "the two companies signed": with the company the text is about; a partner named as one; plural agreements;
        # investing together in a company is no partnership
        {("Brnovia Packaging", "partners_with", "Ostrava Silicon"): (None, None, None, "announced", "2024"),
         ("Kelso Capital", "invested_in", "Tain Robotics"): (None, None, None, "announced", None),
         ("Brora Ventures", "invested_in", "Tain Robotics"): (None, None, None, "announced", None),
         ("Ostrava Silicon", "partners_with", "Moravec Systems"): (None, None, None, "announced", "2025-05"),
         ("Ostrava Silicon", "partners_with", "Zlin Robotics"): (None, None, None, "announced", "2025-05")},
        id="en-partners-the-two-companies-and-named-as-partner"),
    pytest.param(
        "date 2026-02-12\nHanlow Memory said it will spend about $3.1 billion over the next two years on a second "
        "packaging line in Gumi. Corrow Systems said it would spend as much as $1.1 billion this year to expand "
        "production in Texas.",
        # spending on a production line, or this year on production: a company's own pledge
        {("Hanlow Memory", "commits_spending", None): (3.1e9, USD, "about", "announced", None),
         ("Corrow Systems", "commits_spending", None): (1.1e9, USD, "up_to", "announced", "2026")},
        id="en-spending-on-a-production-line"),
    pytest.param(
        "date 2025-10-29\nVarnholt Systems makes network chips. Last month it agreed to put $400 million into Corbel "
        "Labs, and it already holds shares in Tavistock Cloud and in the Leeds data-centre developer Penrith Compute.",
        # "it" after ", and" opens a clause of its own (no list "Corbel Labs, and it"); a repeated preposition and
        # a home town with a descriptor before the last name of a list
        {("Varnholt Systems", "invested_in", "Corbel Labs"): (400e6, USD, "exact", "announced", "2025-09"),
         ("Varnholt Systems", "invested_in", "Tavistock Cloud"): (None, None, None, "completed", None),
         ("Varnholt Systems", "invested_in", "Penrith Compute"): (None, None, None, "completed", None)},
        id="en-pronoun-clause-and-a-list-with-repeated-preposition"),
    pytest.param(
        "date 2025-10-29\nHalvik Semiconductor will invest $300 million in Brannor and work with the Espoo-based "
        "equipment maker on radio chips, the two companies said. Brannor also said it would work with Halvik "
        "Semiconductor on data-centre switches, a market in which it competes with Cisco Systems.",
        # a name only a relation pattern confirms ("invest ... in Brannor") is a company in every sentence
        {("Halvik Semiconductor", "invested_in", "Brannor"): (300e6, USD, "exact", "announced", None),
         ("Brannor", "partners_with", "Halvik Semiconductor"): (None, None, None, "announced", None),
         ("Brannor", "competes_with", "Cisco Systems"): (None, None, None, None, None)},
        id="en-name-confirmed-by-a-pattern-is-a-company-everywhere"),
    pytest.param(
        "date 2025-10-29\nRadowa Cloud agreed on Monday to buy Beskid Compute, a smaller Brno rival, for $80 million. "
        "Osterfeld Capital has owned 35% of Radowa since 2024. The Brno company rents GPUs to Vltavin Labs, its "
        "largest customer.",
        # "the Brno company" is the one introduced as based in Brno, not the sentence subject before
        {("Radowa Cloud", "acquired", "Beskid Compute"): (80e6, USD, "exact", "announced", "2025-10-27"),
         ("Osterfeld Capital", "invested_in", "Radowa Cloud"): (None, None, None, "completed", "2024"),
         ("Beskid Compute", "supplies_compute_to", "Vltavin Labs"): (None, None, None, "announced", None)},
        id="en-home-town-reference"),
    pytest.param(
        "date 2026-05-06\nArdeline AI signed a five-year agreement with Holmgard Data in September, and it has since "
        "moved most of its training to the Oslo-based operator. It no longer rents capacity from Microsoft, which had "
        "supplied it since 2024. Tamsworth Labs bought 20% of Orvane Robotics for $30 million.",
        # "It no longer rents": a pronoun with a negation before its verb; a minority share bought is an investment
        {("Microsoft", "supplies_compute_to", "Ardeline AI"): (None, None, None, "ended", None),
         ("Tamsworth Labs", "invested_in", "Orvane Robotics"): (30e6, USD, "exact", "completed", None)},
        id="en-pronoun-before-no-longer-and-a-minority-share-bought"),
    pytest.param(
        "date 2025-10-03\nNvidia's chips dominate the market. Quillon Silicon is the latest start-up to challenge "
        "them. The Austin-based company said on Tuesday it had raised $250 million in a round led by Harrow Peak "
        "Partners.",
        # a home town is news about the company just named, not a clue pointing back to Nvidia
        {("Quillon Silicon", "raised", None): (250e6, USD, "exact", "completed", "2025-09-30"),
         ("Harrow Peak Partners", "invested_in", "Quillon Silicon"): (None, None, None, "completed", "2025-09-30")},
        id="en-home-town-description-is-the-company-just-named"),
    pytest.param(
        "date 2025-10-03\nFor Helmsway Networks, the target would fill a gap. The Nasdaq-listed company has been "
        "trying to catch up with Broadcom, its main rival in network switches.",
        {("Helmsway Networks", "competes_with", "Broadcom"): (None, None, None, None, None)},
        id="en-exchange-name-inside-a-description"),
    pytest.param(
        "date 2025-10-03\nKilnworth AI plans to rent more Nvidia GPUs from Fluidstack, the British cloud provider. "
        "Oracle, which competes with Amazon, Microsoft and Google for AI workloads, is spending heavily.",
        # rented GPUs are computing, no chip sale; a relative clause runs past the commas of its list of rivals
        {("Fluidstack", "supplies_compute_to", "Kilnworth AI"): (None, None, None, "expected", None),
         ("Oracle", "competes_with", "Amazon"): (None, None, None, None, None),
         ("Oracle", "competes_with", "Microsoft"): (None, None, None, None, None),
         ("Oracle", "competes_with", "Google"): (None, None, None, None, None)},
        id="en-rented-gpus-and-a-relative-clause-list"),
    pytest.param(
        "date 2026-02-02\nCopperfen Photonics makes optical chiplets for AI clusters. We spoke to its chief "
        "executive about suppliers and money.\n\nWho builds your parts?\n\nThe Tern-4, our second chiplet, is made "
        "by GlobalFoundries in Dresden. Our largest customer is Harwick Networks, and we ship them every month.\n\n"
        "You raised $90 million in January, led by Ostwind Capital. What comes next?\n\nMore engineers.",
        # an interview: "we", "our", "us" and the question's "you" are the company asked about
        {("Copperfen Photonics", "designs_chip", "Tern-4"): (None, None, None, None, None),
         ("GlobalFoundries", "supplies_chips_to", "Copperfen Photonics"): (None, None, None, "announced", None),
         ("Copperfen Photonics", "supplies_chips_to", "Harwick Networks"): (None, None, None, "announced", None),
         ("Copperfen Photonics", "raised", None): (90e6, USD, "exact", "completed", "2026-01"),
         ("Ostwind Capital", "invested_in", "Copperfen Photonics"): (None, None, None, "completed", "2026-01")},
        id="en-interview-first-and-second-person"),
    pytest.param(
        "date 2026-05-20\nBrenlow Labs, which had rented GPUs from Veskar Cloud until March, now trains its "
        "models on Oracle.",
        # a deal that ran until a date before the article has ended; the new provider is the subject's
        {("Veskar Cloud", "supplies_compute_to", "Brenlow Labs"): (None, None, None, "ended", None),
         ("Oracle", "supplies_compute_to", "Brenlow Labs"): (None, None, None, "announced", None)},
        id="en-rented-until-a-past-month"),
    pytest.param(
        "date 2025-09-10\nMarrow Electronics has agreed to the sale of Teasel Silicon, its edge-AI chip unit, to "
        "the Danish group Kvist Holding for $300 million. Pellham Ventures sold its entire stake in "
        "Orrin Robotics last month.",
        {("Kvist Holding", "acquired", "Teasel Silicon"): (300e6, USD, "exact", "announced", None),
         ("Teasel Silicon", "subsidiary_of", "Marrow Electronics"): (None, None, None, None, None),
         ("Pellham Ventures", "invested_in", "Orrin Robotics"): (None, None, None, "ended", "2025-08")},
        id="en-sale-of-a-unit-and-a-stake-sold-off"),
    pytest.param(
        "date 2025-11-14\nThe Porto operator Almagre Compute has secured a €300 million loan from a group of banks. "
        "The loan follows a €60 million Series A last year led by Tejo Capital.",
        # a round the sentence names without its company is the round of the company the text is about
        {("Almagre Compute", "raised", None): (300e6, "EUR", "exact", "completed", None),
         ("Tejo Capital", "invested_in", "Almagre Compute"): (None, None, None, "completed", "2024")},
        id="en-loan-follows-a-round-led-by"),
    pytest.param(
        "date 2025-06-10\nSamsung Catalyst Fund invested $40 million in Veridian Photonics, "
        "a chip startup based in Austin.",
        {("Samsung Catalyst Fund", "invested_in", "Veridian Photonics"): (40e6, USD, "exact", "completed", None)},
        id="en-kb-name-inside-fund-name"),
    pytest.param(
        "date 2025-04-02\nKestrel Ventures is, according to people familiar with the matter, in talks "
        "to invest about $200 million in Lumen Robotics.",
        {("Kestrel Ventures", "invested_in", "Lumen Robotics"): (200e6, USD, "about", "in_talks", None)},
        id="en-attribution-inside-clause"),
    pytest.param(
        "date 2025-05-14\nBrightline Capital has agreed to acquire Tarn Data Systems, a Dutch maker of "
        "storage software, for $1.2 billion, the companies said on Monday.",
        {("Brightline Capital", "acquired", "Tarn Data Systems"): (1.2e9, USD, "exact", "announced", "2025-05-12")},
        id="en-attribution-at-end-dates-deal"),
    pytest.param(
        "date 2025-08-20\nHelix Grid, backed by Microsoft since 2023, will provide computing capacity "
        "to Nordvik AI under a five-year contract.",
        # "backed by Microsoft since 2023": the stake dates from 2023 (the gold convention for "since")
        {("Microsoft", "invested_in", "Helix Grid"): (None, None, None, "completed", "2023"),
         ("Helix Grid", "supplies_compute_to", "Nordvik AI"): (None, None, None, "announced", None)},
        id="en-participle-appositive-between-parties"),
    pytest.param(
        "date 2025-09-20\nThe $2 billion investment by Crestline Partners in Aurora Fusion Labs "
        "was announced on Thursday.",
        {("Crestline Partners", "invested_in", "Aurora Fusion Labs"): (2e9, USD, "exact", "announced", "2025-09-18")},
        id="en-nominal-investment-by-in"),
    pytest.param(
        "date 2025-07-01\nNorthwind Cloud Infrastructure (NCI) said on Monday it had raised $300 million. "
        "Temasek invested $100 million in NCI.",
        # (the lead's day dates the round's undated investor too)
        {("Northwind Cloud Infrastructure", "raised", None): (300e6, USD, "exact", "completed", "2025-06-30"),
         ("Temasek", "invested_in", "Northwind Cloud Infrastructure"): (100e6, USD, "exact", "completed", "2025-06-30")},
        id="en-acronym-alias-reused"),
    pytest.param(
        "date 2026-02-10\nVellum Semiconductor, a chip designer in Oslo, sells its Skarv-3 accelerators to "
        "Nordlys Cloud. The Skarv-3 is manufactured by Taiwan Semiconductor Manufacturing Co on a "
        "4-nanometre process and integrates memory supplied by SK Hynix.",
        # a foundry and a memory maker supply the designer of the chip they make parts of
        {("Vellum Semiconductor", "supplies_chips_to", "Nordlys Cloud"): (None, None, None, "announced", None),
         ("Vellum Semiconductor", "designs_chip", "Skarv-3"): (None, None, None, None, None),
         ("Taiwan Semiconductor Manufacturing Co", "supplies_chips_to", "Vellum Semiconductor"): (None, None, None, "announced", None),
         ("SK Hynix", "supplies_chips_to", "Vellum Semiconductor"): (None, None, None, "announced", None)},
        id="en-foundry-and-memory-of-a-named-chip"),
    pytest.param(
        "date 2026-03-04\nBrannock Compute, a Tulsa-based GPU cloud operator, has pledged its Nvidia processors "
        "as collateral and separately raised $120 million in new equity. "
        "Orla Labs has contracted about half of Brannock's capacity through 2028.",
        # the company that names the chips is no fundraiser; a customer contracting capacity
        {("Brannock Compute", "raised", None): (120e6, USD, "exact", "completed", None),
         ("Nvidia", "supplies_chips_to", "Brannock Compute"): (None, None, None, "announced", None),
         ("Brannock Compute", "supplies_compute_to", "Orla Labs"): (None, None, None, "announced", None)},
        id="en-chips-as-collateral-and-contracted-capacity"),
    pytest.param(
        "date 2026-01-22\nLedgerline AI raised $300 million in a Series C round. Harbor Peak Capital led the round, "
        "with participation from Quire Ventures, the venture arm of Quire Systems, as well as the Oslo-based fund "
        "Skerry Partners and existing investor Tallow Capital.",
        # the leader is no raiser; "as well as" and a descriptor after a comma continue the list
        {("Ledgerline AI", "raised", None): (300e6, USD, "exact", "completed", None),
         ("Harbor Peak Capital", "invested_in", "Ledgerline AI"): (None, None, None, "completed", None),
         ("Quire Ventures", "invested_in", "Ledgerline AI"): (None, None, None, "completed", None),
         ("Quire Ventures", "subsidiary_of", "Quire Systems"): (None, None, None, None, None),
         ("Skerry Partners", "invested_in", "Ledgerline AI"): (None, None, None, "completed", None),
         ("Tallow Capital", "invested_in", "Ledgerline AI"): (None, None, None, "completed", None)},
        id="en-led-the-round-with-participation-from"),
    pytest.param(
        "date 2025-12-19\nDeals this week.\n\nMarrow Bio. The drug-discovery startup signed a four-year contract "
        "on Thursday to rent GPU capacity from CoreWeave.\n\nQuenby Robotics. The Pittsburgh maker of warehouse robots "
        "let employees sell $300 million of shares to a group of investors led by Coatue.",
        # a roundup item's heading names the company its next sentence describes; the buyers of
        # employees' shares invest in the company whose shares they are
        {("CoreWeave", "supplies_compute_to", "Marrow Bio"): (None, None, None, "announced", "2025-12-18"),
         ("Coatue", "invested_in", "Quenby Robotics"): (None, None, None, "completed", None),
         ("Quenby Robotics", "sold_shares", None): (300e6, USD, "exact", "completed", None)},
        id="en-roundup-headings-and-employee-share-sale"),
    pytest.param(
        "date 2025-10-06\nPaxton Semiconductor agreed on Monday to supply its accelerators to Orvella AI. "
        "The agreement comes two weeks after Kestrel Ventures signed a deal to invest $50 million in Orvella AI.",
        # the lead's day dates the lead's deal, not the earlier one the next sentence recalls
        {("Paxton Semiconductor", "supplies_chips_to", "Orvella AI"): (None, None, None, "announced", "2025-10-06"),
         ("Kestrel Ventures", "invested_in", "Orvella AI"): (50e6, USD, "exact", "announced", None)},
        id="en-earlier-event-keeps-no-lead-date"),
    pytest.param(
        "date 2025-10-03\nArden Capital and Solace Ventures invested $50 million and $30 million, "
        "respectively, in Quarry AI.",
        {("Arden Capital", "invested_in", "Quarry AI"): (50e6, USD, "exact", "completed", None),
         ("Solace Ventures", "invested_in", "Quarry AI"): (30e6, USD, "exact", "completed", None)},
        id="en-respectively"),
    pytest.param(
        "date 2025-11-12\nThe $900 million contract between Skyreach Cloud and Vamo AI, under which "
        "Skyreach Cloud will supply computing capacity for six years, was signed in October.",
        {("Skyreach Cloud", "supplies_compute_to", "Vamo AI"): (900e6, USD, "exact", "announced", "2025-10")},
        id="en-contract-between"),
    pytest.param(
        "date 2025-07-08\nKuura Cloud, a Tampere start-up backed by Swedish investment firm Brennholt, "
        "rents out inference capacity. Its partner is Silo Labs, the Helsinki lab that Orrin Systems "
        "bought last year.",
        {("Brennholt", "invested_in", "Kuura Cloud"): (None, None, None, "completed", None),
         ("Orrin Systems", "acquired", "Silo Labs"): (None, None, None, "completed", "2024")},
        id="en-participle-and-object-relative-clauses"),
    pytest.param(
        "date 2025-09-19\nThe deal is a blow to Veltro Semiconductor, a rival to both companies: it competes "
        "with Harlow Microsystems in server processors and with Corvel Silicon in AI accelerators.",
        {("Veltro Semiconductor", "competes_with", "Harlow Microsystems"): (None, None, None, None, None),
         ("Veltro Semiconductor", "competes_with", "Corvel Silicon"): (None, None, None, None, None)},
        id="en-pronoun-and-elliptic-second-rival"),
    pytest.param(
        "date 2025-10-14\nNimbus Labs, which was founded by former Google researchers, has now raised more "
        "than $600 million from investors including Harbor Lane Capital. Orrin Ventures, the venture arm of "
        "Orrin Systems, and Harbor Lane Capital each invested $100 million in Nimbus Labs.",
        {("Nimbus Labs", "raised", None): (600e6, USD, "more_than", "completed", None),
         ("Harbor Lane Capital", "invested_in", "Nimbus Labs"): (100e6, USD, "exact", "completed", None),
         ("Orrin Ventures", "invested_in", "Nimbus Labs"): (100e6, USD, "exact", "completed", None),
         ("Orrin Ventures", "subsidiary_of", "Orrin Systems"): (None, None, None, None, None)},
        id="en-relative-clause-and-each"),
    pytest.param(
        "date 2025-10-14\nStratos Cloud, whose customers include Nimbus Labs and Pellucid AI, agreed last month "
        "to be acquired by Veltro Semiconductor for $2.5 billion.",
        {("Veltro Semiconductor", "acquired", "Stratos Cloud"): (2.5e9, USD, "exact", "announced", "2025-09")},
        id="en-passive-acquired-after-whose-clause"),
    pytest.param(
        "date 2025-10-14\nUnder the agreement, which runs for five years, Stratos Cloud will supply Nimbus Labs "
        "with at least 50,000 GPUs, the two companies said in a joint statement.",
        {("Stratos Cloud", "supplies_chips_to", "Nimbus Labs"): (None, None, None, "announced", None)},
        id="en-generic-chip-word-kept-as-word"),
    pytest.param(
        "date 2025-10-14\nQuill Networks, in which Veltro Semiconductor already holds a 15% stake, agreed to be "
        "bought by Orrin Systems. Orrin Systems agreed to pay $400 million for Quill Networks, a deal that "
        "Reuters first reported in August. The price values Quill Networks at $400 million.",
        {("Veltro Semiconductor", "invested_in", "Quill Networks"): (None, None, None, "completed", None),
         ("Orrin Systems", "acquired", "Quill Networks"): (400e6, USD, "exact", "announced", "2025-08"),
         ("Quill Networks", "valued_at", None): (400e6, USD, "exact", None, None)},
        id="en-in-which-pay-for-values-at"),
    pytest.param(
        "date 2025-10-15\nChipmaker Veltro Semiconductor announced a partnership with Pellucid AI to co-design "
        "custom inference chips.",
        {("Veltro Semiconductor", "partners_with", "Pellucid AI"): (None, None, None, "announced", None)},
        id="en-capitalised-cue-word-not-in-name"),
    pytest.param(
        "date 2025-10-15\nCloud provider Stratos Cloud struck a $4 billion agreement with Pellucid AI to provide "
        "computing capacity over five years, according to a person familiar with the matter.",
        {("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (4e9, USD, "exact", "announced", None)},
        id="en-agreement-with-to-provide-compute"),
    pytest.param(
        "date 2025-10-15\nPellucid AI has tapped Stratos Cloud to provide computing capacity for training its models.",
        {("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (None, None, None, "announced", None)},
        id="en-tapped-to-provide"),
    pytest.param(
        "date 2025-10-15\nNimbus Labs secured a commitment from Harbor Lane Capital to invest up to $500 million, "
        "people familiar with the matter said.",
        {("Harbor Lane Capital", "invested_in", "Nimbus Labs"): (500e6, USD, "up_to", "announced", None)},
        id="en-commitment-from-to-invest"),
    pytest.param(
        "date 2025-10-15\nVeltro Semiconductor will supply Pellucid AI with chips under a multiyear pact worth "
        "more than $3 billion. Veltro Semiconductor agreed to buy Tarn Data Systems in an all-stock deal valued "
        "at about $900 million.",
        {("Veltro Semiconductor", "supplies_chips_to", "Pellucid AI"): (3e9, USD, "more_than", "announced", None),
         ("Veltro Semiconductor", "acquired", "Tarn Data Systems"): (900e6, USD, "about", "announced", None)},
        id="en-deal-worth-is-no-valuation"),
    pytest.param(
        "date 2025-10-15\nKestrel Ventures led a $120 million Series C round in Lumen Robotics, which makes "
        "warehouse robots. Harbor Lane Capital took a minority stake in Nimbus Labs last month.",
        {("Kestrel Ventures", "invested_in", "Lumen Robotics"): (None, None, None, "completed", None),
         ("Lumen Robotics", "raised", None): (120e6, USD, "exact", "completed", None),
         ("Harbor Lane Capital", "invested_in", "Nimbus Labs"): (None, None, None, "completed", "2025-09")},
        id="en-led-round-in-and-minority-stake"),
    pytest.param(
        "date 2025-10-15\nNimbus Labs has signed a $1.5 billion deal to rent servers powered by Nvidia chips from "
        "Stratos Cloud, a Dallas-based neocloud.",
        # (renting servers with Nvidia chips buys no chips from Nvidia)
        {("Stratos Cloud", "supplies_compute_to", "Nimbus Labs"): (1.5e9, USD, "exact", "announced", None)},
        id="en-gap-crosses-chip-vendor-modifier"),
    pytest.param(
        "date 2025-10-15\nStratos Cloud said it would supply Pellucid AI with 200 megawatts of data center "
        "capacity starting in 2027. Separately, Nimbus Labs announced that Orrin Systems will become its primary "
        "cloud provider.",
        {("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (None, None, None, "announced", None),
         ("Orrin Systems", "supplies_compute_to", "Nimbus Labs"): (None, None, None, "announced", None)},
        id="en-supply-with-and-become-its-provider"),
    pytest.param(
        "date 2025-10-15\nBrightline Capital, the private equity firm, agreed to sell its 40% stake in Tarn Data "
        "Systems to Orrin Systems for $700 million. Nimbus Labs has been in discussions with Veltro Semiconductor "
        "about a potential $10 billion investment.",
        {("Orrin Systems", "invested_in", "Tarn Data Systems"): (700e6, USD, "exact", "announced", None),
         ("Veltro Semiconductor", "invested_in", "Nimbus Labs"): (10e9, USD, "exact", "in_talks", None)},
        id="en-stake-sold-to-and-talks-about-investment"),
    pytest.param(
        "date 2025-10-15\nPellucid AI is raising $400 million, with Kestrel Ventures expected to lead the round. "
        "Pellucid AI will pay Stratos Cloud about $2 billion over four years for access to its GPU clusters.",
        {("Pellucid AI", "raised", None): (400e6, USD, "exact", "expected", None),
         ("Kestrel Ventures", "invested_in", "Pellucid AI"): (None, None, None, "expected", None),
         ("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (2e9, USD, "about", "announced", None)},
        id="en-expected-to-lead-and-pay-for-access"),
    pytest.param(
        "date 2025-10-15\nStratos Cloud signed a $500 million contract with Pellucid AI in September. Under the "
        "deal, Stratos Cloud could supply Pellucid AI with GPU capacity for six years.",
        {("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (500e6, USD, "exact", "announced", "2025-09")},
        id="en-under-the-deal-reads-previous-sentence"),
    pytest.param(
        "date 2025-10-15\nStratos Cloud and Pellucid AI signed a $700 million contract, under which Stratos Cloud "
        "could supply Pellucid AI with GPU capacity.",
        {("Stratos Cloud", "supplies_compute_to", "Pellucid AI"): (700e6, USD, "exact", "announced", None)},
        id="en-under-which-reads-clause-before"),
    pytest.param(
        "date 2025-11-04\nCerulean Cloud, the Lisbon neocloud that rents out clusters of Nvidia processors, "
        "said on Monday it had hired 40 engineers.",
        {("Nvidia", "supplies_chips_to", "Cerulean Cloud"): (None, None, None, "announced", None)},
        id="en-relative-clause-read-with-its-antecedent"),
    pytest.param(
        "date 2025-09-10\nTidewater Compute signed a five-year contract with Orrin Labs to supply computing "
        "capacity. Under the capacity agreement, Orrin Labs will pay about $1.2 billion over the term.",
        {("Tidewater Compute", "supplies_compute_to", "Orrin Labs"): (1.2e9, USD, "about", "announced", None)},
        id="en-follow-up-sentence-gives-the-deal-value"),
    pytest.param(
        "date 2025-10-02\nMarlin Silicon unveiled its first in-house accelerator, the Tern 300. The processor "
        "was designed by Tern Microsystems, a Marlin Silicon unit.",
        {("Marlin Silicon", "designs_chip", "Tern 300"): (None, None, None, None, None),
         ("Tern Microsystems", "designs_chip", "Tern 300"): (None, None, None, None, None),
         ("Tern Microsystems", "subsidiary_of", "Marlin Silicon"): (None, None, None, None, None)},
        id="en-chip-with-model-number-and-chip-reference"),
    pytest.param(
        "date 2026-01-15\nBavaro Robotics runs about 4,000 Nvidia H200 chips in its Lisbon data centre.",
        {("Nvidia", "supplies_chips_to", "Bavaro Robotics"): (None, None, None, "announced", None),
         ("Nvidia", "designs_chip", "H200"): (None, None, None, None, None)},
        id="en-chip-user-is-a-customer-of-its-designer"),
    pytest.param(
        "date 2025-12-01\nLotus Works said in October it would use up to 50,000 TPUs, the chips Google designs in-house.",
        {("Google", "supplies_chips_to", "Lotus Works"): (None, None, None, "announced", "2025-10"),
         ("Google", "designs_chip", "TPU"): (None, None, None, None, None)},
        id="en-date-inside-said-it-would"),
    pytest.param(
        "date 2025-09-30\nFerrow Data, whose early backers include Granite Peak Capital, employs about 60 people.",
        {("Granite Peak Capital", "invested_in", "Ferrow Data"): (None, None, None, "completed", None)},
        id="en-whose-backers-include"),
    pytest.param(
        "date 2025-11-04\nHalden Labs, an AI developer, has signed a four-year, $2.1 billion contract for computing "
        "capacity with Brisk Compute, a Norwegian data-centre operator, the companies said on Monday. In June it "
        "agreed to pay Tessel Cloud up to $900 million for access to GPUs, and last month it tapped Oslo-based Vardo "
        "Compute to deploy 20,000 Nvidia chips for it.",
        # the contract's object says who provides; "it" after "and last month"; chips a provider deploys for a customer
        {("Brisk Compute", "supplies_compute_to", "Halden Labs"): (2.1e9, USD, "exact", "announced", "2025-11-03"),
         ("Tessel Cloud", "supplies_compute_to", "Halden Labs"): (900e6, USD, "up_to", "announced", "2025-06"),
         ("Vardo Compute", "supplies_compute_to", "Halden Labs"): (None, None, None, "announced", "2025-10"),
         ("Nvidia", "supplies_chips_to", "Vardo Compute"): (None, None, None, "announced", "2025-10")},
        id="en-contract-for-capacity-pay-for-access-tapped-to-deploy"),
    pytest.param(
        "date 2025-11-04\nOrla Capital bought 70 per cent of Kestrel Robotics for $40 million. Penmore Silicon "
        "designs the Gull-2 chip. The wafers are manufactured by TSMC. Nvidia owns about 7 per cent of Penmore.",
        # a stake over half is an acquisition, also written "per cent"; a foundry named in the passive supplies
        # the company the text is about
        {("Orla Capital", "acquired", "Kestrel Robotics"): (40e6, USD, "exact", "completed", None),
         ("Penmore Silicon", "designs_chip", "Gull-2"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Penmore Silicon"): (None, None, None, "announced", None),
         ("Nvidia", "invested_in", "Penmore Silicon"): (None, None, None, "completed", None)},
        id="en-per-cent-stakes-and-a-passive-foundry"),
    pytest.param(
        "date 2025-11-04\nTallis AI closed a $400 million round on Monday. The round was led by Valor Equity "
        "Partners, with participation from Fidelity Management & Research Company and Abu Dhabi's MGX.",
        # a legal suffix spelled out ("Company") stays in the name, so the list goes on to the next investor
        {("Tallis AI", "raised", None): (400e6, USD, "exact", "completed", "2025-11-03"),
         ("Valor Equity Partners", "invested_in", "Tallis AI"): (None, None, None, "completed", "2025-11-03"),
         ("Fidelity Management & Research Company", "invested_in", "Tallis AI"): (None, None, None, "completed", "2025-11-03"),
         ("MGX", "invested_in", "Tallis AI"): (None, None, None, "completed", "2025-11-03")},
        id="en-company-as-legal-suffix-in-an-investor-list"),
    pytest.param(
        "date 2025-11-07\nFenlight Silicon is being acquired by Kurobane Electronics for £1.2 billion, the companies "
        "said on Tuesday. Skarvik Photonics held talks with Broadcom about a takeover last year, but those discussions "
        "ended without an offer. Shareholders of Tindra Data rejected Halvor Cloud's all-stock offer on Thursday. The "
        "sale is backed by Skarvik's largest shareholder, the venture firm Nordvind Kapital. Halvor Cloud still leases "
        "roughly 200 megawatts of capacity at Tindra Data sites.",
        # a takeover in progress is agreed, not done; takeover talks that ended; a bid shareholders voted down; a
        # company's largest shareholder; megawatts leased at another company's sites
        {("Kurobane Electronics", "acquired", "Fenlight Silicon"): (1.2e9, "GBP", "exact", "announced", "2025-11-04"),
         ("Broadcom", "acquired", "Skarvik Photonics"): (None, None, None, "ended", "2024"),
         ("Halvor Cloud", "acquired", "Tindra Data"): (None, None, None, "ended", "2025-11-06"),
         ("Nordvind Kapital", "invested_in", "Skarvik Photonics"): (None, None, None, "completed", "2025-11-04"),
         ("Tindra Data", "supplies_compute_to", "Halvor Cloud"): (None, None, None, "announced", None)},
        id="en-takeovers-in-progress-ended-and-voted-down-largest-shareholder-leased-megawatts"),
    pytest.param(
        "date 2025-11-07\nVeloran Semiconductor competes with far larger rivals, Nvidia and Advanced Micro Devices "
        "among them. All of Brisk Compute's 11,000 GPUs come from Nvidia. In exchange for Tallis AI's commitment to "
        "deploy 2 gigawatts of AMD chips, the chipmaker handed the start-up warrants. The board approved the sale of a "
        "15% stake in Konkan Data to Al Reem Capital for $420 million.",
        # rivals named after the word; where a fleet's chips come from; a commitment to deploy a maker's chips; a
        # stake sale the board has approved is announced
        {("Veloran Semiconductor", "competes_with", "Nvidia"): (None, None, None, None, None),
         ("Veloran Semiconductor", "competes_with", "Advanced Micro Devices"): (None, None, None, None, None),
         ("Nvidia", "supplies_chips_to", "Brisk Compute"): (None, None, None, "announced", None),
         ("Advanced Micro Devices", "supplies_chips_to", "Tallis AI"): (None, None, None, "announced", None),
         ("Al Reem Capital", "invested_in", "Konkan Data"): (420e6, USD, "exact", "announced", None)},
        id="en-rivals-among-them-chips-come-from-commitment-to-deploy-approved-stake-sale"),
    pytest.param(
        "date 2026-02-05\nVilkas Compute raised $250 million on Tuesday. The Series B was led by Aurum Borealis, a "
        "Stockholm-based growth fund, with participation from Linden Hill Partners. Vesper Robotics builds picking "
        "robots. Harrow Growth then led its $150 million Series C.",
        # a round named by its series; the lead's appositive before "with participation from"; "its" round is the
        # company before, not the investor's
        {("Vilkas Compute", "raised", None): (250e6, USD, "exact", "completed", "2026-02-03"),
         ("Aurum Borealis", "invested_in", "Vilkas Compute"): (None, None, None, "completed", "2026-02-03"),
         ("Linden Hill Partners", "invested_in", "Vilkas Compute"): (None, None, None, "completed", "2026-02-03"),
         ("Harrow Growth", "invested_in", "Vesper Robotics"): (None, None, None, "completed", "2026-02-03")},
        id="en-series-led-by-an-appositive-lead-and-its-round"),
    pytest.param(
        "date 2025-11-07\nThe contract comes on top of Brisk Compute's deals with Tallis AI, which have grown to $2 "
        "billion. Halden Labs has signed more than $6 billion of contracts with such providers, including Vardo Compute "
        "and Tessel Cloud.",
        # a provider's deals with a customer; contracts "with such providers, including"
        {("Brisk Compute", "supplies_compute_to", "Tallis AI"): (2e9, USD, "exact", "announced", None),
         ("Vardo Compute", "supplies_compute_to", "Halden Labs"): (None, None, None, "announced", None),
         ("Tessel Cloud", "supplies_compute_to", "Halden Labs"): (None, None, None, "announced", None)},
        id="en-a-providers-deals-and-contracts-with-such-providers-including"),
    pytest.param(
        "date 2026-04-14\nTalgarth Compute runs GPU clusters in Wales. It is buying 2,048 accelerators through Dell "
        "Technologies, and Talgarth's older GPUs arrived inside servers assembled by Brecon Systems, a server maker in "
        "Cardiff. Talgarth raised $80 million in a Series B last week. Nvidia and Cisco came in as strategic investors, "
        "and the round also drew Usk Ventures. Unusually, the company owns its power plant. Building the plant took two "
        "years.",
        # a server maker sells the chips in its servers; round participants "came in as investors" and a round that
        # "drew" them; an adverb or a gerund opening a sentence is no company
        {("Dell Technologies", "supplies_chips_to", "Talgarth Compute"): (None, None, None, "announced", None),
         ("Brecon Systems", "supplies_chips_to", "Talgarth Compute"): (None, None, None, "announced", None),
         ("Talgarth Compute", "raised", None): (80e6, USD, "exact", "completed", "2026-04"),
         ("Nvidia", "invested_in", "Talgarth Compute"): (None, None, None, "completed", "2026-04"),
         ("Cisco", "invested_in", "Talgarth Compute"): (None, None, None, "completed", "2026-04"),
         ("Usk Ventures", "invested_in", "Talgarth Compute"): (None, None, None, "completed", "2026-04")},
        id="en-server-makers-and-round-participants"),
    pytest.param(
        "date 2026-04-14\nKeswick Labs, a London drug-discovery start-up, signed a three-year agreement to rent 2,000 "
        "Nvidia H200 processors from Skiddaw Cloud, in a contract Keswick valued at roughly $95 million. Glaramara Cloud "
        "will provide $400 million of computing time over four years to Borrowdale AI. Bowness Cloud picked Ullock "
        "Networks to supply its switch chips, sending shares of the Kendal-based chipmaker up 11%. Derwent Capital and "
        "Thirlmere Partners, which already count among Borrowdale's largest shareholders, did not comment.",
        # the value of a contract is no valuation, and rented GPUs are no chip sale; computing time is no investment;
        # shares moving are no stake; holders "among X's largest shareholders"
        {("Skiddaw Cloud", "supplies_compute_to", "Keswick Labs"): (95e6, USD, "about", "announced", None),
         ("Glaramara Cloud", "supplies_compute_to", "Borrowdale AI"): (400e6, USD, "exact", "announced", None),
         ("Ullock Networks", "supplies_chips_to", "Bowness Cloud"): (None, None, None, "announced", None),
         ("Derwent Capital", "invested_in", "Borrowdale AI"): (None, None, None, "completed", None),
         ("Thirlmere Partners", "invested_in", "Borrowdale AI"): (None, None, None, "completed", None),
         ("Nvidia", "designs_chip", "H200"): (None, None, None, None, None)},
        id="en-contract-value-computing-time-and-moving-shares"),
    pytest.param(
        "date 2026-05-12\nTOKYO - Korvel Memory will supply high-bandwidth memory for Ardent-3, the next accelerator "
        "from Tamsin Systems, taking over from Hanmi Memory.",
        # memory for a chip goes to the chip's designer (two memory makers named: no single-seller fallback)
        {("Tamsin Systems", "designs_chip", "Ardent-3"): (None, None, None, None, None),
         ("Korvel Memory", "supplies_chips_to", "Tamsin Systems"): (None, None, None, "announced", None)},
        id="en-memory-for-a-chip-goes-to-its-designer"),
    pytest.param(
        "date 2026-05-12\nLast week Quenby Labs completed a sale of about $300 million of shares held by current and "
        "former employees.",
        # a sale of employees' shares the company completes: the company sells shares
        {("Quenby Labs", "sold_shares", None): (300e6, USD, "about", "completed", "2026-05")},
        id="en-the-company-completes-a-sale-of-employee-shares"),
    pytest.param(
        "date 2025-11-06\nRegulators in Brussels on Tuesday blocked Tarnwell Optics' proposed $900 million purchase of "
        "Lisle Photonics. Ingram Ventures owns about 12% of Lisle, a stake it bought in a 2021 financing round.",
        # a deal blocked before its noun phrase ended, whatever "proposed" says; a year naming a round dates the stake,
        # and an appositive about the stake itself keeps its date
        {("Tarnwell Optics", "acquired", "Lisle Photonics"): (900e6, USD, "exact", "ended", "2025-11-04"),
         ("Ingram Ventures", "invested_in", "Lisle Photonics"): (None, None, None, "completed", "2021")},
        id="en-a-blocked-proposed-takeover-and-a-year-before-a-round"),
    pytest.param(
        "date 2026-01-20\nMeribel Silicon designs Quarto-2, a network chip that Ostend Cloud and Varna AI use in their "
        "clusters. Ostend Cloud said Kelda Energy has agreed to supply 150 megawatts to its Leiden campus from 2027.",
        # the users of a chip an appositive describes buy from its designer; megawatts for a company's campus are
        # electricity, not compute
        {("Meribel Silicon", "designs_chip", "Quarto-2"): (None, None, None, None, None),
         ("Meribel Silicon", "supplies_chips_to", "Ostend Cloud"): (None, None, None, "announced", None),
         ("Meribel Silicon", "supplies_chips_to", "Varna AI"): (None, None, None, "announced", None)},
        id="en-a-chip-its-users-and-power-for-a-campus"),
    pytest.param(
        "date 2025-12-02\nHollis Compute said on Monday that Brayton Labs is no longer a customer after their contract "
        "lapsed. Separately, Cairnfield AI launched a tender offer under which staff can sell up to $250 million of "
        "shares to a group led by Oakmere Capital and Reddle Partners.",
        # a customer no longer is one of the company that says so; a tender is the share sale of the company that
        # launches it, and its buyers invest; "Separately" stops the lead's day
        {("Hollis Compute", "supplies_compute_to", "Brayton Labs"): (None, None, None, "ended", "2025-12-01"),
         ("Cairnfield AI", "sold_shares", None): (250e6, USD, "up_to", "completed", None),
         ("Oakmere Capital", "invested_in", "Cairnfield AI"): (None, None, None, "completed", None),
         ("Reddle Partners", "invested_in", "Cairnfield AI"): (None, None, None, "completed", None)},
        id="en-no-longer-a-customer-and-a-tender-to-a-group"),
    pytest.param(
        "date 2025-09-15\nThe workloads moved to Selkirk Cloud, whose parent Selkirk Holdings is Pemberton AI's largest "
        "backer. Dunmore Memory has agreed its 2026 supply volumes with Garrow Systems, its largest customer.",
        # "whose parent"; "X is Y's largest backer"; a company named with ", its largest customer" buys from the subject
        {("Selkirk Cloud", "subsidiary_of", "Selkirk Holdings"): (None, None, None, None, None),
         ("Selkirk Holdings", "invested_in", "Pemberton AI"): (None, None, None, "completed", None),
         ("Dunmore Memory", "supplies_chips_to", "Garrow Systems"): (None, None, None, "announced", None)},
        id="en-a-parent-a-backer-and-a-largest-customer"),
    pytest.param(
        "date 2026-05-20\nPallister Robotics closed a $140 million Series B led by Greyhaven Capital on "
        "Monday. Oakfield Ventures joined as a new investor, as did Marlow Industrial.",
        # "joined as a new investor" in the round; ", as did X" gives X the same fact
        {('Pallister Robotics', 'raised', None): (1.4e8, USD, 'exact', 'completed', '2026-05-18'),
         ('Greyhaven Capital', 'invested_in', 'Pallister Robotics'): (None, None, None, 'completed', '2026-05-18'),
         ('Oakfield Ventures', 'invested_in', 'Pallister Robotics'): (None, None, None, 'completed', '2026-05-18'),
         ('Marlow Industrial', 'invested_in', 'Pallister Robotics'): (None, None, None, 'completed', '2026-05-18')},
        id="en-co-subject-as-did"),
    pytest.param(
        "date 2026-04-10\nAnalysts say Corran Cloud and Ebbridge Compute are now direct rivals for sovereign "
        "AI contracts in the Gulf. Teller Labs and Vossberg AI compete for the same banking customers.",
        # two subjects that "are rivals" or "compete" are each other's rivals
        {('Corran Cloud', 'competes_with', 'Ebbridge Compute'): (None, None, None, None, None),
         ('Teller Labs', 'competes_with', 'Vossberg AI'): (None, None, None, None, None)},
        id="en-two-subjects-are-rivals"),
    pytest.param(
        "date 2026-03-01\nHallam Compute operates GPU clouds in Ohio. Its largest site, a 60-megawatt "
        "building near Dayton, is leased from Quarrystone Data on a ten-year term.",
        # a site "is leased from" its owner: the owner provides the capacity to the company the text is about
        {('Quarrystone Data', 'supplies_compute_to', 'Hallam Compute'): (None, None, None, 'announced', None)},
        id="en-a-site-leased-from"),
    pytest.param(
        "date 2026-02-11\nBrightwater Systems runs AI clusters in Wales. Two halls came with Brightwater's "
        "acquisition last year of Coldharbour Data. Brightwater will rent about 4,000 of Nvidia's H200 chips "
        "from Penrose Cloud under a two-year contract.",
        # "X's acquisition last year of Y"; "rent 4,000 of Nvidia's chips from Z": Z rents them out, not Nvidia
        {('Brightwater Systems', 'acquired', 'Coldharbour Data'): (None, None, None, 'completed', '2025'),
         ('Nvidia', 'designs_chip', 'H200'): (None, None, None, None, None),
         ('Penrose Cloud', 'supplies_compute_to', 'Brightwater Systems'): (None, None, None, 'announced', None)},
        id="en-nominal-acquisition-and-chips-rented-from"),
    pytest.param(
        "date 2026-06-03\nOrrin Data opened a cloud region in Lisbon. Orrin Data also hired 40 engineers.\n\n"
        "Vellum Health raised $60 million in a Series B led by Ashgrove Partners. NVentures, "
        "Nvidia's venture capital arm, also took part. The round values the company at $540 million.",
        # in a roundup, "the company" after a venture arm's sentence is the round's company, not the fund
        {('Vellum Health', 'raised', None): (6e7, USD, 'exact', 'completed', None),
         ('Ashgrove Partners', 'invested_in', 'Vellum Health'): (None, None, None, 'completed', None),
         ('NVentures', 'subsidiary_of', 'Nvidia'): (None, None, None, None, None),
         ('NVentures', 'invested_in', 'Vellum Health'): (None, None, None, 'completed', None),
         ('Vellum Health', 'valued_at', None): (5.4e8, USD, 'exact', None, None)},
        id="en-the-round-values-the-company-not-the-fund"),
    pytest.param(
        "date 2026-01-20\nMerrin Labs, a Leeds start-up, had trained its earlier models on Google Cloud.",
        # "had trained its earlier models on" a cloud
        {('Google Cloud', 'supplies_compute_to', 'Merrin Labs'): (None, None, None, 'announced', None)},
        id="en-had-trained-its-models-on"),
    pytest.param(
        "date 2026-02-10\nTamsin Labs builds voice models in Bristol. Much of its training now runs in data "
        "centres that Tamsin Labs contracted from Brisk Cloud last spring.",
        # no pattern reads it: a sentence about data centres that names one cloud and one other company is a compute deal
        {('Brisk Cloud', 'supplies_compute_to', 'Tamsin Labs'): (None, None, None, 'announced', '2025')},
        id="en-a-cloud-and-a-customer-in-a-compute-sentence"),
    pytest.param(
        "date 2026-03-12\nHarlow Robotics makes warehouse arms. Greyfen Ventures has been on Harlow Robotics' "
        "cap table since its seed round in 2023.",
        # no pattern reads it: a sentence about a round that names one fund and one other company is an investment
        {('Greyfen Ventures', 'invested_in', 'Harlow Robotics'): (None, None, None, 'completed', '2023')},
        id="en-a-fund-and-a-company-in-an-investment-sentence"),
    pytest.param(
        "date 2026-04-08\nKilnworth Compute rents GPUs to AI labs. Its largest customer since 2024 is Cohere, "
        "the Toronto AI developer. Oberon Partners, whose stake in Kilnworth Compute is now about 12%, "
        "declined to comment.",
        # "Its largest customer since 2024 is X" (a date between the words); "X, whose stake in Y"
        {('Kilnworth Compute', 'supplies_compute_to', 'Cohere'): (None, None, None, 'announced', None),
         ('Oberon Partners', 'invested_in', 'Kilnworth Compute'): (None, None, None, 'completed', None)},
        id="en-its-customer-past-a-date-and-whose-stake"),
    pytest.param(
        "date 2026-01-15\nThe optical chiplets come from Marrow Photonics, a Santa Clara start-up whose $60 "
        "million Series B was led by Redfern Capital last year.",
        # no pattern reads the raise: the one company that is no investor raised the round's one amount
        {('Redfern Capital', 'invested_in', 'Marrow Photonics'): (None, None, None, 'completed', '2025'),
         ('Marrow Photonics', 'raised', None): (6e7, USD, 'exact', 'completed', '2025')},
        id="en-a-raise-no-pattern-reads"),
    pytest.param(
        "date 2026-03-05\nTessaro, a chip start-up, raised $40 million last month. It competes most directly with "
        "Groq and with Positron Silicon. Nscale competes with much larger rivals, notably CoreWeave and Nebius. "
        "Arcadia Cloud competes for the same customers as Lambda and Fluidstack. Lumora Photonics is competing "
        "with better-funded Ayar Labs.",
        # an adverb between the verb and "with", "rivals, notably", "for the same customers as", a rival's adjective
        {("Tessaro", "raised", None): (4e7, USD, "exact", "completed", "2026-02"),
         ("Tessaro", "competes_with", "Groq"): (None, None, None, None, None),
         ("Tessaro", "competes_with", "Positron Silicon"): (None, None, None, None, None),
         ("Nscale", "competes_with", "CoreWeave"): (None, None, None, None, None),
         ("Nscale", "competes_with", "Nebius"): (None, None, None, None, None),
         ("Arcadia Cloud", "competes_with", "Lambda"): (None, None, None, None, None),
         ("Arcadia Cloud", "competes_with", "Fluidstack"): (None, None, None, None, None),
         ("Lumora Photonics", "competes_with", "Ayar Labs"): (None, None, None, None, None)},
        id="en-rivals-with-an-adverb-or-notably"),
    pytest.param(
        "date 2026-03-10\nHalvane Robotics said on Tuesday it had raised $120 million. Samsung Catalyst Fund led "
        "the round, which also drew LG Technology Ventures and the Singapore investor Pelican Bay Capital. "
        "NVentures took part alongside Coatue and Salesforce Ventures. Existing backers Saltmarsh Capital and "
        "Kleiner Perkins returned for the round. Nvidia also took a small stake. Malabar Partners led it and Peak "
        "XV Partners came in as well.",
        # investors in the round the text is about: "took part alongside" both sides, "returned for the round", "took a
        # small stake", "led it and X came in as well"; a KB name opening a longer fund name takes its longest ending
        {("Halvane Robotics", "raised", None): (1.2e8, USD, "exact", "completed", "2026-03-10"),
         ("LG Technology Ventures", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Pelican Bay Capital", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Samsung Catalyst Fund", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("NVentures", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Coatue", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Salesforce Ventures", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Saltmarsh Capital", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Kleiner Perkins", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Nvidia", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Peak XV Partners", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10"),
         ("Malabar Partners", "invested_in", "Halvane Robotics"): (None, None, None, "completed", "2026-03-10")},
        id="en-round-participants-without-a-round-word"),
    pytest.param(
        "date 2026-03-05\nMirefield Labs designs the Mirefield-2 and Mirefield-3 accelerators. Both Mirefield chips "
        "are manufactured by TSMC. Penwarden Microsystems, whose Gannet-2 accelerator went into volume production "
        "at Samsung Electronics in the autumn, raised money. Marrick Semi has GlobalFoundries build all of its "
        "chips.",
        # a foundry that makes a company's chips supplies it: "Both ... chips are manufactured by", "went into volume
        # production at", "has X build all of its chips"
        {("Mirefield Labs", "designs_chip", "Mirefield-2"): (None, None, None, None, None),
         ("Mirefield Labs", "designs_chip", "Mirefield-3"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Mirefield Labs"): (None, None, None, "announced", None),
         ("Penwarden Microsystems", "designs_chip", "Gannet-2"): (None, None, None, None, None),
         ("Samsung Electronics", "supplies_chips_to", "Penwarden Microsystems"): (None, None, None, "announced", None),
         ("GlobalFoundries", "supplies_chips_to", "Marrick Semi"): (None, None, None, "announced", None)},
        id="en-a-foundry-makes-the-chips"),
    pytest.param(
        "date 2026-03-05\nPolder Compute is a Dutch neocloud. Nvidia is a supplier to Polder Compute but not a "
        "shareholder, she added. Redcliff AI is a neocloud in Utah. It remains one of Nvidia's largest customers. "
        "Grayling Compute rents GPUs by the hour; most of its fleet runs on graphics processors from AMD, which "
        "holds a stake in Grayling Compute and remains its dominant chip supplier.",
        # a chipmaker that is a company's supplier, a company that is one of its customers, and one whose clause names the
        # company it remains the supplier of
        {("Nvidia", "supplies_chips_to", "Polder Compute"): (None, None, None, "announced", None),
         ("Nvidia", "supplies_chips_to", "Redcliff AI"): (None, None, None, "announced", None),
         ("AMD", "invested_in", "Grayling Compute"): (None, None, None, "completed", None),
         ("AMD", "supplies_chips_to", "Grayling Compute"): (None, None, None, "completed", None)},
        id="en-a-chipmaker-that-remains-a-supplier"),
    pytest.param(
        "date 2026-03-12\nBrannock Cloud, a Dallas neocloud, reported quarterly revenue of $410 million on Tuesday. "
        "Brannock Cloud said demand was strong. Meta Platforms followed at the end of September with an agreement "
        "worth up to $14.2 billion for capacity. The state company has also lined up its first customers.",
        # in a report on a neocloud, a customer the sentence names alone takes capacity from it; a customer no name gives
        # is none; "at the end of September" dates the deal
        {("Brannock Cloud", "supplies_compute_to", "Meta Platforms"): (1.42e10, USD, "up_to", "announced", "2025-09")},
        id="en-a-neoclouds-customer-named-alone"),
    pytest.param(
        "date 2026-03-05\nHanul Silicon, a Seoul-based chip designer, will supply its Baekdu-2 inference "
        "accelerators to Naver Cloud under a deal worth about $275 million. Hyeonmu Chips, a Busan start-up, will "
        "use the funds to bring its Haetae-3 inference processor to volume production. Tenrai Semiconductor, an "
        "Osaka-based chip designer, said Oracle would deploy its Kumo-3 inference accelerator. Tarnow "
        "Semiconductor is a Polish chip designer. Its second-generation accelerator, the Vela-2, went into volume "
        "production.",
        # its own chip: the one a designer supplies, brings to production or a customer deploys as the designer says; a chip
        # of some generation
        {("Hanul Silicon", "designs_chip", "Baekdu-2"): (None, None, None, None, None),
         ("Hanul Silicon", "supplies_chips_to", "Naver Cloud"): (2.75e8, USD, "about", "announced", None),
         ("Hyeonmu Chips", "designs_chip", "Haetae-3"): (None, None, None, None, None),
         ("Tenrai Semiconductor", "designs_chip", "Kumo-3"): (None, None, None, None, None),
         ("Tenrai Semiconductor", "supplies_chips_to", "Oracle"): (None, None, None, "announced", None),
         ("Tarnow Semiconductor", "designs_chip", "Vela-2"): (None, None, None, None, None)},
        id="en-a-chip-the-designer-supplies-brings-or-ships"),
    pytest.param(
        "date 2026-03-05\nIn May, Quillmate raised another $6 billion in a Series B that valued it at $24 billion. "
        "Corrigan AI, a Toronto start-up, counts Nvidia and Oracle among its backers and was valued at $6.8 "
        "billion.",
        # "a Series B that valued it"; the subject's valuation after a clause that names its backers, not theirs
        {("Quillmate", "raised", None): (6e9, USD, "exact", "completed", "2025-05"),
         ("Quillmate", "valued_at", None): (2.4e10, USD, "exact", None, "2025-05"),
         ("Nvidia", "invested_in", "Corrigan AI"): (None, None, None, "completed", None),
         ("Oracle", "invested_in", "Corrigan AI"): (None, None, None, "completed", None),
         ("Corrigan AI", "valued_at", None): (6.8e9, USD, "exact", None, None)},
        id="en-a-valuation-of-the-subject-and-of-a-series"),
    pytest.param(
        "date 2026-03-12\nEmployees of Petrichor Labs, an AI coding start-up, sold about $180 million of shares in "
        "a tender offer that closed on Tuesday to a group of buyers led by Thrive Capital. Pellucid Labs, a San "
        "Francisco start-up, said current and former employees had sold about $300 million of stock in a tender "
        "offer led by Coatue.",
        # the buyers of a share sale invest in the company whose staff sell, read in the sentence of the sale
        {("Petrichor Labs", "sold_shares", None): (1.8e8, USD, "about", "completed", "2026-03-10"),
         ("Thrive Capital", "invested_in", "Petrichor Labs"): (None, None, None, "completed", "2026-03-10"),
         ("Pellucid Labs", "sold_shares", None): (3e8, USD, "about", "completed", "2026-03-10"),
         ("Coatue", "invested_in", "Pellucid Labs"): (None, None, None, "completed", "2026-03-10")},
        id="en-buyers-of-staff-shares"),
    pytest.param(
        "date 2026-03-12\nStaff at Orbisant, a Paris-based maker of AI coding tools, sold about $400 million of "
        "shares to a group of investors led by General Catalyst in a secondary transaction that valued the company "
        "at $7.5 billion.",
        # "the company" a valuation speaks of is no fund; "Staff" is no name
        {("Orbisant", "sold_shares", None): (4e8, USD, "about", "completed", None),
         ("General Catalyst", "invested_in", "Orbisant"): (None, None, None, "completed", None),
         ("Orbisant", "valued_at", None): (7.5e9, USD, "exact", None, None)},
        id="en-a-sale-that-valued-the-company"),
    pytest.param(
        "date 2026-03-12\nAlibaba invested in both companies in earlier private rounds, and Tencent is also a "
        "MiniMax shareholder. Daugava Compute raised €210 million last autumn in a mix of equity and bank debt, "
        "with Kattegat Infrastructure Partners, a Copenhagen fund, taking a minority stake. Stratos Compute, a "
        "Texas neocloud, has 300 staff, and Magnetar Capital, its largest shareholder, has backed it since 2022. "
        "Microsoft has made funding commitments to OpenAI totalling $13 billion.",
        # "is also a MiniMax shareholder", "with X taking a minority stake" in the round, "has backed it since",
        # "funding commitments to"
        {("Tencent", "invested_in", "MiniMax"): (None, None, None, "completed", None),
         ("Daugava Compute", "raised", None): (2.1e8, EUR, "exact", "completed", "2025"),
         ("Kattegat Infrastructure Partners", "invested_in", "Daugava Compute"): (None, None, None, "completed", "2025"),
         ("Magnetar Capital", "invested_in", "Stratos Compute"): (None, None, None, "completed", "2022"),
         ("Microsoft", "invested_in", "OpenAI"): (1.3e10, USD, "exact", "completed", None)},
        id="en-a-shareholder-a-minority-stake-and-a-backer-since"),
    pytest.param(
        "date 2026-03-12\nHanwol Telecom has set up Hanwol AI Cloud, a wholly owned subsidiary that will rent out "
        "3,000 Nvidia H200 chips to Korean companies. Nusantara Digital, a Jakarta neocloud, is built around 4,096 "
        "AMD MI300X chips that Nusantara Digital agreed to buy. Quarry AI, in turn, will fill those data centres "
        "with Nvidia systems, at least 10 gigawatts of them. Then there is Oracle, which is itself spending "
        "heavily on Nvidia processors to build the data centres.",
        # the maker of chips a company rents out, agreed to buy, fills its data centres with or spends on supplies it
        {("Hanwol AI Cloud", "subsidiary_of", "Hanwol Telecom"): (None, None, None, None, None),
         ("Nvidia", "supplies_chips_to", "Hanwol AI Cloud"): (None, None, None, "announced", None),
         ("AMD", "supplies_chips_to", "Nusantara Digital"): (None, None, None, "announced", None),
         ("Nvidia", "supplies_chips_to", "Quarry AI"): (None, None, None, "announced", None),
         ("Nvidia", "supplies_chips_to", "Oracle"): (None, None, None, "announced", None),
         ("Nvidia", "designs_chip", "H200"): (None, None, None, None, None),
         ("AMD", "designs_chip", "MI300X"): (None, None, None, None, None)},
        id="en-chips-a-company-rents-out-fills-or-spends-on"),
    pytest.param(
        "date 2025-11-19\nMicrosoft agreed to invest up to $5 billion in Anthropic and Nvidia up to $10 billion, "
        "while Anthropic committed to buy $30 billion of computing capacity from Microsoft's Azure cloud.",
        # "in X and Nvidia up to $10 billion, while ...": the second investor's own amount before a clause of its own
        {("Microsoft", "invested_in", "Anthropic"): (5e9, USD, "up_to", "announced", None),
         ("Microsoft", "supplies_compute_to", "Anthropic"): (3e10, USD, "exact", "announced", None),
         ("Nvidia", "invested_in", "Anthropic"): (1e10, USD, "up_to", "announced", None)},
        id="en-two-investors-their-own-amounts-before-while"),
    # -- Vietnamese ------------------------------------------------------------------------
    pytest.param(
        "date 2025-11-03\nỞ Malaysia, Tanjong Grid Berhad của Malaysia, đơn vị vận hành siêu máy tính dùng chip GB200 "
        "của Nvidia tại Johor, đã ký hợp đồng cung cấp năng lực tính toán cho Kampar AI. Hồi tháng 5, Tanjong Grid "
        "Berhad đã huy động 300 triệu USD. Các nhà đầu tư tham gia đợt phát hành gồm quỹ hưu trí Selangor Pension "
        "Fund, tập đoàn đầu tư Perak Holdings và quỹ tăng trưởng Melaka Growth Capital.",
        # an appositive after a name is no reference, so the main clause keeps its subject; descriptors
        # before each name of a list ("tập đoàn đầu tư X") keep the list going
        {("Nvidia", "designs_chip", "GB200"): (None, None, None, None, None),
         ("Nvidia", "supplies_chips_to", "Tanjong Grid Berhad"): (None, None, None, "announced", None),
         ("Tanjong Grid Berhad", "supplies_compute_to", "Kampar AI"): (None, None, None, "announced", None),
         ("Tanjong Grid Berhad", "raised", None): (300e6, USD, "exact", "completed", "2025-05"),
         ("Selangor Pension Fund", "invested_in", "Tanjong Grid Berhad"): (None, None, None, "completed", "2025-05"),
         ("Perak Holdings", "invested_in", "Tanjong Grid Berhad"): (None, None, None, "completed", "2025-05"),
         ("Melaka Growth Capital", "invested_in", "Tanjong Grid Berhad"): (None, None, None, "completed", "2025-05")},
        id="vi-appositive-after-name-and-described-list"),
    pytest.param(
        "date 2025-04-26\nĐại hội cổ đông Công ty Cổ phần Công nghệ Thiên Lam đã thông qua kế hoạch. "
        "Đại hội cũng chấp thuận phương án góp 60 tỷ đồng để nắm 20% cổ phần Sóng Nhạc AI. "
        "Ở chiều ngược lại, Thiên Lam đã thoái toàn bộ 35% vốn tại Công ty Điện tử Hà Giang hồi tháng 3.",
        # a stake bought by the company the article is about; a stake sold off has ended
        {("Công ty Cổ phần Công nghệ Thiên Lam", "invested_in", "Sóng Nhạc AI"): (60e9, VND, "exact", "completed", None),
         ("Công ty Cổ phần Công nghệ Thiên Lam", "invested_in", "Công ty Điện tử Hà Giang"): (None, None, None, "ended", "2025-03")},
        id="vi-stake-approved-and-stake-sold-off"),
    pytest.param(
        "date 2025-09-02\nCông ty Vi mạch Hồng Lam được hậu thuẫn bởi quỹ Bến Nghé Capital và hãng chip "
        "Đài Loan MediaTek. Công ty Phần mềm Sóng Xanh không còn thuê hạ tầng của Mây Bạc Cloud từ tháng 8.",
        # a description before a name is no reference; "không còn" ends a deal, it does not deny it
        {("Bến Nghé Capital", "invested_in", "Công ty Vi mạch Hồng Lam"): (None, None, None, "completed", None),
         ("MediaTek", "invested_in", "Công ty Vi mạch Hồng Lam"): (None, None, None, "completed", None),
         ("Mây Bạc Cloud", "supplies_compute_to", "Công ty Phần mềm Sóng Xanh"): (None, None, None, "ended", None)},
        id="vi-descriptor-before-name-and-no-longer-renting"),
    pytest.param(
        "date 2025-07-20\nCông ty cổ phần Công nghệ Hải Long vừa ký hợp đồng thuê 256 GPU H100 từ Sao Bắc Cloud. "
        "Hồi tháng 3, Hải Long đã huy động 12 triệu USD.",
        {("Sao Bắc Cloud", "supplies_compute_to", "Công ty cổ phần Công nghệ Hải Long"): (None, None, None, "announced", None),
         ("Công ty cổ phần Công nghệ Hải Long", "raised", None): (12e6, USD, "exact", "completed", "2025-03")},
        id="vi-organisation-short-form-and-rented-gpus-are-compute"),
    pytest.param(
        "date 2025-08-08\nTập đoàn Viễn thông Hòa Bình công bố sẽ đầu tư 50 triệu USD vào startup Nexora trong quý II.",
        {("Tập đoàn Viễn thông Hòa Bình", "invested_in", "Nexora"): (50e6, USD, "exact", "announced", "2025")},
        id="vi-cong-bo-se-is-announced-and-quarter-dates-the-year"),
    pytest.param(
        "date 2025-10-14\nCông ty Dữ liệu Nam Sơn được Tập đoàn Viễn thông Hòa Bình rót 100 triệu USD hồi "
        "tháng 6. Quỹ Lotus Ventures và Granite Peak Capital đã rót tổng cộng 25 triệu USD vào startup Nexora.",
        {("Tập đoàn Viễn thông Hòa Bình", "invested_in", "Công ty Dữ liệu Nam Sơn"): (100e6, USD, "exact", "completed", "2025-06"),
         ("Lotus Ventures", "invested_in", "Nexora"): (None, None, None, "completed", None),
         ("Granite Peak Capital", "invested_in", "Nexora"): (None, None, None, "completed", None)},
        id="vi-name-stops-at-function-word-and-descriptor-before-tail"),

    pytest.param(
        "date 2025-10-14\nNgân hàng Thương mại Cổ phần Quân đội (MB) vừa ký thỏa thuận hợp tác chiến lược với "
        "Công ty Cổ phần Công nghệ Sao Bắc Đẩu.",
        {("Ngân hàng Thương mại Cổ phần Quân đội", "partners_with", "Công ty Cổ phần Công nghệ Sao Bắc Đẩu"):
         (None, None, None, "announced", None)},
        id="vi-name-ending-lowercase-before-acronym"),
    pytest.param(
        "date 2025-10-14\nTheo thông cáo báo chí, Tập đoàn Viễn thông Hòa Bình sẽ chi khoảng 200 triệu USD để "
        "mua lại 51% cổ phần Công ty Dữ liệu Nam Sơn.",
        {("Tập đoàn Viễn thông Hòa Bình", "acquired", "Công ty Dữ liệu Nam Sơn"): (200e6, USD, "about", "expected", None)},
        id="vi-controlling-stake-is-acquisition"),
    pytest.param(
        "date 2025-10-14\nStartup Nexora vừa hoàn tất vòng gọi vốn Series B trị giá 40 triệu USD do quỹ Granite "
        "Peak Capital dẫn dắt, với sự tham gia của Lotus Ventures và Orrin Ventures.",
        {("Nexora", "raised", None): (40e6, USD, "exact", "completed", None),
         ("Granite Peak Capital", "invested_in", "Nexora"): (None, None, None, "completed", None),
         ("Lotus Ventures", "invested_in", "Nexora"): (None, None, None, "completed", None),
         ("Orrin Ventures", "invested_in", "Nexora"): (None, None, None, "completed", None)},
        id="vi-round-led-with-participants"),

    pytest.param(
        "date 2025-11-24\nCông ty Dữ liệu Sao Mai (SMD), công ty thành viên của Tập đoàn Năng lượng Hồng Hà, "
        "vừa công bố cam kết chi 1,8 tỷ USD để xây ba trung tâm dữ liệu AI.",
        {("Công ty Dữ liệu Sao Mai", "subsidiary_of", "Tập đoàn Năng lượng Hồng Hà"): (None, None, None, None, None),
         ("Công ty Dữ liệu Sao Mai", "commits_spending", None): (1.8e9, USD, "exact", "announced", None)},
        id="vi-unit-appositive-after-acronym"),
    pytest.param(
        "date 2025-11-24\nCEO Sao Mai: cần thêm trung tâm dữ liệu\nCông ty Dữ liệu Sao Mai vừa khánh thành "
        "trung tâm dữ liệu đầu tiên.\n- Khách hàng của bà là ai?\n- Chúng tôi đã ký hợp đồng cho Zentra Cloud "
        "thuê 20 MW trong bảy năm.",
        {("Công ty Dữ liệu Sao Mai", "supplies_compute_to", "Zentra Cloud"): (None, None, None, "announced", None)},
        id="vi-interview-first-person-lease"),
    pytest.param(
        "date 2025-03-02\nQuỹ Hanbit Growth Partners được cho là sẽ rót khoảng 300 triệu USD để nắm 25% "
        "cổ phần Nexora.",
        {("Hanbit Growth Partners", "invested_in", "Nexora"): (300e6, USD, "about", "expected", None)},
        id="vi-stake-without-cua"),
    pytest.param(
        "date 2025-05-02\nKivo, startup mà Tập đoàn Công nghệ Phương Nam đã mua lại hồi tháng 4, vừa ra mắt "
        "sản phẩm mới.",
        {("Tập đoàn Công nghệ Phương Nam", "acquired", "Kivo"): (None, None, None, "completed", "2025-04")},
        id="vi-relative-clause-ma"),

    pytest.param(
        "date 2025-11-24\nTập đoàn Năng lượng Hồng Hà vừa công bố rót 500 tỷ đồng vào Công ty Hạ tầng "
        "Số Sao Mai (SMDI). Quỹ đầu tư Lotus Ventures cũng đã đầu tư 10 triệu USD vào SMDI.",
        {("Tập đoàn Năng lượng Hồng Hà", "invested_in", "Công ty Hạ tầng Số Sao Mai"): (500e9, VND, "exact", "announced", None),
         ("Lotus Ventures", "invested_in", "Công ty Hạ tầng Số Sao Mai"): (10e6, USD, "exact", "completed", None)},
        id="vi-vietnamese-company-name-and-acronym"),
    pytest.param(
        "date 2025-06-05\nKhoản đầu tư 20 triệu USD của Kestrel Capital vào startup Nexora đã hoàn tất "
        "vào tháng 5.",
        {("Kestrel Capital", "invested_in", "Nexora"): (20e6, USD, "exact", "completed", "2025-05")},
        id="vi-nominal-khoan-dau-tu-cua-vao"),
    pytest.param(
        "date 2025-06-01\nStartup Lumio đã được quỹ Granite Peak Capital rót 15 triệu USD vào tháng 3.",
        {("Granite Peak Capital", "invested_in", "Lumio"): (15e6, USD, "exact", "completed", "2025-03")},
        id="vi-passive-duoc-rot-von"),
    pytest.param(
        "date 2025-11-20\nThương vụ Tập đoàn Công nghệ Phương Nam mua lại startup Kivo với giá 40 triệu USD, "
        "theo thông báo của hai bên, đã hoàn tất trong tháng 10.",
        {("Tập đoàn Công nghệ Phương Nam", "acquired", "Kivo"): (40e6, USD, "exact", "completed", "2025-10")},
        id="vi-thuong-vu-mua-status-far"),
    pytest.param(
        "date 2025-09-15\nHai quỹ Lotus Ventures và Granite Peak Capital lần lượt rót 8 triệu USD và "
        "5 triệu USD vào Nexora.",
        {("Lotus Ventures", "invested_in", "Nexora"): (8e6, USD, "exact", "completed", None),
         ("Granite Peak Capital", "invested_in", "Nexora"): (5e6, USD, "exact", "completed", None)},
        id="vi-lan-luot"),
    pytest.param(
        "date 2025-03-10\nQuỹ Harbor Lane Capital, theo hai người am hiểu vấn đề, đang đàm phán để rót "
        "khoảng 300 triệu USD vào Công ty Dữ liệu Sao Việt.",
        {("Harbor Lane Capital", "invested_in", "Công ty Dữ liệu Sao Việt"): (300e6, USD, "about", "in_talks", None)},
        id="vi-attribution-inside-clause"),
    pytest.param(
        "date 2025-12-01\nHợp đồng giữa nhà cung cấp đám mây Skyreach và startup Vamo AI, trị giá "
        "120 triệu USD, được ký vào tháng 11.",
        {("Skyreach", "supplies_compute_to", "Vamo AI"): (120e6, USD, "exact", "announced", "2025-11")},
        id="vi-hop-dong-giua-with-roles"),
    pytest.param(
        "date 2025-10-15\nTập đoàn Viễn thông Hòa Bình vừa rót 50 triệu USD vào startup Nexora. Công ty Dữ liệu "
        "Sao Mai và startup Vamo AI đã ký biên bản ghi nhớ về việc xây dựng cụm máy chủ AI.",
        {("Tập đoàn Viễn thông Hòa Bình", "invested_in", "Nexora"): (50e6, USD, "exact", "completed", None),
         ("Công ty Dữ liệu Sao Mai", "partners_with", "Vamo AI"): (None, None, None, "announced", None)},
        id="vi-vua-rot-and-ky-bien-ban-ghi-nho"),
    pytest.param(
        "date 2025-10-15\nNexora vừa nhận khoản đầu tư 30 triệu USD từ quỹ Granite Peak Capital. Tập đoàn Viễn "
        "thông Hòa Bình đã đặt hàng 2.000 GPU từ Nvidia.",
        {("Granite Peak Capital", "invested_in", "Nexora"): (30e6, USD, "exact", "completed", None),
         ("Nexora", "raised", None): (30e6, USD, "exact", "completed", None),
         ("Nvidia", "supplies_chips_to", "Tập đoàn Viễn thông Hòa Bình"): (None, None, None, "announced", None)},
        id="vi-nhan-khoan-dau-tu-tu-and-dat-hang"),
    pytest.param(
        "date 2025-10-15\nVamo AI, startup được quỹ Lotus Ventures hậu thuẫn, vừa công bố hợp tác với Skyreach.",
        {("Lotus Ventures", "invested_in", "Vamo AI"): (None, None, None, "completed", None),
         ("Vamo AI", "partners_with", "Skyreach"): (None, None, None, "announced", None)},
        id="vi-partnership-is-no-chip-design"),
    pytest.param(
        "date 2025-10-15\nSkyreach ký hợp đồng trị giá 500 triệu USD với Vamo AI. Theo thỏa thuận, Skyreach sẽ "
        "cung cấp năng lực điện toán cho startup này trong 6 năm.",
        {("Skyreach", "supplies_compute_to", "Vamo AI"): (500e6, USD, "exact", "announced", None)},
        id="vi-theo-thoa-thuan-reads-previous-sentence"),
    pytest.param(
        "date 2025-10-15\nTheo Bloomberg, tập đoàn Nhật Bản SoftBank đang đàm phán để rót thêm 5 tỷ USD vào Nexora, "
        "nâng tổng vốn đầu tư lên 15 tỷ USD. Skyreach sẽ cung cấp cho Vamo AI năng lực tính toán tương đương 100 MW.",
        {("SoftBank", "invested_in", "Nexora"): (5e9, USD, "exact", "in_talks", None),
         ("Skyreach", "supplies_compute_to", "Vamo AI"): (None, None, None, "expected", None)},
        id="vi-outlet-before-appositive-and-cung-cap-cho"),
    pytest.param(
        "date 2025-10-15\nHồi tháng 8, Skyreach đã ký thỏa thuận cung cấp dịch vụ đám mây cho Vamo AI trong 5 năm.",
        {("Skyreach", "supplies_compute_to", "Vamo AI"): (None, None, None, "announced", "2025-08")},
        id="vi-compute-direction-from-pattern-not-roles"),
    pytest.param(
        "date 2025-10-15\nTập đoàn Viễn thông Hòa Bình sẽ bán 30% cổ phần tại Công ty Dữ liệu Nam Sơn cho quỹ "
        "Lotus Ventures.",
        {("Lotus Ventures", "invested_in", "Công ty Dữ liệu Nam Sơn"): (None, None, None, "expected", None)},
        id="vi-ban-co-phan-cho-buyer-invests"),
    pytest.param(
        "date 2025-10-15\nSkyreach và Vamo AI vừa ký hợp đồng trị giá 300 triệu USD, theo đó Skyreach sẽ cung cấp "
        "hạ tầng GPU cho Vamo AI.",
        {("Skyreach", "supplies_compute_to", "Vamo AI"): (300e6, USD, "exact", "announced", None)},
        id="vi-theo-do-reads-clause-before"),
    # -- unknown companies with no cue word, parties named only in the sentence before --------
    pytest.param(
        "date 2025-10-15\nNew Horizon Capital invested $10 million in Lumio AI. First Light Ventures will "
        "invest $5 million in Tavira AI.",
        {("New Horizon Capital", "invested_in", "Lumio AI"): (10e6, USD, "exact", "completed", None),
         ("First Light Ventures", "invested_in", "Tavira AI"): (5e6, USD, "exact", "announced", None)},
        id="en-sentence-initial-common-word-opens-name"),
    pytest.param(
        "date 2025-10-15\nBrisk Capital invested $20 million in Kestrel Grid. Kestrel Grid's Atlas Cloud unit, "
        "Halvard Systems, will supply computing capacity to Orvane Labs.",
        {("Brisk Capital", "invested_in", "Kestrel Grid"): (20e6, USD, "exact", "completed", None),
         ("Halvard Systems", "subsidiary_of", "Kestrel Grid"): (None, None, None, None, None)},
        id="en-possessive-ends-name"),
    pytest.param(
        "date 2025-10-15\nHalvard Systems signed a $300 million agreement with Orvane Labs on Monday. Under the "
        "agreement, the company will provide computing capacity for five years.",
        {("Halvard Systems", "supplies_compute_to", "Orvane Labs"): (300e6, USD, "exact", "announced", "2025-10-13")},
        id="en-followup-without-object-reads-other-party"),
    pytest.param(
        "date 2025-10-15\nHalvard Systems ký hợp đồng trị giá 300 triệu USD với Orvane Labs. Theo thỏa thuận, "
        "đơn vị này sẽ cung cấp năng lực điện toán trong 5 năm.",
        {("Halvard Systems", "supplies_compute_to", "Orvane Labs"): (300e6, USD, "exact", "announced", None)},
        id="vi-followup-without-object-reads-other-party"),
    pytest.param(
        "date 2025-03-10\nTập đoàn Kiyomi Digital vừa mua thêm 30% cổ phần Công ty Cổ phần Phần mềm Bình Nguyên, "
        "nâng tỷ lệ sở hữu lên 65%.",
        {("Kiyomi Digital", "acquired", "Công ty Cổ phần Phần mềm Bình Nguyên"): (None, None, None, "completed", None)},
        id="vi-stake-raised-past-half-is-an-acquisition"),
    pytest.param(
        "date 2025-11-04\nQuillmark AI said on Monday it had hired 40 engineers. That round, which closed in June, "
        "raised $90 million from investors led by Fernhill Partners at a post-money valuation of $700 million.",
        {("Quillmark AI", "raised", None): (90e6, USD, "exact", "completed", "2025-06"),
         ("Fernhill Partners", "invested_in", "Quillmark AI"): (None, None, None, "completed", "2025-06"),
         ("Quillmark AI", "valued_at", None): (700e6, USD, "exact", None, "2025-06")},
        id="en-round-opener-is-the-company-in-focus"),
    pytest.param(
        "date 2026-02-11\nHarrow Infra and Quayside Capital have formed a joint venture to build an AI campus in "
        "Leeds, committing a combined $4 billion over five years.",
        {("Harrow Infra", "partners_with", "Quayside Capital"): (None, None, None, "announced", None),
         ("Harrow Infra", "commits_spending", None): (None, None, None, "announced", None),
         ("Quayside Capital", "commits_spending", None): (None, None, None, "announced", None)},
        id="en-joint-total-committed-goes-on-neither"),
    pytest.param(
        "date 2025-12-03\nCEO Lotus Mind: \"Chúng tôi không đua với OpenAI\"\n"
        "Lotus Mind, startup AI ở Hà Nội, phục vụ 60 doanh nghiệp.\n"
        "- Hạ tầng đến từ đâu?\n- Chúng tôi không tự mua GPU. Việc huấn luyện chạy trên cụm máy chủ thuê từ Mây Bạc Cloud.\n"
        "- Ai là đối thủ?\n- Đối thủ trực tiếp nhất là Tâm An AI.",
        {("Mây Bạc Cloud", "supplies_compute_to", "Lotus Mind"): (None, None, None, "announced", None),
         ("Lotus Mind", "competes_with", "Tâm An AI"): (None, None, None, None, None)},
        id="vi-interview-first-person-is-the-article-company"),
    pytest.param(
        "date 2025-06-20\nChợ Lớn Số, sàn thương mại điện tử vốn thuê hạ tầng của Amazon Web Services từ năm 2021, "
        "đã chuyển toàn bộ hệ thống sang Viettel IDC hồi tháng 5.",
        {("Viettel IDC", "supplies_compute_to", "Chợ Lớn Số"): (None, None, None, "announced", "2025-05"),
         ("Amazon Web Services", "supplies_compute_to", "Chợ Lớn Số"): (None, None, None, "ended", "2025-05")},
        id="vi-switch-to-a-new-provider-ends-the-old"),
    pytest.param(
        "date 2025-06-20\nBrightwell Labs, which had rented servers from Google Cloud since 2022, moved all of its "
        "training workloads to CoreWeave in May.",
        {("CoreWeave", "supplies_compute_to", "Brightwell Labs"): (None, None, None, "announced", "2025-05"),
         # (the contract names Google the way the article spells it out, never writing "Google" alone)
         ("Google Cloud", "supplies_compute_to", "Brightwell Labs"): (None, None, None, "ended", "2025-05")},
        id="en-switch-to-a-new-provider-ends-the-old"),
    pytest.param(
        "date 2025-11-20\nOrbis Reasoning đã huy động 300 triệu USD trong vòng Series B do quỹ đầu tư Abu Dhabi MGX "
        "dẫn dắt, với sự tham gia của tập đoàn Nhật Bản SoftBank và quỹ mạo hiểm Mỹ Lux Capital.",
        # a descriptor with a country before each investor of the list
        {("Orbis Reasoning", "raised", None): (300e6, USD, "exact", "completed", None),
         ("MGX", "invested_in", "Orbis Reasoning"): (None, None, None, "completed", None),
         ("SoftBank", "invested_in", "Orbis Reasoning"): (None, None, None, "completed", None),
         ("Lux Capital", "invested_in", "Orbis Reasoning"): (None, None, None, "completed", None)},
        id="vi-investor-list-descriptors-with-country"),
    pytest.param(
        "date 2025-11-20\nSorrel Labs can fund the build-out because of the $900 million it raised in October, "
        "in a round led by the Abu Dhabi fund MGX. Advanced Micro Devices took a smaller part in the same round.",
        # "the Abu Dhabi fund MGX" is a fund, not the verb "fund"; "the same round" is Sorrel's
        {("Sorrel Labs", "raised", None): (900e6, USD, "exact", "completed", "2025-10"),
         ("MGX", "invested_in", "Sorrel Labs"): (None, None, None, "completed", "2025-10"),
         ("Advanced Micro Devices", "invested_in", "Sorrel Labs"): (None, None, None, "completed", "2025-10")},
        id="en-noun-fund-and-part-in-the-same-round"),
    pytest.param(
        "date 2025-11-20\nNgày 3/11, sàn thương mại điện tử Chợ Quê ký hợp đồng thuê máy chủ GPU với Bắc Sơn Cloud. "
        "Chợ Quê hiện có 2 triệu người dùng và là đối thủ của Tiki.",
        # a name of plain Vietnamese words after a direct cue, and again without it
        {("Bắc Sơn Cloud", "supplies_compute_to", "Chợ Quê"): (None, None, None, "announced", "2025-11-03"),
         ("Chợ Quê", "competes_with", "Tiki"): (None, None, None, None, None)},
        id="vi-plain-word-name-after-cue"),
    pytest.param(
        "date 2025-11-20\nThe Tarn-2 accelerator is designed by Corrib Silicon, a Cork-based chip start-up "
        "that will deliver it to Fennor Cloud. The company said in May that it had raised $75 million. "
        "All of Corrib's chips are manufactured by Taiwan Semiconductor Manufacturing Co.",
        # "The company" is the start-up the sentence before introduced; TSMC goes by the name the text writes
        {("Corrib Silicon", "designs_chip", "Tarn-2"): (None, None, None, None, None),
         ("Corrib Silicon", "supplies_chips_to", "Fennor Cloud"): (None, None, None, "announced", None),
         ("Corrib Silicon", "raised", None): (75e6, USD, "exact", "completed", "2025-05"),
         ("Taiwan Semiconductor Manufacturing Co.", "supplies_chips_to", "Corrib Silicon"): (None, None, None, "announced", None)},
        id="en-the-company-introduced-and-name-as-written"),
    pytest.param(
        "date 2025-11-20\nVarde Compute, a cloud provider based in Bergen, has agreed to supply computing capacity to "
        "Canadian model developer Cohere. Kobalt Systems denied a press report that it was in talks to acquire "
        "Varde Compute.",
        # a descriptor before the first party of a list; no deal from a denied report
        {("Varde Compute", "supplies_compute_to", "Cohere"): (None, None, None, "announced", None)},
        id="en-descriptor-before-tail-and-denied-report"),
    pytest.param(
        "date 2025-11-20\nEmployees at Tessaly AI, the search start-up, sold about $200 million of stock to investors "
        "including Dragoneer and Fidelity in a tender offer.",
        {("Tessaly AI", "sold_shares", None): (200e6, USD, "about", "completed", None),
         ("Dragoneer", "invested_in", "Tessaly AI"): (None, None, None, "completed", None),
         ("Fidelity", "invested_in", "Tessaly AI"): (None, None, None, "completed", None)},
        id="en-employees-sell-shares-to-buyers"),
    pytest.param(
        "date 2025-11-20\nĐể có tiền trả cho Nvidia, Sơn Hà Cloud đã huy động 300 triệu USD từ quỹ Lạc Long Capital.",
        # the party of an opening phrase is no party of the main clause
        {("Sơn Hà Cloud", "raised", None): (300e6, USD, "exact", "completed", None),
         ("Lạc Long Capital", "invested_in", "Sơn Hà Cloud"): (None, None, None, "completed", None)},
        id="vi-opening-phrase-party-stays-out"),
    pytest.param(
        "date 2025-10-03\nStartup Tam Đảo Digital được thành lập năm 2020 tại Đà Nẵng. Hồi tháng 8, AMD rót 50 triệu "
        "USD vào công ty này.",
        # "công ty này" after "vào" is the startup, not AMD; "Tam" is no acronym "TAM"; a company goes by the name
        # the text writes
        {("AMD", "invested_in", "Tam Đảo Digital"): (50e6, USD, "exact", "completed", "2025-08")},
        id="vi-description-after-a-preposition"),
    pytest.param(
        "date 2025-10-03\nStartup Helion Lattice vừa huy động 300 triệu USD. Các nhà đầu tư gồm tập đoàn Nhật Bản "
        "SoftBank, hãng quản lý tài sản Fidelity và nhà sản xuất bộ nhớ Hàn Quốc SK hynix.",
        # a descriptor of several Vietnamese syllables before each party of the list
        {("Helion Lattice", "raised", None): (300e6, USD, "exact", "completed", None),
         ("SoftBank", "invested_in", "Helion Lattice"): (None, None, None, "completed", None),
         ("Fidelity", "invested_in", "Helion Lattice"): (None, None, None, "completed", None),
         ("SK Hynix", "invested_in", "Helion Lattice"): (None, None, None, "completed", None)},
        id="vi-investor-list-long-descriptors"),
    pytest.param(
        "date 2026-03-20\nCông ty Cổ phần Hạ tầng Số và Dữ liệu Hòn Gai (tên viết tắt: Hòn Gai Data, mã chứng "
        "khoán: HGD) vừa ký hợp đồng cho startup Lạch Tray AI thuê 256 GPU. Năm 2025, Hòn Gai Data ghi nhận doanh "
        "thu 1.200 tỷ đồng. Lạch Tray AI, vốn thuê GPU của Vĩnh Yên Cloud đến tháng 2, không còn dùng dịch vụ này.",
        # a legal name with "và", its labelled short names and ticker; results are no deal; rented until February
        {("Công ty Cổ phần Hạ tầng Số và Dữ liệu Hòn Gai", "supplies_compute_to", "Lạch Tray AI"):
            (None, None, None, "announced", None),
         ("Vĩnh Yên Cloud", "supplies_compute_to", "Lạch Tray AI"): (None, None, None, "ended", None)},
        id="vi-legal-name-short-names-ticker-and-rented-until"),
    pytest.param(
        "date 2025-11-04\nCông ty Sao Khuê AI ký hợp đồng 5 năm trị giá 1.200 tỷ đồng với Viettel IDC. Tập đoàn "
        "Sông Cầu đã bán toàn bộ 3 triệu cổ phiếu Sao Khuê AI hồi tháng 10, thu về 90 tỷ đồng. Công ty Vạn Xuân sẽ "
        "nhận chuyển nhượng 65% vốn điều lệ của Công ty Tam Đảo AI. Để mở rộng, Tam Đảo AI đặt mua máy chủ GPU trị "
        "giá 200 tỷ đồng từ Dell Technologies.",
        # a contract with a cloud provider; every share sold ends the stake (the proceeds are no amount); over
        # half is an acquisition; GPU servers bought from a server maker are hardware
        {("Viettel IDC", "supplies_compute_to", "Công ty Sao Khuê AI"): (1.2e12, VND, "exact", "announced", None),
         ("Tập đoàn Sông Cầu", "invested_in", "Công ty Sao Khuê AI"): (None, None, None, "ended", "2025-10"),
         ("Công ty Vạn Xuân", "acquired", "Công ty Tam Đảo AI"): (None, None, None, "expected", None),
         ("Dell Technologies", "supplies_chips_to", "Công ty Tam Đảo AI"): (200e9, VND, "exact", "announced", None)},
        id="vi-cloud-contract-stake-sold-controlling-stake-servers"),
    pytest.param(
        "date 2025-11-20\nOpenAI đang gọi vốn. Quỹ Sông Đà Capital đã rót 20 triệu USD vào nhà phát triển ChatGPT. "
        "Tháng 5, Công ty Tam Cốc AI gọi được 12 triệu USD trong vòng Series A do quỹ Hạ Long Ventures dẫn dắt, "
        "với sự tham gia của quỹ Bến Thành Partners, ở mức định giá 60 triệu USD.",
        # "nhà phát triển ChatGPT" is the product's maker; a valuation after the investors is the raiser's
        {("Quỹ Sông Đà Capital", "invested_in", "OpenAI"): (20e6, USD, "exact", "completed", None),
         ("Công ty Tam Cốc AI", "raised", None): (12e6, USD, "exact", "completed", "2025-05"),
         ("Hạ Long Ventures", "invested_in", "Công ty Tam Cốc AI"): (None, None, None, "completed", "2025-05"),
         ("Bến Thành Partners", "invested_in", "Công ty Tam Cốc AI"): (None, None, None, "completed", "2025-05"),
         ("Công ty Tam Cốc AI", "valued_at", None): (60e6, USD, "exact", None, "2025-05")},
        id="vi-product-maker-and-valuation-after-the-investors"),
    pytest.param(
        "date 2025-11-20\nCông ty Sao Mai AI được xem là đối thủ hiếm hoi của OpenAI. Sao Mai AI là công ty mà Quỹ "
        "Hòn Gai Capital đã rót 15 triệu USD hồi năm ngoái. Quỹ Hòn Gai Capital, quỹ đầu tư thuộc Tập đoàn Bạch Đằng, "
        "cũng đầu tư vào nhiều startup. Giữa tháng 10, Nscale cho biết sẽ triển khai khoảng 20.000 GPU cho Sao Mai AI. "
        "Ban lãnh đạo Tập đoàn Bạch Đằng cho biết chi tiêu vốn năm nay có thể lên tới 500 triệu USD.",
        # "được xem là đối thủ của"; "công ty mà X đã rót"; "quỹ ... thuộc"; GPUs deployed for a customer; capex
        {("Sao Mai AI", "competes_with", "OpenAI"): (None, None, None, None, None),
         ("Quỹ Hòn Gai Capital", "invested_in", "Sao Mai AI"): (15e6, USD, "exact", "completed", "2024"),
         ("Quỹ Hòn Gai Capital", "subsidiary_of", "Tập đoàn Bạch Đằng"): (None, None, None, None, None),
         ("Nscale", "supplies_compute_to", "Sao Mai AI"): (None, None, None, "announced", "2025-10"),
         ("Tập đoàn Bạch Đằng", "commits_spending", None): (500e6, USD, "up_to", "announced", "2025")},
        id="vi-rival-of-relative-investment-fund-of-a-group-gpus-deployed-for-capex"),
    pytest.param(
        "date 2025-11-20\nMarrow Silicon designs the Tern-5 inference card. Technicians at Skerrow Data's site in "
        "Aberdeen install servers fitted with Tern-5 cards, which the Scottish operator began buying from Marrow in 2024.",
        # no pattern reads the second sentence: one chip company and one other company in a sentence about buying chips
        {("Marrow Silicon", "designs_chip", "Tern-5"): (None, None, None, None, None),
         ("Marrow Silicon", "supplies_chips_to", "Skerrow Data"): (None, None, None, "announced", "2024")},
        id="en-chip-sale-read-from-a-sentence-no-pattern-reads"),
    pytest.param(
        "date 2025-11-20\nLedwell Compute closed a $90 million Series B led by the Kuala Lumpur infrastructure fund "
        "Permula Capital. Corrib Semiconductor designs inference chips. Corrib's backers include Arden Capital. The "
        "money will pay for the tape-out of the company's first processor, the Kelp-1, which GlobalFoundries will "
        "manufacture at its Dresden fab. Hallam Memory supplies most of the memory in Nvidia's accelerators.",
        # "fund" is a noun there; a named owner's backers are not the round's; a foundry in the active voice;
        # memory inside another company's chips
        {("Ledwell Compute", "raised", None): (90e6, USD, "exact", "completed", None),
         ("Permula Capital", "invested_in", "Ledwell Compute"): (None, None, None, "completed", None),
         ("Arden Capital", "invested_in", "Corrib Semiconductor"): (None, None, None, "completed", None),
         ("Corrib Semiconductor", "designs_chip", "Kelp-1"): (None, None, None, None, None),
         ("GlobalFoundries", "supplies_chips_to", "Corrib Semiconductor"): (None, None, None, "announced", None),
         ("Hallam Memory", "supplies_chips_to", "Nvidia"): (None, None, None, "announced", None)},
        id="en-fund-noun-named-owner-active-foundry-and-memory-in-chips"),
    pytest.param(
        "date 2025-11-20\nCông ty Hòn Gai Data được thành lập năm 2019. Năm 2023, doanh nghiệp bán 15% cổ phần cho "
        "quỹ Tesselon Infrastructure Fund với giá 360 tỷ đồng. Hội đồng quản trị Hòn Gai Data thông qua phương án "
        "chào bán riêng lẻ 30 triệu cổ phiếu cho Halewood Asia Fund. Ở khu vực tư nhân, CMC Corporation, doanh nghiệp "
        "mà tập đoàn Hàn Quốc Samsung SDS nắm khoảng 25% cổ phần từ năm 2019, đang mở rộng.",
        # a company sells a stake in itself (a share sale too); a private placement a board approves is planned;
        # "doanh nghiệp mà X nắm"
        {("Tesselon Infrastructure Fund", "invested_in", "Công ty Hòn Gai Data"): (360e9, VND, "exact", "completed", "2023"),
         ("Công ty Hòn Gai Data", "sold_shares", None): (360e9, VND, "exact", "completed", "2023"),
         ("Halewood Asia Fund", "invested_in", "Công ty Hòn Gai Data"): (None, None, None, "expected", None),
         ("Samsung SDS", "invested_in", "CMC Corporation"): (None, None, None, "completed", "2019")},
        id="vi-stake-sold-by-the-company-private-placement-and-holder-relative"),
    pytest.param(
        "date 2025-11-20\nCông ty Cổ phần Dữ liệu Nhật Lệ (Nhật Lệ Data) vừa công bố kế hoạch mở rộng. Từ năm 2024, "
        "Nhật Lệ Data đã triển khai hàng nghìn GPU Hopper của Nvidia tại hai trung tâm dữ liệu ở Đà Nẵng, phần lớn do "
        "Dell và HPE cung cấp.",
        # a place word ("Nhật") opening a Vietnamese name; the sellers named after "do ... cung cấp"
        {("Nvidia", "designs_chip", "Hopper"): (None, None, None, None, None),
         ("Nvidia", "supplies_chips_to", "Nhật Lệ Data"): (None, None, None, "announced", None),
         ("Dell", "supplies_chips_to", "Nhật Lệ Data"): (None, None, None, "announced", None),
         ("HPE", "supplies_chips_to", "Nhật Lệ Data"): (None, None, None, "announced", None)},
        id="vi-place-word-opening-a-name-and-sellers-after-do"),
    pytest.param(
        "date 2026-04-10\nCông ty Cổ phần Vi mạch Đồ Sơn vừa đưa dòng chip thị giác Hải Âu V2 vào sản xuất hàng loạt. "
        "Vòng hạt giống 3 triệu USD do quỹ Cát Bà Ventures dẫn dắt hồi tháng 3 năm ngoái là khoản vốn bên ngoài duy "
        "nhất của công ty.",
        # a chip put into mass production; a round named without its company, in an article about one company
        {("Công ty Cổ phần Vi mạch Đồ Sơn", "designs_chip", "Hải Âu V2"): (None, None, None, None, None),
         ("Cát Bà Ventures", "invested_in", "Công ty Cổ phần Vi mạch Đồ Sơn"): (None, None, None, "completed", "2025-03")},
        id="vi-mass-production-and-a-round-without-its-company"),
    pytest.param(
        "date 2026-03-19\nHĐQT Công ty Cổ phần Công nghệ Số Quy Nhơn (Quy Nhơn Digital, mã QND) vừa thông qua phương án "
        "chuyển nhượng 35% vốn điều lệ của Công ty TNHH Đám mây Quy Nhơn (Quy Nhơn Cloud) cho Himeji Denki Holdings "
        "với giá 520 tỷ đồng. Cùng kỳ họp, HĐQT thông qua phương án chào bán riêng lẻ 24 triệu cổ phiếu cho Quỹ Đầu tư "
        "Sóc Sơn với giá 15.500 đồng/cổ phiếu.",
        # a city and a suffix make a name; a minority stake sold is an investment; a placement the board approves:
        # the issuer sells shares, worth the number of shares times the price of one
        {("Himeji Denki Holdings", "invested_in", "Quy Nhơn Cloud"): (520e9, VND, "exact", "expected", None),
         ("Quỹ Đầu tư Sóc Sơn", "invested_in", "Công ty Cổ phần Công nghệ Số Quy Nhơn"): (372e9, VND, "exact", "expected", None),
         ("Công ty Cổ phần Công nghệ Số Quy Nhơn", "sold_shares", None): (372e9, VND, "exact", "expected", None)},
        id="vi-city-name-minority-stake-and-a-placement-priced-per-share"),
    pytest.param(
        "date 2026-03-10\nCông ty Cổ phần Điện toán Mũi Né vừa gọi được 30 triệu USD trong vòng Series B. Quỹ Phan Thiết "
        "Ventures dẫn dắt vòng này, với sự tham gia của Hòn Rơm Capital (Singapore) và Lagi Partners, nhánh đầu tư của "
        "Tập đoàn Hải Long. Cũng trong kỳ họp, ban lãnh đạo dự kiến chi khoảng 500 tỷ đồng để xây trung tâm dữ liệu "
        "thứ hai.",
        # the participants of "dẫn dắt vòng này, với sự tham gia của A và B" invest in the round's company, not in
        # the lead; an appositive after a list describes its last name; the board's plan is the company's
        {("Công ty Cổ phần Điện toán Mũi Né", "raised", None): (30e6, USD, "exact", "completed", None),
         ("Quỹ Phan Thiết Ventures", "invested_in", "Công ty Cổ phần Điện toán Mũi Né"): (None, None, None, "completed", None),
         ("Hòn Rơm Capital", "invested_in", "Công ty Cổ phần Điện toán Mũi Né"): (None, None, None, "completed", None),
         ("Lagi Partners", "invested_in", "Công ty Cổ phần Điện toán Mũi Né"): (None, None, None, "completed", None),
         ("Lagi Partners", "subsidiary_of", "Tập đoàn Hải Long"): (None, None, None, None, None),
         ("Công ty Cổ phần Điện toán Mũi Né", "commits_spending", None): (500e9, VND, "about", "expected", None)},
        id="vi-round-participants-list-appositive-and-the-board-spends"),
    pytest.param(
        "date 2026-03-10\nCông ty Cổ phần Vi mạch Cà Ná thiết kế dòng chip suy luận CN-7. Mỗi chip CN-7 gắn 48 GB bộ nhớ "
        "HBM3E do Daegu Memory cung cấp. Ngoài Viettel, Vi mạch Cà Ná còn thiết kế chip tùy chỉnh cho Ninh Chữ Robotics "
        "và Phước Dinh Systems. Startup Tuy Phong AI đang thuê 128 GPU H200 theo hợp đồng hai năm. Doanh nghiệp Phan Rí "
        "Cloud đã ký hợp đồng mua 2.000 chip CN-7, giao từ quý IV.",
        # memory goes from its maker to the chip's designer (who designs no memory); custom chips designed for a
        # customer are sold to it; renting GPUs buys no chips; a purchase with no seller named: the chip's designer
        {("Công ty Cổ phần Vi mạch Cà Ná", "designs_chip", "CN-7"): (None, None, None, None, None),
         ("Daegu Memory", "supplies_chips_to", "Công ty Cổ phần Vi mạch Cà Ná"): (None, None, None, "announced", None),
         ("Công ty Cổ phần Vi mạch Cà Ná", "supplies_chips_to", "Ninh Chữ Robotics"): (None, None, None, "announced", None),
         ("Công ty Cổ phần Vi mạch Cà Ná", "supplies_chips_to", "Phước Dinh Systems"): (None, None, None, "announced", None),
         ("Công ty Cổ phần Vi mạch Cà Ná", "supplies_chips_to", "Phan Rí Cloud"): (None, None, None, "announced", None)},
        id="vi-memory-custom-chips-rented-gpus-and-the-designer-sells"),
    pytest.param(
        "date 2026-04-14\nCông ty Cổ phần Điện toán Cửa Đại vận hành cụm GPU tại Quảng Nam. Tháng trước, công ty đã ký "
        "hợp đồng mua thêm 128 máy chủ GPU B300 từ Hội An Systems, nhà tích hợp máy chủ ở Đà Nẵng. Toàn bộ số GPU trước "
        "đó được mua qua Hewlett Packard Enterprise.",
        # a server maker (known, or named so by its description) sells the chips in its servers
        {("Hội An Systems", "supplies_chips_to", "Điện toán Cửa Đại"): (None, None, None, "announced", "2026-03"),
         ("Hewlett Packard Enterprise", "supplies_chips_to", "Điện toán Cửa Đại"): (None, None, None, "announced", None)},
        id="vi-server-makers-sell-the-chips"),
    pytest.param(
        "date 2026-05-12\nCông ty Cổ phần Vi mạch Đồng Nai vừa ra mắt chip suy luận DN-1. Theo báo Hàn Quốc, Gwangju "
        "Memory đang thảo luận để cung cấp HBM4, thế hệ bộ nhớ do chính hãng phát triển, cho Vi mạch Đồng Nai.",
        # a city and "Memory" make a name; an appositive of several words between the memory and its buyer
        {("Công ty Cổ phần Vi mạch Đồng Nai", "designs_chip", "DN-1"): (None, None, None, None, None),
         ("Gwangju Memory", "supplies_chips_to", "Công ty Cổ phần Vi mạch Đồng Nai"): (None, None, None, "in_talks", None)},
        id="vi-memory-maker-and-an-appositive-before-its-buyer"),
    pytest.param(
        "date 2025-12-09\n"
        "Năm 2021, quỹ Hòn Mê Ventures rót 2 triệu USD vào Công ty Cổ phần Dữ liệu Lạch Trường. Bước ngoặt "
        "đến vào tháng 3/2024, khi quỹ Nga Sơn Capital rót 15 triệu USD vào startup này. Ba tháng sau, Lạch "
        "Trường ký hợp đồng thuê 256 GPU H200 của Tĩnh Gia Cloud. Năm ngoái, Tập đoàn Quảng Xương cam kết chi "
        "50 triệu USD cho trung tâm dữ liệu tại Thanh Hóa, còn Hoằng Hóa Tech tuyên bố đầu tư 20 triệu USD "
        "vào hạ tầng AI. Lạch Trường cũng thuê thêm 128 GPU của Sầm Sơn Compute. Thông tin được Sầm Sơn "
        "Compute công bố hôm thứ Hai.",
        # "đến vào" and an opening "Năm ngoái," date a deal; "Ba tháng sau" counts from the month named last;
        # a sentence that dates an announcement dates the deal before it; a short name opens a sentence
        {("Hòn Mê Ventures", "invested_in", "Công ty Cổ phần Dữ liệu Lạch Trường"): (2e6, USD, "exact", "completed", "2021"),
         ("Nga Sơn Capital", "invested_in", "Công ty Cổ phần Dữ liệu Lạch Trường"): (15e6, USD, "exact", "completed", "2024-03"),
         ("Tĩnh Gia Cloud", "supplies_compute_to", "Công ty Cổ phần Dữ liệu Lạch Trường"): (None, None, None, "announced", "2024-06"),
         ("Tập đoàn Quảng Xương", "commits_spending", None): (50e6, USD, "exact", "announced", "2024"),
         ("Hoằng Hóa Tech", "commits_spending", None): (20e6, USD, "exact", "announced", "2024"),
         ("Sầm Sơn Compute", "supplies_compute_to", "Công ty Cổ phần Dữ liệu Lạch Trường"): (None, None, None, "announced", "2025-12-08")},
        id="vi-dates-from-openers-anchors-and-the-next-sentence"),
    pytest.param(
        "date 2026-02-18\n"
        "Harrowby Labs, a Leeds developer of legal AI, raised $40 million in a Series B in November. Ouseburn "
        "Capital led the round. That round valued Harrowby at $310 million. Last year, Tynemouth Holdings "
        "pledged $25 million for a data centre in Sunderland, while Wearside Group said it would spend $12 "
        "million on GPU servers. Harrowby trains its models on Nvidia GPUs that it rents from Morpeth Cloud. "
        "The contract was signed in late January. Harrowby also spends a large share of its budget on "
        "Amazon's cloud. Last week Harrowby signed separate supply deals with Tallis Semiconductor and "
        "Broadcom.",
        # a round's lead and valuation take the round's date; "X said it would" is X; GPUs rented from a cloud are
        # its computing, not the chip designer's sale; spending on a company's cloud buys its computing; supply
        # deals with chipmakers are chip purchases; "The contract was signed in late January" dates the rental
        {("Harrowby Labs", "raised", None): (40e6, USD, "exact", "completed", "2025-11"),
         ("Ouseburn Capital", "invested_in", "Harrowby Labs"): (None, None, None, "completed", "2025-11"),
         ("Harrowby Labs", "valued_at", None): (310e6, USD, "exact", None, "2025-11"),
         ("Tynemouth Holdings", "commits_spending", None): (25e6, USD, "exact", "announced", "2025"),
         ("Wearside Group", "commits_spending", None): (12e6, USD, "exact", "announced", "2025"),
         ("Morpeth Cloud", "supplies_compute_to", "Harrowby Labs"): (None, None, None, "announced", "2026-01"),
         ("Amazon", "supplies_compute_to", "Harrowby Labs"): (None, None, None, "announced", None),
         ("Tallis Semiconductor", "supplies_chips_to", "Harrowby Labs"): (None, None, None, "announced", "2026-02"),
         ("Broadcom", "supplies_chips_to", "Harrowby Labs"): (None, None, None, "announced", "2026-02")},
        id="round-dates-speaker-rented-gpus-and-supply-deals"),
    pytest.param(
        "date 2026-08-06\n"
        "Công ty Thornvale Silicon thiết kế dòng chip suy luận Quill-3 và Quill-4. Quill-3 hiện vẫn được TSMC "
        "sản xuất trên tiến trình 4 nm tại Arizona. Tuy nhiên, thế hệ kế tiếp Quill-4 sẽ chuyển sang xưởng "
        "đúc của Samsung Electronics ở Texas. Về bộ nhớ, Quill-3 dùng HBM3E do Micron Technology cung cấp. "
        "Tháng trước, Thornvale Silicon nhận đơn đặt hàng trị giá 180 triệu USD từ Tordera Compute, nhà cung "
        "cấp hạ tầng điện toán có trụ sở tại Barcelona.",
        # a foundry named as the maker ("được TSMC sản xuất", "chuyển sang xưởng đúc của Samsung") supplies the
        # designer; memory for a chip goes to its designer; a chip designer's order comes from its buyer
        {("Thornvale Silicon", "designs_chip", "Quill-3"): (None, None, None, None, None),
         ("Thornvale Silicon", "designs_chip", "Quill-4"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Thornvale Silicon"): (None, None, None, "announced", None),
         ("Samsung Electronics", "supplies_chips_to", "Thornvale Silicon"): (None, None, None, "expected", None),
         ("Micron Technology", "supplies_chips_to", "Thornvale Silicon"): (None, None, None, "announced", None),
         ("Thornvale Silicon", "supplies_chips_to", "Tordera Compute"): (180e6, USD, "exact", "announced", "2026-07")},
        id="vi-foundries-memory-and-an-order-received"),
    pytest.param(
        "date 2026-06-20\n"
        "Japan's Rapidus will manufacture AI chips for Tenstorrent on its 2-nanometre line in Hokkaido, the "
        "two companies said on Wednesday. Carrowmore Systems designs the Ardan-2 accelerator. Carrowmore buys "
        "the wafers from TSMC, which makes the Ardan-2 on its 3-nanometre process.",
        # "will manufacture AI chips for X"; "TSMC, which makes the Ardan-2" supplies the designer, designs nothing
        {("Rapidus", "supplies_chips_to", "Tenstorrent"): (None, None, None, "announced", "2026-06-17"),
         ("Carrowmore Systems", "designs_chip", "Ardan-2"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Carrowmore Systems"): (None, None, None, "announced", None)},
        id="foundries-make-chips-for-designers"),
    pytest.param(
        "date 2024-12-10\n"
        "Công ty Cổ phần Vi mạch Hồng Lam ra mắt chip Sơn Tước A1 do công ty tự thiết kế. Theo thông cáo của "
        "Hồng Lam, Sơn Tước A1 được sản xuất tại xưởng đúc của GlobalFoundries ở Singapore. Bộ nhớ LPDDR5 đi "
        "kèm được mua từ Samsung Electronics. Trong đợt đầu, Lạc Sơn Camera đặt mua 40.000 chip Sơn Tước A1, "
        "trị giá khoảng 2,4 triệu USD. Startup Vạn Lộc AI vẫn huấn luyện các mô hình trên GPU thuê từ Oracle. "
        "Cùng tháng, Vạn Lộc AI chốt đơn hàng máy chủ với Dell Technologies và Supermicro.",
        # the designer, not its foundry, sells the chip; memory "được mua từ X" goes to the company the text is
        # about; GPUs rented from a cloud are its computing; a server order "với" server makers buys chips
        {("Công ty Cổ phần Vi mạch Hồng Lam", "designs_chip", "Sơn Tước A1"): (None, None, None, None, None),
         ("GlobalFoundries", "supplies_chips_to", "Công ty Cổ phần Vi mạch Hồng Lam"): (None, None, None, "announced", None),
         ("Samsung Electronics", "supplies_chips_to", "Công ty Cổ phần Vi mạch Hồng Lam"): (None, None, None, "announced", None),
         ("Công ty Cổ phần Vi mạch Hồng Lam", "supplies_chips_to", "Lạc Sơn Camera"): (2.4e6, USD, "about", "announced", None),
         ("Oracle", "supplies_compute_to", "Vạn Lộc AI"): (None, None, None, "announced", None),
         ("Dell Technologies", "supplies_chips_to", "Vạn Lộc AI"): (None, None, None, "announced", None),
         ("Supermicro", "supplies_chips_to", "Vạn Lộc AI"): (None, None, None, "announced", None)},
        id="vi-designer-sells-memory-bought-rented-gpus-server-order"),
    pytest.param(
        "date 2025-10-10\n"
        "Ostrava Bio signed a three-year research partnership with chemicals maker Rhenwald Chemie in June. "
        "Kelmscott Systems paid Inverlea AI $650 million in March to license its models and hire most of its "
        "staff. The facility will host computing for Tessaly Japan, the 50-50 venture Hollin Group set up "
        "with Corvane AI this year. Under the arrangement, Sanmore Electronics becomes Altavia "
        "Semiconductor's preferred partner for building its rack-scale systems. Dunloe Data signed an "
        "agreement earlier this year to resell Corvane AI's enterprise products in Korea.",
        # a partnership with a described partner; paying a company to license its models and hire its staff; a
        # venture set up with another; "becomes X's preferred partner"; an agreement to resell (no computing)
        {("Ostrava Bio", "partners_with", "Rhenwald Chemie"): (None, None, None, "announced", "2025-06"),
         ("Kelmscott Systems", "partners_with", "Inverlea AI"): (None, None, None, "completed", "2025-03"),
         ("Hollin Group", "partners_with", "Corvane AI"): (None, None, None, "announced", "2025"),
         ("Sanmore Electronics", "partners_with", "Altavia Semiconductor"): (None, None, None, "announced", None),
         ("Dunloe Data", "partners_with", "Corvane AI"): (None, None, None, "announced", "2025")},
        id="partnerships-licences-ventures-and-resellers"),
    pytest.param(
        "date 2025-10-10\n"
        "Lumora AI is a San Francisco startup that rents about 4,000 of Brackwater Cloud's older Nvidia H100 "
        "chips. Pellam Labs agreed in September to pay Brackwater Cloud about $1.2 billion for computing "
        "power through 2031. In August, Teeside Digital, a former bitcoin miner, signed a ten-year lease "
        "giving Brackwater Cloud about 200 megawatts at its Redcar site. Corrin Labs builds legal models. The "
        "models run on GPUs rented from Fenwick Cloud under a contract renewed in August.",
        # renting a cloud's chips, paying a cloud for computing power, a lease "giving" the tenant capacity (one
        # direction), GPUs rented from a cloud by the company the text is about
        {("Brackwater Cloud", "supplies_compute_to", "Lumora AI"): (None, None, None, "announced", None),
         ("Brackwater Cloud", "supplies_compute_to", "Pellam Labs"): (1.2e9, USD, "about", "announced", "2025-09"),
         ("Teeside Digital", "supplies_compute_to", "Brackwater Cloud"): (None, None, None, "announced", "2025-08"),
         ("Fenwick Cloud", "supplies_compute_to", "Corrin Labs"): (None, None, None, "announced", "2025-08"),
         ("Nvidia", "designs_chip", "H100"): (None, None, None, None, None)},
        id="computing-rented-paid-for-and-leased"),
    pytest.param(
        "date 2025-10-10\n"
        "Calloway Semiconductor designs the Tern-3 chip. It is made by TSMC. SK hynix no longer supplies the "
        "company. Calloway moved its memory business to Micron Technology last autumn. For server memory the "
        "company Dunmore Systems relies mainly on Samsung Electronics. Inventec then builds the cards into "
        "servers for Greywater Cloud. Fjellgard Data said on Wednesday that its third cluster will be built "
        "on AMD rather than Nvidia.",
        # "It is made by TSMC" (the pronoun is the designer); a supplier that no longer supplies; memory business moved
        # to a maker; relying on a maker for memory; a server maker building cards into servers; a cluster built on AMD
        {("Calloway Semiconductor", "designs_chip", "Tern-3"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Calloway Semiconductor"): (None, None, None, "announced", None),
         ("SK Hynix", "supplies_chips_to", "Calloway Semiconductor"): (None, None, None, "ended", None),
         ("Micron Technology", "supplies_chips_to", "Calloway Semiconductor"): (None, None, None, "announced", "2024"),
         ("Samsung Electronics", "supplies_chips_to", "Dunmore Systems"): (None, None, None, "announced", None),
         ("Inventec", "supplies_chips_to", "Greywater Cloud"): (None, None, None, "announced", None),
         ("AMD", "supplies_chips_to", "Fjellgard Data"): (None, None, None, "announced", "2025-10-08")},
        id="chip-makers-memory-suppliers-and-server-makers"),
    pytest.param(
        "date 2025-10-10\n"
        "Công ty Vi mạch Hồng Lam ra mắt chip Sơn Tước A1. Cùng tháng, Hồng Lam ký thỏa thuận dịch vụ với "
        "Hana Micron Vina để đóng gói và kiểm thử chip tại nhà máy ở Bắc Giang. Ở khâu sản xuất, Công ty cổ "
        "phần Điện tử Kinh Bắc đã ký hợp đồng gia công với VNPT Technology để sản xuất một phần số thiết bị. "
        "Theo thỏa thuận, Sanmina trở thành đối tác sản xuất ưu tiên cho các hệ thống rack AI của AMD.",
        # service contracts to package or make devices are partnerships; "đối tác sản xuất ưu tiên ... của X"
        {("Công ty Vi mạch Hồng Lam", "designs_chip", "Sơn Tước A1"): (None, None, None, None, None),
         ("Công ty Vi mạch Hồng Lam", "partners_with", "Hana Micron Vina"): (None, None, None, "announced", None),
         ("Công ty cổ phần Điện tử Kinh Bắc", "partners_with", "VNPT Technology"): (None, None, None, "announced", None),
         ("Sanmina", "partners_with", "AMD"): (None, None, None, "announced", None)},
        id="vi-packaging-and-manufacturing-partners"),
    pytest.param(
        "date 2026-02-11\n"
        "We are Brindlecombe Compute, a GPU cloud in Ankara, and we rent servers to banks. At home, Ostrava "
        "Telecom is the obvious rival. Asked about rivals such as Kelderwick Cloud and Sunmere Data, Aylin Demir "
        "said demand was strong. In December our board approved $400 million for a campus near Izmir. Tarnfield "
        "Labs has long marketed its Wren-4 chips as a cheaper rival to Nvidia's accelerators. Pollard Systems has"
        " listed Tarnfield Labs as a competitor in its annual report.",
        # an opening phrase before 'X is the obvious rival'; 'Asked about rivals such as'; a company 'listed as a competitor'; chips
        # 'marketed as a rival to' another's; 'our board approved $400 million for a campus'
        {("Brindlecombe Compute", "competes_with", "Ostrava Telecom"): (None, None, None, None, None),
         ("Brindlecombe Compute", "competes_with", "Kelderwick Cloud"): (None, None, None, None, None),
         ("Brindlecombe Compute", "competes_with", "Sunmere Data"): (None, None, None, None, None),
         ("Brindlecombe Compute", "commits_spending", None): (400000000.0, "USD", "exact", "announced", "2025-12"),
         ("Tarnfield Labs", "competes_with", "Nvidia"): (None, None, None, None, None),
         ("Pollard Systems", "competes_with", "Tarnfield Labs"): (None, None, None, None, None)},
        id="en-rivals-at-home-asked-about-listed-marketed-and-a-board-budget"),
    pytest.param(
        "date 2025-11-20\n"
        "Halvey Robotics is in talks to buy the rest of Marlow Vision, according to people familiar with the "
        "matter. Marlow Vision rejected an unsolicited offer of $3.10 a share from Quarry Holdings in March. "
        "Orrin Silicon sells the Kite-2, a low-power part that TSMC manufactures for Orrin. Separately, Grenmoor "
        "Data signed ten-year contracts to host Velt Cloud's GPUs at its Texas sites. Pellam Energy will issue 5 "
        "million new shares to Ostwald Capital at $9 each, about $45 million in total.",
        # 'in talks to buy the rest of'; an offer rejected (ended); 'a part that TSMC manufactures for Orrin'; 'contracts to host
        # X's GPUs'; new shares issued to an investor
        {("Halvey Robotics", "acquired", "Marlow Vision"): (None, None, None, "in_talks", None),
         ("Quarry Holdings", "acquired", "Marlow Vision"): (None, None, None, "ended", "2025-03"),
         ("Orrin Silicon", "designs_chip", "Kite-2"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Orrin Silicon"): (None, None, None, "announced", None),
         ("Grenmoor Data", "supplies_compute_to", "Velt Cloud"): (None, None, None, "announced", None),
         ("Ostwald Capital", "invested_in", "Pellam Energy"): (45000000.0, "USD", "about", "announced", None),
         ("Pellam Energy", "sold_shares", None): (45000000.0, "USD", "about", "announced", None)},
        id="en-buy-the-rest-a-rejected-offer-a-foundry-part-hosting-and-a-share-issue"),
    pytest.param(
        "date 2025-09-04\n"
        "Halden AI agreed in May to rent GPUs from Corvane Cloud for $2 billion, and as part of that agreement "
        "Halden received $60 million of Corvane stock. Alongside its last round, current and former Corvane "
        "employees will be able to sell up to $40 million of their shares. Corvane was the first cloud to bring "
        "AMD's MI355X chips into service. Marisco Energy will build an AI campus in Ohio. The first phase will "
        "run on 12,000 of Nvidia's H200 chips. Add it all up and Halden has committed to well over $9 billion of "
        "spending on computing.",
        # 'received $60 million of X stock'; employees 'will be able to sell'; 'to bring AMD's chips into service'; 'The first phase will
        # run on' chips (the builder named the sentence before); 'committed to ... of spending'
        {("Halden AI", "invested_in", "Corvane Cloud"): (60000000.0, "USD", "exact", "completed", "2025-05"),
         ("Corvane Cloud", "supplies_compute_to", "Halden AI"): (2000000000.0, "USD", "exact", "announced", "2025-05"),
         ("Corvane Cloud", "sold_shares", None): (40000000.0, "USD", "up_to", "announced", None),
         ("AMD", "designs_chip", "MI355X"): (None, None, None, None, None),
         ("AMD", "supplies_chips_to", "Corvane Cloud"): (None, None, None, "announced", None),
         ("Nvidia", "designs_chip", "H200"): (None, None, None, None, None),
         ("Nvidia", "supplies_chips_to", "Marisco Energy"): (None, None, None, "announced", None),
         ("Halden AI", "commits_spending", None): (9000000000.0, "USD", "more_than", "announced", None)},
        id="en-stock-received-employee-sales-chips-into-service-and-a-first-phase"),
    pytest.param(
        "date 2026-04-15\n"
        "Công ty Hạ tầng Số Mường Thanh, nhà cung cấp hạ tầng GPU tại Hà Nội, có khách hàng lớn nhất là Lạc Việt "
        "AI. Hồi tháng 3, hai bên ký hợp đồng trị giá 1,2 tỷ USD, theo đó Mường Thanh sẽ dành toàn bộ công suất "
        "của trung tâm dữ liệu 80 MW tại Bắc Ninh cho Lạc Việt AI. Công ty cũng đang đàm phán với Sơn Vi Labs, "
        "phòng thí nghiệm AI tại Đà Nẵng, về một hợp đồng cung cấp năng lực tính toán khoảng 300 triệu USD. Mường"
        " Thanh vẫn phụ thuộc vào Nvidia, vốn vừa là nhà cung cấp vừa là cổ đông nắm khoảng 4% cổ phần của công "
        "ty. Tháng trước, Mường Thanh đã hoàn tất phát hành 500 triệu USD trái phiếu. Công ty đồng thời nâng kế "
        "hoạch chi đầu tư lên ít nhất 2 tỷ USD. Mường Thanh đang phải chạy đua với Hồng Hà Cloud trong mảng cho "
        "thuê GPU.",
        # 'dành toàn bộ công suất ... cho X'; 'đàm phán với X ... về một hợp đồng cung cấp năng lực tính toán'; 'vừa là nhà cung cấp vừa là
        # cổ đông ... của công ty'; bonds issued; 'nâng kế hoạch chi đầu tư lên'; 'chạy đua với'
        {("Công ty Hạ tầng Số Mường Thanh", "supplies_compute_to", "Lạc Việt AI"): (1200000000.0, "USD", "exact", "announced", "2026-03"),
         ("Công ty Hạ tầng Số Mường Thanh", "supplies_compute_to", "Sơn Vi Labs"): (300000000.0, "USD", "about", "in_talks", None),
         ("Nvidia", "invested_in", "Công ty Hạ tầng Số Mường Thanh"): (None, None, None, "completed", None),
         ("Công ty Hạ tầng Số Mường Thanh", "raised", None): (500000000.0, "USD", "exact", "completed", "2026-03"),
         ("Công ty Hạ tầng Số Mường Thanh", "commits_spending", None): (2000000000.0, "USD", "at_least", "expected", None),
         ("Công ty Hạ tầng Số Mường Thanh", "competes_with", "Hồng Hà Cloud"): (None, None, None, None, None)},
        id="vi-capacity-set-aside-compute-talks-a-supplier-shareholder-bonds-and-a-capex-plan"),
    pytest.param(
        "date 2025-03-18\n"
        "Công ty Cổ phần Dữ liệu Tây Hồ (mã TDH) vừa công bố nghị quyết HĐQT ngày 17/3, thông qua ba nội dung. "
        "Thứ nhất, TDH sẽ mua 60% cổ phần của Công ty Cổ phần Điện toán Kim Sơn với giá 900 tỷ đồng. Thứ "
        "hai, TDH sẽ chào bán riêng lẻ 30 triệu cổ phiếu cho quỹ Ardent Asia Fund với giá 20.000 đồng/cp, dự kiến"
        " thu về 600 tỷ đồng. Thứ ba, HĐQT thông qua chủ trương đầu tư trung tâm dữ liệu tại Hưng Yên với tổng "
        "mức đầu tư dự kiến 4.000 tỷ đồng.",
        # 'Thứ nhất, ... Thứ hai, ...' items of a board resolution take its date ('Thứ hai' here is no Monday); a fund buying a
        # placement does not raise money
        {("Công ty Cổ phần Dữ liệu Tây Hồ", "acquired", "Công ty Cổ phần Điện toán Kim Sơn"): (900000000000.0, "VND", "exact", "expected", "2025-03-17"),
         ("Ardent Asia Fund", "invested_in", "Công ty Cổ phần Dữ liệu Tây Hồ"): (600000000000.0, "VND", "exact", "expected", "2025-03-17"),
         ("Công ty Cổ phần Dữ liệu Tây Hồ", "sold_shares", None): (600000000000.0, "VND", "exact", "expected", "2025-03-17"),
         ("Công ty Cổ phần Dữ liệu Tây Hồ", "commits_spending", None): (4000000000000.0, "VND", "exact", "expected", "2025-03-17")},
        id="vi-numbered-items-take-the-resolution-date"),
    pytest.param(
        "date 2026-09-24\n"
        "Kolding Systems, tập đoàn thiết bị Đan Mạch, hôm qua hoàn tất việc mua lại Hàm Tân Semiconductor với giá"
        " 90 triệu USD. Trước thương vụ, Kolding đã nắm 12% cổ phần Hàm Tân sau khi dẫn dắt vòng Series A của "
        "startup này vào năm 2024. Nhà sản xuất chip này được biết đến với dòng chip Hàm Tân M2 dùng trong robot "
        "công nghiệp. Sau giao dịch, Hàm Tân sẽ hoạt động như một đơn vị độc lập thuộc tập đoàn Đan Mạch. Lagom "
        "Robotics, startup robot mà Kolding Systems mua lại với giá 40 triệu USD hồi năm 2023, có trụ sở tại "
        "Aarhus. Hàm Tân Semiconductor, một trong số ít đối thủ trong nước của Cần Giờ Silicon, có 90 kỹ sư. Năm "
        "2025, Hàm Tân cấp cho Lagom Robotics chứng quyền mua tối đa 1 triệu cổ phiếu.",
        # 'startup này' after 'sau khi' is the company just named; 'được biết đến với dòng chip'; 'đơn vị độc lập thuộc tập đoàn Đan
        # Mạch'; a long appositive before 'mà X mua lại'; 'một trong số ít đối thủ ... của'; 'cấp cho X chứng quyền'
        {("Kolding Systems", "acquired", "Hàm Tân Semiconductor"): (90000000.0, "USD", "exact", "completed", "2026-09-23"),
         ("Kolding Systems", "invested_in", "Hàm Tân Semiconductor"): (None, None, None, "completed", "2024"),
         ("Hàm Tân Semiconductor", "designs_chip", "Hàm Tân M2"): (None, None, None, None, None),
         ("Hàm Tân Semiconductor", "subsidiary_of", "Kolding Systems"): (None, None, None, None, None),
         ("Kolding Systems", "acquired", "Lagom Robotics"): (40000000.0, "USD", "exact", "completed", "2023"),
         ("Hàm Tân Semiconductor", "competes_with", "Cần Giờ Silicon"): (None, None, None, None, None),
         ("Lagom Robotics", "invested_in", "Hàm Tân Semiconductor"): (None, None, None, "announced", "2025")},
        id="vi-after-clause-reference-known-for-a-chip-a-unit-of-the-group-and-a-warrant"),
    pytest.param(
        "date 2026-04-14\n"
        "Osterholt Robotics agreed on Monday to buy Pellmark Vision for $420 million. The buyer has pledged to "
        "spend a further $50 million over two years on Pellmark's Kestrel-4 vision chip, which is made on TSMC's "
        "N3 process. Proceeds from a bond sale will pay for part of the deal.",
        # 'The buyer' is the acquirer of the takeover just read; 'has pledged to spend' whatever it buys; TSMC's N3
        # process and 'Proceeds' are no chip and no company
        {("Osterholt Robotics", "acquired", "Pellmark Vision"): (420000000.0, "USD", "exact", "announced", "2026-04-13"),
         ("Pellmark Vision", "designs_chip", "Kestrel-4"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Pellmark Vision"): (None, None, None, "announced", "2026-04-13"),
         ("Osterholt Robotics", "commits_spending", None): (50000000.0, "USD", "exact", "announced", "2026-04-13")},
        id="en-takeover-buyer-pledge"),
    pytest.param(
        "date 2025-11-20\n"
        "Gharial Compute, an Indian GPU cloud, is a unit of Sabarmati Power. Sabarmati Power has committed to "
        "spend about $500 million on its data centres through 2027, and Gharial borrowed $90 million from Canara "
        "Bank last year. Gharial is testing AMD's accelerators and talking to the chipmaker about a larger order."
        " The filing names Yotta Data Services and E2E Networks as Gharial's main competitors. Gharial also works"
        " with Kaveri AI, the Chennai lab with which Gharial signed a $40 million collaboration in June.",
        # ', and Gharial borrowed ... last year': the clause's own subject borrows and only that clause is dated; 'talking
        # to' is talks; 'names X and Y as Z's main competitors'; 'the lab with which Z signed a $40 million collaboration'
        {("Gharial Compute", "subsidiary_of", "Sabarmati Power"): (None, None, None, None, None),
         ("Gharial Compute", "raised", None): (90000000.0, "USD", "exact", "completed", "2024"),
         ("Sabarmati Power", "commits_spending", None): (500000000.0, "USD", "about", "announced", None),
         ("Gharial Compute", "competes_with", "Yotta Data Services"): (None, None, None, None, None),
         ("Gharial Compute", "competes_with", "E2E Networks"): (None, None, None, None, None),
         ("Kaveri AI", "partners_with", "Gharial Compute"): (40000000.0, "USD", "exact", "announced", "2025-06"),
         ("AMD", "supplies_chips_to", "Gharial Compute"): (None, None, None, "in_talks", None)},
        id="en-qa-clause-subject"),
    pytest.param(
        "date 2025-09-10\n"
        "On Tuesday Brightwater Capital led a €300 million Series C in Lysander AI, putting in €120 million of "
        "the total. Separately, Corvane Data agreed to buy 70% of Halden Grid, which runs two data centres near "
        "Oslo, from its founders for 1.2 billion Norwegian kroner. Halden Grid, a former bitcoin miner, is now "
        "partly owned by Statkraft: Statkraft took a 10% stake in the miner last year. To fund the deal, Corvane "
        "will place up to 40 million new shares with institutional investors, raising as much as $250 million.",
        # the lead's own money after 'putting in'; a price after a long relative clause; 'partly owned by' is no parent;
        # 'the miner' is the former bitcoin miner; 'will place up to 40 million new shares'; 'Separately' opens
        # another deal, which the lead's day does not date
        {("Lysander AI", "raised", None): (300000000.0, "EUR", "exact", "completed", "2025-09-09"),
         ("Brightwater Capital", "invested_in", "Lysander AI"): (120000000.0, "EUR", "exact", "completed", "2025-09-09"),
         ("Corvane Data", "acquired", "Halden Grid"): (1200000000.0, "NOK", "exact", "announced", None),
         ("Statkraft", "invested_in", "Halden Grid"): (None, None, None, "completed", "2024"),
         ("Corvane Data", "raised", None): (250000000.0, "USD", "up_to", "announced", None),
         ("Corvane Data", "sold_shares", None): (250000000.0, "USD", "up_to", "announced", None)},
        id="en-lead-price-miner"),
    pytest.param(
        "date 2026-02-12\n"
        "Hòa Lạc AI, startup phát triển trợ lý ảo tiếng Việt, vừa gọi được 35 triệu USD trong vòng Series B. Theo"
        " thông báo, Kestrel Ventures cam kết đầu tư 20 triệu USD, còn Tân Định Capital sẽ rót 10 triệu USD vào "
        "startup này. Vòng do Kestrel Ventures dẫn dắt, có sự tham gia của Mekong Bridge. Công ty TNHH Hòa Lạc "
        "Cloud, đơn vị do Hòa Lạc AI sở hữu 100% vốn, sẽ vận hành cụm máy chủ mới. ĐHĐCĐ thường niên tổ chức cuối"
        " tuần trước đã thông qua kế hoạch đầu tư 900 tỷ đồng cho trung tâm dữ liệu tại Bắc Ninh.",
        # 'A cam kết đầu tư X, còn B sẽ rót Y vào C' (A's money is no spending pledge); 'dẫn dắt, có sự tham gia của';
        # 'đơn vị do X sở hữu 100% vốn'; the AGM approving an investment plan
        {("Hòa Lạc AI", "raised", None): (35000000.0, "USD", "exact", "completed", None),
         ("Kestrel Ventures", "invested_in", "Hòa Lạc AI"): (20000000.0, "USD", "exact", "completed", None),
         ("Tân Định Capital", "invested_in", "Hòa Lạc AI"): (10000000.0, "USD", "exact", "expected", None),
         ("Mekong Bridge", "invested_in", "Hòa Lạc AI"): (None, None, None, "completed", None),
         ("Công ty TNHH Hòa Lạc Cloud", "subsidiary_of", "Hòa Lạc AI"): (None, None, None, None, None),
         ("Hòa Lạc AI", "commits_spending", None): (900000000000.0, "VND", "exact", "expected", "2026-02")},
        id="vi-gapped-investors"),
    pytest.param(
        "date 2025-10-08\n"
        "Trạm Hà Data là công ty khai thác bitcoin tại Thái Nguyên. Tập đoàn Sóc Sơn bảo lãnh khoản vay 30 triệu "
        "USD cho startup Cổ Loa Cloud và đổi lại nhận khoảng 8% cổ phần của công ty khai thác bitcoin này. Về tài"
        " chính, ban lãnh đạo dự kiến chi tiêu vốn năm 2026 ở mức ít nhất 2.000 tỷ đồng.",
        # 'và đổi lại nhận ... cổ phần' keeps the subject; 'công ty khai thác bitcoin này'; the management's capex
        # forecast
        {("Tập đoàn Sóc Sơn", "invested_in", "Trạm Hà Data"): (None, None, None, "completed", None),
         ("Trạm Hà Data", "commits_spending", None): (2000000000000.0, "VND", "at_least", "expected", "2026")},
        id="vi-miner-in-return"),
    pytest.param(
        "date 2025-03-14\n"
        "Kestrel Logic designs the Merlin-3 inference chip. The Merlin-3 is manufactured by Japan Advanced "
        "Semiconductor Manufacturing (JASM) in Kumamoto. Both of the Merlin-3's compute dies are also made by "
        "Taiwan Semiconductor Manufacturing Co for a second line. Vantor Cloud, for example, received its first "
        "Merlin-3 cards from Kestrel Logic in February. Kestrel Logic designs the Merlin-2 chip too. The supply "
        "agreement for the Merlin-2 with Ossian Data was terminated on March 3.",
        # bracketed initials that spell a place too keep it in the name; 'the Merlin-3's compute dies are made by'; ', for
        # example,' is set aside; 'received its first ... cards from'; 'the supply agreement for X with Y ... was
        # terminated'
        {("Kestrel Logic", "designs_chip", "Merlin-3"): (None, None, None, None, None),
         ("JASM", "supplies_chips_to", "Kestrel Logic"): (None, None, None, "announced", None),
         ("Taiwan Semiconductor Manufacturing Co", "supplies_chips_to", "Kestrel Logic"): (None, None, None, "announced", None),
         ("Kestrel Logic", "supplies_chips_to", "Vantor Cloud"): (None, None, None, "completed", "2025-02"),
         ("Kestrel Logic", "designs_chip", "Merlin-2"): (None, None, None, None, None),
         ("Kestrel Logic", "supplies_chips_to", "Ossian Data"): (None, None, None, "ended", "2025-03-03")},
        id="en-filing-initials-dies-received-for-example"),
    pytest.param(
        "date 2026-04-20\n"
        "Công ty Cổ phần Công nghệ Sông Lô (Sông Lô Tech) vận hành hai trung tâm dữ liệu. Theo ông Khải, đối thủ "
        "lớn nhất của Sông Lô Tech trên thị trường cho thuê GPU là FPT Smart Cloud và Viettel IDC. Đại hội cũng "
        "thông qua việc Sông Lô Tech mua thêm 15% vốn của Sông Lô Data, đơn vị vận hành trung tâm dữ liệu 8 MW "
        "tại Vĩnh Phúc, từ quỹ Tam Đảo Capital với giá 126 tỷ đồng.",
        # 'đối thủ lớn nhất của X trên thị trường cho thuê GPU là A và B'; 'mua thêm 15% vốn của X'
        {("Sông Lô Tech", "competes_with", "FPT Smart Cloud"): (None, None, None, None, None),
         ("Sông Lô Tech", "competes_with", "Viettel IDC"): (None, None, None, None, None),
         ("Sông Lô Tech", "invested_in", "Sông Lô Data"): (126000000000.0, "VND", "exact", "completed", None)},
        id="vi-rivals-named-and-a-share-of-capital"),
    pytest.param(
        "date 2026-02-10\n"
        "Brindle Compute rents out GPUs in Lisbon. Deliveries of the 3,000 Intel Gaudi 3 accelerators that "
        "Brindle Compute ordered from the US chipmaker in January have slipped to the summer, the company said. "
        "The company signed with Tarnow Semiconductor in December for 2,000 of its Vela-2 accelerators, and it is"
        " talking to Ostrich Silicon about inference cards for a pilot. It has also taken delivery of 512 of "
        "AMD's MI300X accelerators through Quaystone, the Portuguese distributor.",
        # 'the US chipmaker' after 'Intel Gaudi 3' is the chip's designer; 'signed with X for 2,000 of its Y
        # accelerators'; 'talking to X about inference cards'; 'taken delivery of ... through Quaystone, the Portuguese
        # distributor'
        {("Intel", "supplies_chips_to", "Brindle Compute"): (None, None, None, "announced", "2026-01"),
         ("Tarnow Semiconductor", "designs_chip", "Vela-2"): (None, None, None, None, "2025-12"),
         ("Tarnow Semiconductor", "supplies_chips_to", "Brindle Compute"): (None, None, None, "announced", "2025-12"),
         ("Ostrich Silicon", "supplies_chips_to", "Brindle Compute"): (None, None, None, "in_talks", None),
         ("AMD", "designs_chip", "MI300X"): (None, None, None, None, None),
         ("AMD", "supplies_chips_to", "Brindle Compute"): (None, None, None, "completed", None),
         ("Quaystone", "supplies_chips_to", "Brindle Compute"): (None, None, None, "completed", None),
         ("Intel", "designs_chip", "Intel Gaudi 3"): (None, None, None, None, None)},
        id="en-chip-buyers-a-designer-named-in-the-chip-and-a-distributor"),
    pytest.param(
        "date 2026-07-15\n"
        "Corran Data builds data centres in Ohio. Pelham Cloud, which is an investor in GPU cloud Ardley Labs, "
        "took part in a $120 million private placement of Corran Data stock in May. The filing names Vetch "
        "Digital, Orly Compute and Saxby DC among the companies Corran competes with for power. In June, Corran "
        "agreed with Pelham Cloud to build a 200-megawatt campus in the city of Dayton.",
        # a relative clause keeps its own amount and date ('which is an investor in GPU cloud Ardley Labs'); 'took part in
        # a $120 million private placement of X stock'; 'among the companies X competes with'; 'agreed with X to build a
        # campus in the city of Dayton' is a partnership, and Dayton no chip
        {("Corran Data", "raised", None): (120000000.0, "USD", "exact", "completed", "2026-05"),
         ("Pelham Cloud", "invested_in", "Ardley Labs"): (None, None, None, "completed", None),
         ("Corran Data", "sold_shares", None): (120000000.0, "USD", "exact", "completed", "2026-05"),
         ("Pelham Cloud", "invested_in", "Corran Data"): (None, None, None, "completed", "2026-05"),
         ("Corran Data", "competes_with", "Vetch Digital"): (None, None, None, None, None),
         ("Corran Data", "competes_with", "Orly Compute"): (None, None, None, None, None),
         ("Corran Data", "competes_with", "Saxby DC"): (None, None, None, None, None),
         ("Corran Data", "partners_with", "Pelham Cloud"): (None, None, None, "announced", "2026-06")},
        id="en-a-placement-an-investor-rivals-and-a-joint-build"),
    pytest.param(
        "date 2026-05-12\n"
        "Bạch Long Semi là startup thiết kế chip suy luận tại Hải Phòng. Công ty đang đàm phán với Kinugawa "
        "Cloud, một nhà cung cấp đám mây Nhật Bản, về đơn hàng đầu tiên. Riêng hợp đồng 6.000 chip với Hallasan "
        "Telecom, ký hồi tháng 2, sẽ giao chậm một quý. Quỹ Cát Bà Ventures đã rót 8 triệu USD vào công ty hồi "
        "năm 2024. Bạch Long đang chuẩn bị vòng tiếp theo, dự kiến khoảng 40 triệu USD.",
        # a chip company 'đàm phán với X về đơn hàng đầu tiên'; 'hợp đồng 6.000 chip với X'; 'rót 8 triệu USD vào công ty'
        # is the company the text is about, not the one named last; 'chuẩn bị vòng tiếp theo, dự kiến ...'
        {("Bạch Long Semi", "supplies_chips_to", "Kinugawa Cloud"): (None, None, None, "in_talks", None),
         ("Bạch Long Semi", "supplies_chips_to", "Hallasan Telecom"): (None, None, None, "announced", "2026-02"),
         ("Quỹ Cát Bà Ventures", "invested_in", "Bạch Long Semi"): (8000000.0, "USD", "exact", "completed", "2024"),
         ("Bạch Long Semi", "raised", None): (40000000.0, "USD", "about", "expected", None)},
        id="vi-a-chip-company-in-talks-a-contract-and-a-cheque-into-the-company"),
    pytest.param(
        "date 2026-03-03\n"
        "Tà Xùa Silicon vừa công bố kết quả kinh doanh. Sơn Dương X2, dòng chip biên do công ty tự thiết kế, đã "
        "có mặt trong camera của Hòa Bình Vision. Chip được sản xuất tại nhà máy của GlobalFoundries ở Dresden, "
        "còn bộ nhớ LPDDR5 do Micron Technology cung cấp. Thế hệ X1 do UMC sản xuất.",
        # 'X2, dòng chip do công ty tự thiết kế, có mặt trong camera của Y' (not Y's design; Y buys it); memory and
        # foundry of the chip the text is about; 'ở Dresden' is no chip; 'Thế hệ X1 do UMC sản xuất'
        {("Tà Xùa Silicon", "designs_chip", "Sơn Dương X2"): (None, None, None, None, None),
         ("Tà Xùa Silicon", "supplies_chips_to", "Hòa Bình Vision"): (None, None, None, "announced", None),
         ("GlobalFoundries", "supplies_chips_to", "Tà Xùa Silicon"): (None, None, None, "announced", None),
         ("Micron Technology", "supplies_chips_to", "Tà Xùa Silicon"): (None, None, None, "announced", None),
         ("UMC", "supplies_chips_to", "Tà Xùa Silicon"): (None, None, None, "announced", None)},
        id="vi-a-chip-named-before-its-designer-memory-and-a-foundry"),
    pytest.param(
        "date 2026-04-08\n"
        "Đồ Sơn Cloud là nhà cung cấp đám mây GPU tại Hải Phòng. Khách hàng lớn nhất ở mảng cho thuê GPU của công"
        " ty là Cát Hải AI, startup làm trợ lý ảo. Đồ Sơn Cloud cũng đang đàm phán với Hải "
        "An Data, một startup dữ liệu, để cho thuê thêm khoảng 64 GPU. Tháng trước, công ty mở rộng các thỏa "
        "thuận với Cát Hải AI lên khoảng 300 tỷ đồng. Kiến Thụy Semi, nhà cung cấp chip suy luận chính của Đồ Sơn"
        " Cloud, vừa gọi vốn. Giới phân tích cho rằng Đồ Sơn Cloud vẫn nhỏ so với đối thủ Viettel IDC.",
        # 'khách hàng lớn nhất ở mảng cho thuê GPU của công ty là X' of the cloud the text is about; 'đàm phán với X,
        # ..., để cho thuê'; 'mở rộng các thỏa thuận với X' (one deal with the customer named
        # before); 'X, nhà cung cấp chip suy luận chính của Y'; 'nhỏ so với đối thủ X'
        {("Đồ Sơn Cloud", "supplies_compute_to", "Cát Hải AI"): (300000000000.0, "VND", "about", "announced", "2026-03"),
         ("Đồ Sơn Cloud", "supplies_compute_to", "Hải An Data"): (None, None, None, "in_talks", None),
         ("Kiến Thụy Semi", "supplies_chips_to", "Đồ Sơn Cloud"): (None, None, None, "announced", None),
         ("Đồ Sơn Cloud", "competes_with", "Viettel IDC"): (None, None, None, None, None)},
        id="vi-a-gpu-cloud-its-customers-supplier-and-rival"),
    pytest.param(
        "date 2025-05-20\n\"We have signed with two telecom carriers,\" the chief executive of Tarnwick Silicon "
        "said in an interview. Tarnwick designs Marram, an inference chip. Okoro said Ulster Foundry was "
        "building the first production run of the Marram chip and that volume shipments would begin in the "
        "autumn. Okoro confirmed that Tarnwick had held talks with Pembury Cloud about supplying accelerators "
        "for its data centres, but said those discussions ended in March. \"We are not raising right now,\" she "
        "said, adding that the $90 million Series B that Keswick Ventures led last year would last until "
        "2027. Fellside Capital and Brantwood Partners also took part in that round.",
        # 'we' of the chief executive 'of' a company; a foundry building a production run (no 'run' of a chip bought); talks
        # 'about supplying' put the speaker first and end with 'those discussions ended'; 'the $N Series B that X led'
        # is the speaker's round, which 'that round' names later
        {('Tarnwick Silicon', 'designs_chip', 'Marram'): (None, None, None, None, None),
         ('Ulster Foundry', 'supplies_chips_to', 'Tarnwick Silicon'): (None, None, None, 'announced', None),
         ('Tarnwick Silicon', 'supplies_chips_to', 'Pembury Cloud'): (None, None, None, 'ended', '2025-03'),
         ('Tarnwick Silicon', 'raised', None): (90000000.0, 'USD', 'exact', 'completed', '2024'),
         ('Keswick Ventures', 'invested_in', 'Tarnwick Silicon'): (None, None, None, 'completed', '2024'),
         ('Fellside Capital', 'invested_in', 'Tarnwick Silicon'): (None, None, None, 'completed', '2024'),
         ('Brantwood Partners', 'invested_in', 'Tarnwick Silicon'): (None, None, None, 'completed', '2024')},
        id="en-interview-speaker-and-a-round-named-later"),
    pytest.param(
        "date 2026-02-13\nQuarry Lane AI raised $60 million in a Series B round on Tuesday. Ashdown Ventures "
        "led the round, with participation from Kitelab, Harwell Group's venture capital arm, Pendle Capital "
        "and existing backer Morden Partners. About $10 million of the total came from a secondary sale in "
        "which early employees sold shares, the company said.\n\nGlasshouse Robotics is in talks to raise about "
        "$200 million, people familiar with the discussions said. Sedgefield Capital is negotiating to lead "
        "the round, and Orrell Ventures, which backed the company's seed round in 2024, is expected to "
        "join.\n\nMarlowe Data, a Czech operator of GPU clusters, counts carmaker Tatrava Motors among its "
        "customers.",
        # an appositive inside an investor list; part of the round from a secondary sale; 'the company' in a paragraph
        # about another company; a backer's earlier round and its coming one are two events; 'counts carmaker X among
        # its customers'
        {('Quarry Lane AI', 'raised', None): (60000000.0, 'USD', 'exact', 'completed', '2026-02-10'),
         ('Ashdown Ventures', 'invested_in', 'Quarry Lane AI'): (None, None, None, 'completed', '2026-02-10'),
         ('Kitelab', 'invested_in', 'Quarry Lane AI'): (None, None, None, 'completed', '2026-02-10'),
         ('Kitelab', 'subsidiary_of', 'Harwell Group'): (None, None, None, None, None),
         ('Pendle Capital', 'invested_in', 'Quarry Lane AI'): (None, None, None, 'completed', '2026-02-10'),
         ('Morden Partners', 'invested_in', 'Quarry Lane AI'): (None, None, None, 'completed', '2026-02-10'),
         ('Quarry Lane AI', 'sold_shares', None): (10000000.0, 'USD', 'about', 'completed', '2026-02-10'),
         ('Glasshouse Robotics', 'raised', None): (200000000.0, 'USD', 'about', 'in_talks', None),
         ('Sedgefield Capital', 'invested_in', 'Glasshouse Robotics'): (None, None, None, 'in_talks', None),
         ('Orrell Ventures', 'invested_in', 'Glasshouse Robotics'): (None, None, None, 'expected', None),
         ('Marlowe Data', 'supplies_compute_to', 'Tatrava Motors'): (None, None, None, 'announced', None)},
        id="en-roundup-investor-list-and-a-paragraph-of-its-own"),
    pytest.param(
        "date 2025-07-09\nVelmont Semiconductor has placed orders with Sunhai Foundry for its Kestrel "
        "accelerator, the company said on Tuesday. Kestrel's first large customer is Okanagan Cloud, which "
        "ordered 2,000 cards. Velmont and Hsieh Industries agreed to set up a joint venture called Tidemark "
        "Systems. Brisa Compute, the joint venture that Velmont set up with the Gulf investor Qamar Holdings "
        "in June, will open its first site next year.",
        # 'orders with a foundry for its chip' (its own); a chip's customer; a joint venture 'called X' and 'X, the
        # joint venture that A set up with B' (both own it)
        {('Velmont Semiconductor', 'designs_chip', 'Kestrel'): (None, None, None, None, '2025-07-08'),
         ('Sunhai Foundry', 'supplies_chips_to', 'Velmont Semiconductor'): (None, None, None, 'announced', '2025-07-08'),
         ('Velmont Semiconductor', 'supplies_chips_to', 'Okanagan Cloud'): (None, None, None, 'announced', None),
         ('Velmont Semiconductor', 'invested_in', 'Tidemark Systems'): (None, None, None, 'announced', '2025-07-08'),
         ('Hsieh Industries', 'invested_in', 'Tidemark Systems'): (None, None, None, 'announced', '2025-07-08'),
         ('Velmont Semiconductor', 'partners_with', 'Hsieh Industries'): (None, None, None, 'announced', None),
         ('Velmont Semiconductor', 'invested_in', 'Brisa Compute'): (None, None, None, 'completed', '2025-06'),
         ('Qamar Holdings', 'invested_in', 'Brisa Compute'): (None, None, None, 'completed', '2025-06'),
         ('Velmont Semiconductor', 'partners_with', 'Qamar Holdings'): (None, None, None, 'announced', '2025-06')},
        id="en-joint-ventures-and-a-chip-of-its-own"),
    pytest.param(
        "date 2025-11-13\nCorrigan Cloud said its backlog had more than doubled. The backlog included a $2.2 "
        "billion, five-year contract with Lodgepole Labs signed in October. Dunraven AI, which accounted for "
        "41% of quarterly revenue, remained Corrigan Cloud's largest customer. Separately, Fenby Labs has "
        "signed an agreement to rent computing capacity from Corrigan Cloud worth about $900 million, the "
        "companies said on Tuesday. Fenby said the contract would sit alongside its existing cloud agreement "
        "with Ardwell Compute.",
        # a contract with a customer in a cloud's backlog; 'remained X's largest customer'; the day of an attribution;
        # 'its existing cloud agreement with X'; 'Separately' opens another deal
        {('Corrigan Cloud', 'supplies_compute_to', 'Lodgepole Labs'): (2200000000.0, 'USD', 'exact', 'announced', '2025-10'),
         ('Corrigan Cloud', 'supplies_compute_to', 'Dunraven AI'): (None, None, None, 'announced', None),
         ('Corrigan Cloud', 'supplies_compute_to', 'Fenby Labs'): (900000000.0, 'USD', 'about', 'announced', '2025-11-11'),
         ('Ardwell Compute', 'supplies_compute_to', 'Fenby Labs'): (None, None, None, 'announced', None)},
        id="en-compute-contracts-told-by-the-provider"),
    pytest.param(
        "date 2026-02-09\nỞ mảng trung tâm dữ liệu, Vịnh Xanh Data Centers hôm thứ Ba tuần trước đã đồng ý bán "
        "30% cổ phần cho quỹ hạ tầng Côn Sơn Partners với giá 400 triệu USD. Thương vụ định giá Vịnh Xanh, "
        "đơn vị đang vận hành bốn trung tâm dữ liệu, ở mức khoảng 1,3 tỷ USD. Mỹ Khê AI hiện là khách hàng "
        "thuê chỗ lớn nhất của Vịnh Xanh, sau Hồ Tràm Labs, đơn vị đã ký hợp đồng trị giá 90 triệu USD với "
        "công ty hồi tháng 6. Cũng trong tuần, Bàu Trắng Robotics xác nhận không còn đàm phán bán mình cho "
        "Phan Rang Tech.",
        # an unconfirmed name opening the clause sells its own shares; its short form later; 'thứ Ba tuần trước';
        # 'khách hàng thuê chỗ lớn nhất của X, sau Y, đơn vị đã ký hợp đồng ...' (the amount is Y's); 'bán mình cho'
        {('Côn Sơn Partners', 'invested_in', 'Vịnh Xanh Data Centers'): (400000000.0, 'USD', 'exact', 'announced', '2026-02-03'),
         ('Vịnh Xanh Data Centers', 'sold_shares', None): (400000000.0, 'USD', 'exact', 'announced', '2026-02-03'),
         ('Vịnh Xanh Data Centers', 'valued_at', None): (1300000000.0, 'USD', 'about', None, None),
         ('Vịnh Xanh Data Centers', 'supplies_compute_to', 'Mỹ Khê AI'): (None, None, None, 'announced', None),
         ('Vịnh Xanh Data Centers', 'supplies_compute_to', 'Hồ Tràm Labs'): (90000000.0, 'USD', 'exact', 'announced', '2025-06'),
         ('Phan Rang Tech', 'acquired', 'Bàu Trắng Robotics'): (None, None, None, 'ended', None)},
        id="vi-a-data-centre-seller-and-its-customers"),
    pytest.param(
        "date 2026-02-09\nStartup chip Bắc Sơn Silicon đã ký hợp đồng đặt mảng đúc chip của Samsung "
        "Electronics sản xuất BSX-3, bộ xử lý AI thế hệ thứ ba do công ty thiết kế. Hai thế hệ chip trước của "
        "Bắc Sơn đều do TSMC gia công. Hôm thứ Năm, Tam Đảo Group hoàn tất mua lại Ba Vì Networks, startup "
        "kết nối quang. Trước thương vụ, Tam Đảo Group đã nắm 12% cổ phần startup này thông qua Tam Đảo "
        "Ventures, quỹ đầu tư mạo hiểm của tập đoàn.",
        # 'đặt mảng đúc chip của X sản xuất C, bộ xử lý do công ty thiết kế'; 'chip trước của A đều do X gia công';
        # 'startup này' before a name; 'thông qua X, quỹ đầu tư mạo hiểm của tập đoàn'
        {('Bắc Sơn Silicon', 'designs_chip', 'BSX-3'): (None, None, None, None, None),
         ('Samsung Electronics', 'supplies_chips_to', 'Bắc Sơn Silicon'): (None, None, None, 'announced', None),
         ('TSMC', 'supplies_chips_to', 'Bắc Sơn Silicon'): (None, None, None, 'announced', None),
         ('Tam Đảo Group', 'acquired', 'Ba Vì Networks'): (None, None, None, 'completed', '2026-02-05'),
         ('Tam Đảo Group', 'invested_in', 'Ba Vì Networks'): (None, None, None, 'completed', None),
         ('Tam Đảo Ventures', 'subsidiary_of', 'Tam Đảo Group'): (None, None, None, None, None)},
        id="vi-a-foundry-order-and-a-fund-of-the-group"),
    pytest.param(
        "date 2024-09-26\nSóc Trăng Telecom ngày 25/9 công bố thành lập liên doanh với Oracle. Liên doanh mang "
        "tên Cù Lao Cloud, trong đó Sóc Trăng Telecom nắm 51% thông qua công ty con Sóc Trăng Digital, phần "
        "còn lại thuộc về Oracle. Sản phẩm đầu tiên của liên doanh là Cửu Long-1, chip suy luận do Cù Lao "
        "Cloud thiết kế.",
        # 'Liên doanh mang tên X, trong đó A nắm 51% thông qua công ty con B, phần còn lại thuộc về C'; a chip after
        # a company noun ('của liên doanh là C-1, chip suy luận')
        {('Sóc Trăng Telecom', 'partners_with', 'Oracle'): (None, None, None, 'announced', '2024-09-25'),
         ('Sóc Trăng Telecom', 'invested_in', 'Cù Lao Cloud'): (None, None, None, 'completed', None),
         ('Oracle', 'invested_in', 'Cù Lao Cloud'): (None, None, None, 'completed', None),
         ('Sóc Trăng Digital', 'subsidiary_of', 'Sóc Trăng Telecom'): (None, None, None, None, None),
         ('Cù Lao Cloud', 'designs_chip', 'Cửu Long-1'): (None, None, None, None, None)},
        id="vi-a-joint-venture-split-between-two-owners"),
    pytest.param(
        "date 2025-10-22\nCơ quan cạnh tranh Đức hôm thứ Hai đã chặn thương vụ Rhenwald Chips mua lại Kessin Packaging "
        "với giá 400 triệu USD.",
        # a deal blocked ended, whatever the buying verb says
        {("Rhenwald Chips", "acquired", "Kessin Packaging"): (400e6, USD, "exact", "ended", "2025-10-20")},
        id="vi-a-blocked-deal"),
    pytest.param(
        "date 2025-10-22\nTràng An Health cho biết sẽ không gia hạn hợp đồng thuê GPU với Sông Mã Cloud và sẽ "
        "chuyển sang dùng hạ tầng của Núi Voi Cloud.",
        # a lease not renewed ended; the new provider is no customer of the old one
        {("Sông Mã Cloud", "supplies_compute_to", "Tràng An Health"): (None, None, None, "ended", None),
         ("Núi Voi Cloud", "supplies_compute_to", "Tràng An Health"): (None, None, None, "announced", None)},
        id="vi-a-lease-not-renewed-and-a-switch-of-provider"),
    pytest.param(
        "date 2026-03-10\nMinh Khai AI vừa hoàn tất đợt bán cổ phần thứ cấp trị giá 120 triệu USD, qua đó định giá công "
        "ty ở mức 1,2 tỷ USD. Bên mua cổ phần đợt này gồm quỹ Hạ Long Ventures và Ba Vì Capital. Hồ Tây Data hiện do "
        "quỹ Ngọc Hà Capital nắm 40%, Kim Liên Partners nắm 25%.",
        # "qua đó định giá công ty": the sentence's company; the buyers of a share sale invest in its company;
        # owners listed with their shares
        {("Minh Khai AI", "sold_shares", None): (120e6, USD, "exact", "completed", None),
         ("Minh Khai AI", "valued_at", None): (1.2e9, USD, "exact", None, None),
         ("Hạ Long Ventures", "invested_in", "Minh Khai AI"): (None, None, None, "completed", None),
         ("Ba Vì Capital", "invested_in", "Minh Khai AI"): (None, None, None, "completed", None),
         ("Ngọc Hà Capital", "invested_in", "Hồ Tây Data"): (None, None, None, "completed", None),
         ("Kim Liên Partners", "invested_in", "Hồ Tây Data"): (None, None, None, "completed", None)},
        id="vi-buyers-of-a-secondary-sale-and-owners-by-share"),
    pytest.param(
        "date 2025-11-10\nĐồng Nai Telecom vận hành trung tâm dữ liệu ở Biên Hòa. Năm ngoái nhà mạng đã đặt mua 1.000 "
        "chip Lạc Hồng-2 của Cửu Long Silicon. Công ty cũng ký hợp đồng mua điện 15 năm với Trị An Renewables.",
        # "nhà mạng" after a time phrase is a reference; a power purchase is a partnership, no takeover
        {("Cửu Long Silicon", "supplies_chips_to", "Đồng Nai Telecom"): (None, None, None, "announced", "2024"),
         ("Đồng Nai Telecom", "partners_with", "Trị An Renewables"): (None, None, None, "announced", None)},
        id="vi-a-carrier-after-a-time-phrase-and-a-power-contract"),
    pytest.param(
        "date 2026-01-20\nHarwich Capital is the largest outside shareholder of Tollund AI. The fund first backed the "
        "Oslo start-up in 2022 and has since put in about $640 million, including $200 million last month.",
        # a later clause of the same subject that goes on with the same deal keeps the deal's money
        {("Harwich Capital", "invested_in", "Tollund AI"): (640e6, USD, "about", "completed", "2022")},
        id="en-a-backer-that-has-since-put-in-more"),
    pytest.param(
        "date 2026-01-20\nHôm 12/1, Sơn La AI và Mộc Châu Semiconductor công bố thỏa thuận cùng phát triển và triển "
        "khai các bộ tăng tốc AI do Sơn La AI tự thiết kế.",
        # a chip's maker among the companies that deploy it acts with them, it sells them nothing
        {("Sơn La AI", "partners_with", "Mộc Châu Semiconductor"): (None, None, None, "announced", "2026-01-12")},
        id="vi-co-developing-in-house-chips"),
    pytest.param(
        "date 2026-03-02\nQarmat Data Parks, a Sharjah developer of AI data centres, has raised Dh3.2 billion in "
        "its first funding round. Sadaf Holdings is putting in Dh1bn, the company said on Sunday, while Wadi "
        "Capital and Falcon Crest Partners contributed the rest. Lumen Atlas, the Dubai AI group backed by Oryx "
        "Ventures, has signed up as an early customer of the GPU cloud, Qarmat said. Qarmat has ordered 2,000 "
        "chips from Nvidia and is evaluating processors from Tenzing Silicon for its second hall.",
        # Gulf currencies written before the figure; a figure in one word ("Dh1bn") is no name; a round's investors
        # told by "is putting in" and "contributed the rest"; a place and "AI" before "group" is no name; customers
        # "of the GPU cloud" of the company that says so; "evaluating processors from X" is a supply in talks
        {("Qarmat Data Parks", "raised", None): (3.2e9, "AED", "exact", "completed", None),
         ("Sadaf Holdings", "invested_in", "Qarmat Data Parks"): (1e9, "AED", "exact", "completed", "2026-03-01"),
         ("Wadi Capital", "invested_in", "Qarmat Data Parks"): (None, None, None, "completed", None),
         ("Falcon Crest Partners", "invested_in", "Qarmat Data Parks"): (None, None, None, "completed", None),
         ("Oryx Ventures", "invested_in", "Lumen Atlas"): (None, None, None, "completed", None),
         ("Qarmat Data Parks", "supplies_compute_to", "Lumen Atlas"): (None, None, None, "announced", None),
         ("Nvidia", "supplies_chips_to", "Qarmat Data Parks"): (None, None, None, "announced", None),
         ("Tenzing Silicon", "supplies_chips_to", "Qarmat Data Parks"): (None, None, None, "in_talks", None)},
        id="en-a-gulf-round-its-customers-and-a-chip-under-evaluation"),
    pytest.param(
        "date 2026-03-02\nElbmark Robotik and Saale Semiconductor announced a joint venture in Leipzig. Elbmark "
        "will hold 60% of the venture, named Mulde Silicon, and Saale the rest. Mulde's first chip, code-named "
        "Pirol, will be manufactured by GlobalFoundries. Havel Cloud's largest existing customer, the Berlin "
        "biotech start-up Spree Bio, signed a two-year contract with the company last year.",
        # owners of a venture by share ("will hold" is no parent); a chip "code-named" after a chip word and the
        # foundry that will make it; "X's largest existing customer, the ... start-up Y"
        {("Elbmark Robotik", "partners_with", "Saale Semiconductor"): (None, None, None, "announced", None),
         ("Elbmark Robotik", "invested_in", "Mulde Silicon"): (None, None, None, "announced", None),
         ("Saale Semiconductor", "invested_in", "Mulde Silicon"): (None, None, None, "announced", None),
         ("Mulde Silicon", "designs_chip", "Pirol"): (None, None, None, None, None),
         ("GlobalFoundries", "supplies_chips_to", "Mulde Silicon"): (None, None, None, "announced", None),
         ("Havel Cloud", "supplies_compute_to", "Spree Bio"): (None, None, None, "announced", "2025")},
        id="en-a-venture-by-share-and-its-code-named-chip"),
    pytest.param(
        "date 2026-04-08\nHạc Thành Silicon, công ty thiết kế chip có trụ sở tại Thanh Hóa, hôm thứ Hai cho biết "
        "đã ký hợp đồng với TSMC để sản xuất Lam Sơn X3, chip tăng tốc AI cho trung tâm dữ liệu. Lam Sơn X3 là "
        "thế hệ kế nhiệm của Lam Sơn X2, dòng chip mà Hạc Thành từng đặt UMC sản xuất. Mỗi chip Lam Sơn X3 sử "
        "dụng sáu chồng bộ nhớ HBM3E do SK hynix cung cấp. Hạc Thành cũng nâng kế hoạch đầu tư năm nay lên 2.000 "
        "tỷ đồng.",
        # "ký hợp đồng với TSMC để sản xuất X": the orderer designs X and the foundry supplies it, on the day the
        # sentence gives; "dòng chip mà A từng đặt B sản xuất"; memory "do X cung cấp" for a chip; a raised outlay plan
        {("Hạc Thành Silicon", "designs_chip", "Lam Sơn X3"): (None, None, None, None, "2026-04-06"),
         ("Hạc Thành Silicon", "designs_chip", "Lam Sơn X2"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Hạc Thành Silicon"): (None, None, None, "announced", "2026-04-06"),
         ("UMC", "supplies_chips_to", "Hạc Thành Silicon"): (None, None, None, "announced", None),
         ("SK Hynix", "supplies_chips_to", "Hạc Thành Silicon"): (None, None, None, "announced", None),
         ("Hạc Thành Silicon", "commits_spending", None): (2e12, VND, "exact", "expected", "2026")},
        id="vi-a-foundry-order-a-memory-supplier-and-an-outlay-plan"),
    pytest.param(
        "date 2026-05-12\nTobu Grid, nhà cung cấp dịch vụ đám mây GPU niêm yết tại Tokyo, cho biết đã ký hợp đồng"
        " với ba khách hàng lớn trong quý vừa qua, gồm Kaiun Labs, startup Shinra AI và hãng robot Hayate "
        "Robotics. Tobu Grid cạnh tranh trực tiếp với Yamabiko Cloud. Najd Compute là liên doanh được Rub Al Khali "
        "Power thành lập năm 2024 cùng quỹ Oasis Ridge Capital, trong đó Rub Al Khali Power nắm 60% và phần còn "
        "lại thuộc về Oasis Ridge Capital. Công ty vừa ký hợp đồng cho thuê 100 MW với Tuwaiq AI, trị giá khoảng "
        "3,2 tỷ riyal.",
        # a provider's customers listed after "gồm"; owners of a venture "trong đó A nắm 60% và phần còn lại thuộc
        # về B"; riyal
        {("Tobu Grid", "supplies_compute_to", "Kaiun Labs"): (None, None, None, "announced", None),
         ("Tobu Grid", "supplies_compute_to", "Shinra AI"): (None, None, None, "announced", None),
         ("Tobu Grid", "supplies_compute_to", "Hayate Robotics"): (None, None, None, "announced", None),
         ("Tobu Grid", "competes_with", "Yamabiko Cloud"): (None, None, None, None, None),
         ("Rub Al Khali Power", "invested_in", "Najd Compute"): (None, None, None, "completed", None),
         ("Oasis Ridge Capital", "invested_in", "Najd Compute"): (None, None, None, "completed", None),
         ("Najd Compute", "supplies_compute_to", "Tuwaiq AI"): (3.2e9, "SAR", "about", "announced", None)},
        id="vi-customers-listed-and-a-venture-by-share"),
    pytest.param(
        "date 2026-03-10\nCorvane Labs signed a compute deal with Ostrava Cloud. In the same statement, Halden Systems "
        "said it would invest up to $2 billion in the lab and Pellow Capital said it would invest up to $500 million. "
        "Marlow Fund invested $80 million in Tiberly AI and Quenby Partners up to $40 million.",
        # a name that speaks of itself after "and" opens a clause of its own and invests in the same company;
        # "and B up to $40 million" repeats the verb of the clause before
        {("Ostrava Cloud", "supplies_compute_to", "Corvane Labs"): (None, None, None, "announced", None),
         ("Halden Systems", "invested_in", "Corvane Labs"): (2e9, "USD", "up_to", "announced", None),
         ("Pellow Capital", "invested_in", "Corvane Labs"): (5e8, "USD", "up_to", "announced", None),
         ("Marlow Fund", "invested_in", "Tiberly AI"): (8e7, "USD", "exact", "completed", None),
         ("Quenby Partners", "invested_in", "Tiberly AI"): (4e7, "USD", "up_to", "completed", None)},
        id="en-second-investor-in-the-same-company"),
    pytest.param(
        "date 2025-10-01\nArdent Silicon began shipping Vesper-2, its second inference chip, this month. Its $20 million "
        "seed round in 2023, led by Kestle Ventures, paid for the first chip, Vesper-1, which TSMC manufactured on a "
        "6-nanometre process. Vesper-2 is made not by TSMC but by Samsung Electronics' foundry in Pyeongtaek. The "
        "customer Ardent lost is Merrin Labs, a speech start-up that had used Vesper-1. The analysts list Groq and "
        "Etched as the company's closest competitors.",
        # "Its ... seed round ... led by" of the company before; another generation of a chip has the same designer,
        # whose foundry supplies it; "not by A but by B" negates A only; a lost customer; "list X as the company's
        # closest competitors"
        {("Ardent Silicon", "designs_chip", "Vesper-2"): (None, None, None, None, "2025-10"),
         ("Ardent Silicon", "designs_chip", "Vesper-1"): (None, None, None, None, None),
         ("Ardent Silicon", "raised", None): (2e7, "USD", "exact", "completed", "2023"),
         ("Kestle Ventures", "invested_in", "Ardent Silicon"): (None, None, None, "completed", "2023"),
         ("TSMC", "supplies_chips_to", "Ardent Silicon"): (None, None, None, "completed", "2023"),
         ("Samsung Electronics", "supplies_chips_to", "Ardent Silicon"): (None, None, None, "announced", None),
         ("Ardent Silicon", "supplies_chips_to", "Merrin Labs"): (None, None, None, "ended", None),
         ("Ardent Silicon", "competes_with", "Groq"): (None, None, None, None, None),
         ("Ardent Silicon", "competes_with", "Etched"): (None, None, None, None, None)},
        id="en-seed-round-foundry-generation-and-lost-customer"),
    pytest.param(
        "date 2026-02-18\nHarrowgate Data, a developer of data-centre campuses, has raised $900 million from investors. "
        "The remaining $200 million came from two pension funds, Oakmere Pension Plan and the Selby Retirement Fund. "
        "Its larger campus in Ohio is anchored by Lindqvist Robotics, which signed a lease for 200 megawatts there in 2024. "
        "Harrowgate has since signed a smaller lease with Pintail AI, a start-up that builds models for insurers. "
        "Pintail has paused talks with Grenfell Power Sites, a Texas developer, over a 40-megawatt site near Austin. "
        "Trenholm Photonics' $2 billion agreement to buy Velto Optical, which the buyer abandoned in March 2025, was "
        "the year's largest failed deal.",
        # "The remaining ... came from" the round's investors; a developer's anchor tenant and a lease it signs with a
        # start-up; talks over a site; a relative clause that ends the deal and dates its end
        {("Harrowgate Data", "raised", None): (9e8, "USD", "exact", "completed", None),
         ("Oakmere Pension Plan", "invested_in", "Harrowgate Data"): (None, None, None, "completed", None),
         ("Selby Retirement Fund", "invested_in", "Harrowgate Data"): (None, None, None, "completed", None),
         ("Harrowgate Data", "supplies_compute_to", "Lindqvist Robotics"): (None, None, None, "announced", "2024"),
         ("Harrowgate Data", "supplies_compute_to", "Pintail AI"): (None, None, None, "announced", None),
         ("Grenfell Power Sites", "supplies_compute_to", "Pintail AI"): (None, None, None, "in_talks", None),
         ("Trenholm Photonics", "acquired", "Velto Optical"): (2e9, "USD", "exact", "ended", "2025-03")},
        id="en-developer-tenants-and-an-abandoned-takeover"),
    pytest.param(
        "date 2025-12-05\nHồi tháng 11, Lạc Hồng AI cam kết mua thêm 40 tỷ USD dịch vụ đám mây của Microsoft. Cũng "
        "trong tháng 11, Broadcom cam kết sản xuất và triển khai 2 GW bộ tăng tốc AI do Lạc Hồng AI tự thiết kế. Hồi "
        "tháng 6, Lạc Hồng AI bổ sung Oracle vào danh sách nhà cung cấp đám mây.",
        # cloud services bought for an amount; the maker of chips a customer designs supplies it; a provider added to
        # the list of clouds
        {("Microsoft", "supplies_compute_to", "Lạc Hồng AI"): (4e10, "USD", "exact", "announced", "2025-11"),
         ("Broadcom", "supplies_chips_to", "Lạc Hồng AI"): (None, None, None, "announced", "2025-11"),
         ("Oracle", "supplies_compute_to", "Lạc Hồng AI"): (None, None, None, "announced", "2025-06")},
        id="vi-cloud-services-bought-and-chips-made-for-their-designer"),
    pytest.param(
        "date 2026-03-20\nVào tháng 2, công ty Ngọc Sơn Cloud phát hành riêng lẻ 20 triệu cổ phiếu, thu về 600 tỷ đồng. "
        "Trong đó, quỹ Tràng Tiền Ventures mua 12 triệu cổ phiếu với giá trị 360 tỷ đồng, còn Quỹ Nhật Bản Hoshino "
        "Partners mua phần còn lại với 240 tỷ đồng. Toàn bộ máy chủ của Ngọc Sơn Cloud được đặt tại trung tâm dữ liệu "
        "Láng Hạ của Viettel IDC. Hội đồng quản trị đặt kế hoạch đầu tư 2.000 tỷ đồng trong năm nay.",
        # buyers of a placement by the shares they bought and "phần còn lại"; "Nhật Bản" is no part of the fund's name;
        # servers housed in a data centre; the board's spending plan is the company's
        {("Ngọc Sơn Cloud", "raised", None): (6e11, "VND", "exact", "completed", "2026-02"),
         ("Ngọc Sơn Cloud", "sold_shares", None): (6e11, "VND", "exact", "completed", "2026-02"),
         ("Tràng Tiền Ventures", "invested_in", "Ngọc Sơn Cloud"): (3.6e11, "VND", "exact", "completed", "2026-02"),
         ("Hoshino Partners", "invested_in", "Ngọc Sơn Cloud"): (2.4e11, "VND", "exact", "completed", "2026-02"),
         ("Viettel IDC", "supplies_compute_to", "Ngọc Sơn Cloud"): (None, None, None, "announced", None),
         ("Ngọc Sơn Cloud", "commits_spending", None): (2e12, "VND", "exact", "expected", "2026")},
        id="vi-placement-buyers-hosting-and-a-board-plan"),
    pytest.param(
        "date 2026-02-10\nPelorus Cloud, a GPU cloud operator in Leeds, signed a new agreement with Anthropic. Meta had "
        "exercised an option in January to add $900 million to the three-year contract it signed with Pelorus last year. "
        "Pelorus confirmed that Quayle AI, a model developer that had rented about 2,000 GPUs since 2024, is no longer a "
        "customer. Pelorus competes for contracts with larger providers such as CoreWeave and with Aker-backed Nscale.",
        # a company that only rents out compute signs with a lab: a compute deal; a customer adds money to its
        # contract; "no longer a customer" past an appositive; rivals "such as" are no providers; "Aker-backed
        # Nscale" is one rival, and Aker its backer
        {("Pelorus Cloud", "supplies_compute_to", "Anthropic"): (None, None, None, "announced", None),
         ("Pelorus Cloud", "supplies_compute_to", "Meta"): (9e8, "USD", "exact", "announced", "2026-01"),
         ("Pelorus Cloud", "supplies_compute_to", "Quayle AI"): (None, None, None, "ended", None),
         ("Aker", "invested_in", "Nscale"): (None, None, None, "completed", None),
         ("Pelorus Cloud", "competes_with", "CoreWeave"): (None, None, None, None, None),
         ("Pelorus Cloud", "competes_with", "Nscale"): (None, None, None, None, None)},
        id="en-a-gpu-clouds-customers-and-a-backed-rival"),
    pytest.param(
        "date 2025-11-05\nHalberd Compute agreed to sell $600 million of new shares in a private placement to two "
        "investors: Tovey Capital, a Tokyo-based fund, will buy $400 million, and Nvidia will take the remaining $200 "
        "million. In October the company raised NOK 1.5 billion in a bond sale.",
        # the buyers of a placement, each with its own amount; a currency code before a figure is no name
        {("Halberd Compute", "sold_shares", None): (6e8, "USD", "exact", "announced", None),
         ("Tovey Capital", "invested_in", "Halberd Compute"): (4e8, "USD", "exact", "announced", None),
         ("Nvidia", "invested_in", "Halberd Compute"): (2e8, "USD", "exact", "announced", None),
         ("Halberd Compute", "raised", None): (1.5e9, "NOK", "exact", "completed", "2025-10")},
        id="en-placement-buyers-and-a-currency-code"),
    pytest.param(
        "date 2025-11-05\nHarrowby Systems plans to raise $2 billion, the Nasdaq-listed company said on Tuesday. Much of "
        "the money is earmarked for a contract that Harrowby signed with Microsoft in July. Microsoft has been "
        "Harrowby's largest customer since 2024.",
        # the direction another sentence states beats the one guessed from the parties' roles
        {("Harrowby Systems", "raised", None): (2e9, "USD", "exact", "expected", "2025-11-04"),
         ("Harrowby Systems", "supplies_compute_to", "Microsoft"): (None, None, None, "announced", "2025-07")},
        id="en-a-stated-direction-beats-a-guessed-one"),
    pytest.param(
        "date 2025-08-08\nKestrel Cloud, hãng cho thuê GPU niêm yết tại Mỹ, công bố kết quả quý II. Điểm nhấn là hợp "
        "đồng 5 năm trị giá 2,2 tỷ USD mà Kestrel vừa ký với Anthropic. Là đối thủ nhỏ hơn của CoreWeave, Kestrel đang "
        "mở rộng sang châu Âu.",
        # a GPU cloud's contract with a lab, in a relative clause; "Là đối thủ ... của X, Y" opens on the rivalry
        {("Kestrel Cloud", "supplies_compute_to", "Anthropic"): (2.2e9, "USD", "exact", "announced", None),
         ("Kestrel Cloud", "competes_with", "CoreWeave"): (None, None, None, None, None)},
        id="vi-a-gpu-clouds-contract-and-a-rival-first"),
    pytest.param(
        "date 2026-02-12\nPellwick Photonics, a Danish designer of optical chips, has agreed to be acquired for $900 million. "
        "The buyer? Marvell. Pellwick was founded in 2017 in Aarhus. Its largest outside shareholder, Tovey Capital, owns "
        "about 20%. Separately, Quarry Cloud, which is listed in New York and whose $6 billion Anthropic contract set a "
        "record, hired a new finance chief. Anthropic has also signed similar agreements with Nebius and Nscale.",
        # a buyer named after a short question takes the takeover of the sentence before; "Its largest shareholder";
        # a contract named by its parties ("whose $6 billion Anthropic contract"); agreements with a list of clouds
        {("Marvell", "acquired", "Pellwick Photonics"): (9e8, "USD", "exact", "announced", None),
         ("Tovey Capital", "invested_in", "Pellwick Photonics"): (None, None, None, "completed", None),
         ("Quarry Cloud", "supplies_compute_to", "Anthropic"): (6e9, "USD", "exact", "announced", None),
         ("Nebius", "supplies_compute_to", "Anthropic"): (None, None, None, "announced", None),
         ("Nscale", "supplies_compute_to", "Anthropic"): (None, None, None, "announced", None)},
        id="en-the-buyer-question-a-shareholder-and-named-contracts"),
    pytest.param(
        "date 2026-01-14\nMeta Platforms đang mở rộng hạ tầng AI. Theo hồ sơ gửi SEC, ba hợp đồng được ký với Lambda, "
        "Nscale và Rạng Đông Cloud, có giá trị lần lượt 1,2 tỷ USD, 850 triệu USD và 640 triệu USD. Rạng Đông Cloud được "
        "rót vốn bởi hai quỹ là Cửa Bắc Capital và Đông Sơn Ventures.",
        # contracts "được ký với" three clouds, of the company before, one amount each; investors after "bởi"
        {("Lambda", "supplies_compute_to", "Meta Platforms"): (1.2e9, "USD", "exact", "announced", None),
         ("Nscale", "supplies_compute_to", "Meta Platforms"): (8.5e8, "USD", "exact", "announced", None),
         ("Rạng Đông Cloud", "supplies_compute_to", "Meta Platforms"): (6.4e8, "USD", "exact", "announced", None),
         ("Cửa Bắc Capital", "invested_in", "Rạng Đông Cloud"): (None, None, None, "completed", None),
         ("Đông Sơn Ventures", "invested_in", "Rạng Đông Cloud"): (None, None, None, "completed", None)},
        id="vi-contracts-signed-with-three-clouds-and-passive-backers"),
    pytest.param(
        "date 2026-04-09\nTràng An-1, chip suy luận đầu tiên do Tràng An Semiconductor thiết kế, sẽ được sản xuất trên dây "
        "chuyền 5 nm của Samsung Electronics. Tràng An Semiconductor là công ty con của Tập đoàn Ninh Bình Tech, doanh "
        "nghiệp nắm 70% vốn điều lệ; phần còn lại thuộc về quỹ Hoa Lư Ventures.",
        # a chip "được sản xuất" on a foundry's line: the foundry supplies its designer; the other owner of a subsidiary
        {("Tràng An Semiconductor", "designs_chip", "Tràng An-1"): (None, None, None, None, None),
         ("Samsung Electronics", "supplies_chips_to", "Tràng An Semiconductor"): (None, None, None, "expected", None),
         ("Hoa Lư Ventures", "invested_in", "Tràng An Semiconductor"): (None, None, None, "completed", None),
         ("Tràng An Semiconductor", "subsidiary_of", "Tập đoàn Ninh Bình Tech"): (None, None, None, None, None)},
        id="vi-a-foundrys-line-and-the-other-owner"),
    pytest.param(
        "date 2026-05-04\nTorvane Compute, a Lisbon neocloud, has ordered 6,000 Nvidia B300 processors. They will arrive "
        "inside racks assembled by Dell Technologies and Super Micro Computer.",
        # server makers sell the chips in their racks to the buyer the sentence before names
        {("Nvidia", "supplies_chips_to", "Torvane Compute"): (None, None, None, "announced", None),
         ("Dell Technologies", "supplies_chips_to", "Torvane Compute"): (None, None, None, "announced", None),
         ("Super Micro Computer", "supplies_chips_to", "Torvane Compute"): (None, None, None, "announced", None),
         ("Nvidia", "designs_chip", "B300"): (None, None, None, None, None)},
        id="server-makers-racks-for-the-buyer-before"),
    pytest.param(
        "date 2026-05-04\nKestrel Cloud, a Bergen GPU cloud, said on Monday it was in talks with Pellam AI over a contract "
        "worth about $400 million. Analysts cut Kestrel to sell, citing the neocloud's reliance on Pellam and Mistral AI. "
        "Dunmore Data, which is owned by the Norwegian fund Skarv Capital, leases halls to Kestrel. Kestrel's lease with "
        "Dunmore Data is worth about $2 billion over ten years.",
        # talks over a contract, a provider's reliance on its customers, one owner, a tenant's lease and its worth
        {("Kestrel Cloud", "supplies_compute_to", "Pellam AI"): (4e8, "USD", "about", "in_talks", "2026-05-04"),
         ("Kestrel Cloud", "supplies_compute_to", "Mistral AI"): (None, None, None, "announced", None),
         ("Dunmore Data", "subsidiary_of", "Skarv Capital"): (None, None, None, None, None),
         ("Dunmore Data", "supplies_compute_to", "Kestrel Cloud"): (2e9, "USD", "about", "announced", None)},
        id="talks-over-a-contract-reliance-and-a-lease"),
    pytest.param(
        "date 2026-05-04\nSông Đà Cloud hôm thứ Hai công bố gọi được 30 triệu USD. Công ty này, vốn được Viettel nắm khoảng "
        "15% cổ phần, đã ký với Lạc Việt AI hợp đồng trị giá 12 triệu USD. Quỹ Halden Capital dẫn dắt vòng gọi vốn, với "
        "sự tham gia của quỹ Tây Hồ Ventures. Riêng Ba Vì Data sẽ xây dựng và vận hành các trung tâm dữ liệu mới cho Lạc "
        "Việt AI.",
        # a holder "vốn được X nắm 15%"; "ký với X hợp đồng"; the lead of the round before; building and running sites for a lab
        {("Sông Đà Cloud", "raised", None): (3e7, "USD", "exact", "completed", "2026-05-04"),
         ("Viettel", "invested_in", "Sông Đà Cloud"): (None, None, None, "completed", None),
         ("Sông Đà Cloud", "supplies_compute_to", "Lạc Việt AI"): (1.2e7, "USD", "exact", "announced", "2026-05-04"),
         ("Halden Capital", "invested_in", "Sông Đà Cloud"): (None, None, None, "completed", "2026-05-04"),
         ("Tây Hồ Ventures", "invested_in", "Sông Đà Cloud"): (None, None, None, "completed", "2026-05-04"),
         ("Ba Vì Data", "supplies_compute_to", "Lạc Việt AI"): (None, None, None, "expected", None)},
        id="vi-a-holder-a-contract-signed-with-a-lab-and-the-rounds-lead"),
    pytest.param(
        "date 2025-10-20\nKelda AI has committed to about $80 billion of computing spending over eight years. If Kelda "
        "cannot raise the roughly $80 billion it has promised to spend on computing, its suppliers will feel it. Veyl Labs, "
        "co-founded by Anthropic's former research chief, raised $300 million in May.",
        # a lab's computing commitments, not money raised; a round is not that of the company in an appositive
        {("Kelda AI", "commits_spending", None): (8e10, "USD", "about", "announced", None)},
        id="computing-commitments-and-a-founders-former-employer"),
    pytest.param(
        "date 2026-03-02\nKestrel Silicon designs the Tern-4 accelerator. Dohwa Memory and Micron Technology are the two "
        "suppliers of high-bandwidth memory for the Tern-4.",
        # memory makers named as the suppliers for a chip sell to its designer
        {("Kestrel Silicon", "designs_chip", "Tern-4"): (None, None, None, None, None),
         ("Dohwa Memory", "supplies_chips_to", "Kestrel Silicon"): (None, None, None, "announced", None),
         ("Micron Technology", "supplies_chips_to", "Kestrel Silicon"): (None, None, None, "announced", None)},
        id="the-suppliers-of-memory-for-a-chip"),
    pytest.param(
        "date 2026-03-02\nKestrel Silicon thiết kế chip Tern-4. Theo công ty, Dohwa Memory và Micron Technology là hai nhà "
        "cung cấp chip nhớ HBM cho Tern-4.",
        # "là hai nhà cung cấp ... cho" a chip: a plural description, no reference; its designer buys
        {("Kestrel Silicon", "designs_chip", "Tern-4"): (None, None, None, None, None),
         ("Dohwa Memory", "supplies_chips_to", "Kestrel Silicon"): (None, None, None, "announced", None),
         ("Micron Technology", "supplies_chips_to", "Kestrel Silicon"): (None, None, None, "announced", None)},
        id="vi-the-suppliers-of-memory-for-a-chip"),
    pytest.param(
        "date 2026-03-02\nTavira AI, the AI company owned by Portugal's Lusa Holdings, signed a cloud deal with Oracle. The "
        "start-up counts Brume Capital, Kestrel Group's AI-focused venture fund, among its investors.",
        # an owner after a description ("the AI company owned by"); a parent's fund in an appositive
        {("Tavira AI", "subsidiary_of", "Lusa Holdings"): (None, None, None, None, None),
         ("Oracle", "supplies_compute_to", "Tavira AI"): (None, None, None, "announced", None),
         ("Brume Capital", "subsidiary_of", "Kestrel Group"): (None, None, None, None, None),
         ("Brume Capital", "invested_in", "Tavira AI"): (None, None, None, "completed", None)},
        id="an-owner-after-a-description-and-a-parents-fund"),
    pytest.param(
        "date 2026-03-02\nTallis Cloud, a Dublin neocloud, has also signed a power purchase agreement with Brenna Wind, a "
        "wind-farm developer, for 120 megawatts.",
        # a power contract is a partnership, not compute bought in megawatts
        {("Tallis Cloud", "partners_with", "Brenna Wind"): (None, None, None, "announced", None)},
        id="a-power-purchase-agreement"),
    pytest.param(
        "date 2026-03-02\nMarrow AI raised $90 million in a round led by Kettle Ventures and Pike Capital that "
        "values it at $700 million.",
        # a round led by A and B that values it: the raiser's valuation
        {("Marrow AI", "raised", None): (90000000.0, "USD", "exact", "completed", None),
         ("Kettle Ventures", "invested_in", "Marrow AI"): (None, None, None, "completed", None),
         ("Pike Capital", "invested_in", "Marrow AI"): (None, None, None, "completed", None),
         ("Marrow AI", "valued_at", None): (700000000.0, "USD", "exact", None, None)},
        id="a-later-list-item-after-led-by-is-no-party-of-the-valuation"),
    pytest.param(
        "date 2026-03-02\nĐầu tháng này, nhân viên Lúa Vàng AI đã bán khoảng 40 triệu USD cổ phần cho nhóm nhà "
        "đầu tư gồm Kettle Ventures, Pike Capital và Brume Partners, với mức định giá 900 triệu USD cho công ty.",
        # "bán cổ phần cho nhóm nhà đầu tư gồm A, B và C, với mức định giá": the company is valued
        {("Kettle Ventures", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", "2026-03"),
         ("Pike Capital", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", "2026-03"),
         ("Brume Partners", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", "2026-03"),
         ("Lúa Vàng AI", "valued_at", None): (900000000.0, "USD", "exact", None, "2026-03"),
         ("Lúa Vàng AI", "sold_shares", None): (40000000.0, "USD", "about", "completed", "2026-03")},
        id="vi-the-buyers-of-a-share-sale-are-not-valued"),
    pytest.param(
        "date 2026-03-02\nDorrit Labs là đối tác lâu năm của Sông Mã Cloud. Quan hệ giữa hai công ty bắt đầu từ "
        "năm 2021, khi Sông Mã Cloud rót 5 triệu USD vào Dorrit Labs.",
        # "bắt đầu từ năm 2021, khi ...": the since-date dates the when-clause's deal
        {("Dorrit Labs", "partners_with", "Sông Mã Cloud"): (None, None, None, "announced", None),
         ("Sông Mã Cloud", "invested_in", "Dorrit Labs"): (5000000.0, "USD", "exact", "completed", "2021")},
        id="vi-a-date-before-a-when-clause-dates-it"),
    pytest.param(
        "date 2026-03-02\nArdent Labs, the coding-assistant startup backed by Northbrook Ventures, has signed a "
        "two-year contract worth about $640 million with Tessaline Cloud.",
        # an amount past an appositive's closing comma is the main clause's, not the backer's
        {("Northbrook Ventures", "invested_in", "Ardent Labs"): (None, None, None, "completed", None),
         ("Tessaline Cloud", "supplies_compute_to", "Ardent Labs"): (640000000.0, "USD", "about", "announced", None)},
        id="the-main-clauses-amount-is-not-the-appositives-investors"),
    pytest.param(
        "date 2026-03-02\nQuillfeather, which joined Ostrava AI's $200 million Series B last June alongside "
        "Kettle Ventures and Pike Capital, is a chipmaker.",
        # "joined X's Series B alongside A and B": A and B invested too
        {("Ostrava AI", "raised", None): (200000000.0, "USD", "exact", "completed", "2025-06"),
         ("Kettle Ventures", "invested_in", "Ostrava AI"): (None, None, None, "completed", "2025-06"),
         ("Pike Capital", "invested_in", "Ostrava AI"): (None, None, None, "completed", "2025-06"),
         ("Quillfeather", "invested_in", "Ostrava AI"): (None, None, None, "completed", "2025-06")},
        id="the-co-investors-a-backer-joined-a-round-alongside"),
    pytest.param(
        "date 2026-03-02\nOstrava AI has committed to spend at least $1.5 billion on Azure over five years.",
        # "committed to spend ... on Azure": compute from the cloud, and a spending commitment
        {("Azure", "supplies_compute_to", "Ostrava AI"): (1500000000.0, "USD", "at_least", "announced", None),
         ("Ostrava AI", "commits_spending", None): (1500000000.0, "USD", "at_least", "announced", None)},
        id="money-committed-to-a-cloud-buys-compute"),
    pytest.param(
        "date 2026-03-02\nGorsefield Data Centres, a Leeds-based developer, signed a 15-year agreement last month"
        " under which Ostrava AI will take most of a 600-megawatt campus.",
        # "signed an agreement under which X will take most of a campus"
        {("Gorsefield Data Centres", "supplies_compute_to", "Ostrava AI"): (None, None, None, "announced", "2026-02")},
        id="a-tenant-named-in-an-agreement-under-which-it-takes-a-campus"),
    pytest.param(
        "date 2026-03-02\nLúa Vàng AI vừa gọi vốn 50 triệu USD do Kettle Ventures dẫn dắt. Ngoài Kettle Ventures,"
        " vòng gọi vốn còn có sự tham gia của Pike Capital và Brume Partners.",
        # "Ngoài A, vòng gọi vốn còn có sự tham gia của B và C": B and C invest in the round's company, not in A
        {("Lúa Vàng AI", "raised", None): (50000000.0, "USD", "exact", "completed", None),
         ("Kettle Ventures", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", None),
         ("Pike Capital", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", None),
         ("Brume Partners", "invested_in", "Lúa Vàng AI"): (None, None, None, "completed", None)},
        id="vi-besides-one-investor-the-round-had-others"),
    pytest.param(
        "date 2026-03-02\nPetrel Cloud vừa công bố hợp tác với Lúa Vàng AI. Kettle Ventures cũng là một trong các"
        " nhà đầu tư của vòng Series B trị giá 180 triệu USD mà Petrel Cloud hoàn tất năm ngoái.",
        # "X là một trong các nhà đầu tư của vòng ... mà Y hoàn tất": X invested, Y raised
        {("Petrel Cloud", "partners_with", "Lúa Vàng AI"): (None, None, None, "announced", None),
         ("Petrel Cloud", "raised", None): (180000000.0, "USD", "exact", "completed", "2025"),
         ("Kettle Ventures", "invested_in", "Petrel Cloud"): (None, None, None, "completed", "2025")},
        id="vi-an-investor-in-a-round-a-company-closed"),
    pytest.param(
        "date 2026-03-02\nBrisk Compute raised $40 million. Other investors included Sørbye Kapital, a Norwegian "
        "pension manager. The round values the startup at $300 million.",
        # "Sørbye Kapital, a Norwegian pension manager" is an investor, so "the startup" the round values is the
        # raiser
        {("Brisk Compute", "raised", None): (40000000.0, "USD", "exact", "completed", None),
         ("Sørbye Kapital", "invested_in", "Brisk Compute"): (None, None, None, "completed", None),
         ("Brisk Compute", "valued_at", None): (300000000.0, "USD", "exact", None, None)},
        id="a-pension-manager-is-no-startup"),
    pytest.param(
        "date 2026-03-02\nBrisk Compute, an Nvidia-backed cloud operator, raised $40 million from Nvidia, which "
        "makes the GPUs it rents out. Nvidia also supplies Lambda. Nvidia-backed Brisk said the company competes "
        "with Nebius.",
        # "Nvidia-backed Brisk said the company": the company is Brisk
        {("Brisk Compute", "raised", None): (40000000.0, "USD", "exact", "completed", None),
         ("Nvidia", "invested_in", "Brisk Compute"): (None, None, None, "completed", None),
         ("Nvidia", "supplies_chips_to", "Lambda"): (None, None, None, "announced", None),
         ("Brisk Compute", "competes_with", "Nebius"): (None, None, None, None, None)},
        id="a-backers-name-as-a-modifier-does-not-make-it-the-main-company"),
    pytest.param(
        "date 2026-03-02\nSông Mã Cloud hôm qua công bố rót 30 triệu USD vào Amberline Grid, nhà vận hành trung "
        "tâm dữ liệu tại Texas. Amberline không phải cái tên xa lạ. Tháng 10 năm ngoái, startup này ký với "
        "Ostrava AI hợp đồng cho thuê 200 MW công suất trong 6 năm, trị giá khoảng 780 triệu USD.",
        # "Amberline Grid ... Amberline ... startup này": the start of a confirmed name is that company, which the
        # description then stands for
        {("Sông Mã Cloud", "invested_in", "Amberline Grid"): (30000000.0, "USD", "exact", "announced", "2026-03-01"),
         ("Amberline Grid", "supplies_compute_to", "Ostrava AI"): (780000000.0, "USD", "about", "announced", "2025-10")},
        id="vi-a-name-said-again-by-its-start-is-the-same-company"),
    pytest.param(
        "date 2026-03-02\nLam Kinh Semiconductor là startup chip ở Hà Nội. Saola-2 do Lam Kinh tự thiết kế và "
        "được TSMC gia công trên tiến trình 6 nm.",
        # "do Lam Kinh tự thiết kế và được TSMC gia công": the maker supplies the designer
        {("Lam Kinh Semiconductor", "designs_chip", "Saola-2"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Lam Kinh Semiconductor"): (None, None, None, "announced", None)},
        id="vi-a-chip-designed-by-one-and-made-by-another"),
    pytest.param(
        "date 2026-03-02\nRavelle Silicon thiết kế chip Tarsier-3. Tarsier-3 được TSMC sản xuất trên tiến trình 3"
        " nm, với bộ nhớ HBM3E do SK hynix cung cấp.",
        # "được TSMC sản xuất ..., với bộ nhớ HBM3E do SK hynix cung cấp": both supply the chip's designer
        {("Ravelle Silicon", "designs_chip", "Tarsier-3"): (None, None, None, None, None),
         ("TSMC", "supplies_chips_to", "Ravelle Silicon"): (None, None, None, "announced", None),
         ("SK Hynix", "supplies_chips_to", "Ravelle Silicon"): (None, None, None, "announced", None)},
        id="vi-the-memory-maker-past-the-foundry"),
    pytest.param(
        "date 2026-03-02\nVelisande Labs, whose language models compete with those of Anthropic and Google "
        "DeepMind, has until now trained almost entirely on GPUs rented from Oracle.",
        # "whose language models compete with those of A and B": rivals
        {("Velisande Labs", "competes_with", "Anthropic"): (None, None, None, None, None),
         ("Velisande Labs", "competes_with", "Google DeepMind"): (None, None, None, None, None),
         ("Oracle", "supplies_compute_to", "Velisande Labs"): (None, None, None, "announced", None)},
        id="models-that-compete-with-those-of-rivals"),
    pytest.param(
        "date 2025-06-10\nHôm 3/6, quỹ Sơn Hà Capital công bố rót 50 triệu USD để nắm 20% cổ phần Đồng Nai "
        "Data, qua đó định giá công ty khoảng 250 triệu USD.",
        # "rót ... để nắm 20% cổ phần X, qua đó định giá công ty": the company bought into is valued, not the fund
        {('Sơn Hà Capital', 'invested_in', 'Đồng Nai Data'): (5e7, USD, 'exact', 'announced', '2025-06-03'),
         ('Đồng Nai Data', 'valued_at', None): (2.5e8, USD, 'about', None, '2025-06-03')},
        id="vi-valued-after-a-stake-purchase"),
    pytest.param(
        "date 2025-04-15\nThái Sơn AI, startup phát triển trợ lý ảo cho ngân hàng, vừa được rót 25 triệu USD "
        "trong vòng gọi vốn Series A. Vòng này do quỹ Lạc Việt Capital dẫn dắt, với sự tham gia của Samsung "
        "Next, nhánh đầu tư mạo hiểm của Samsung, cùng Hương Giang Ventures.",
        # "vừa được rót 25 triệu USD trong vòng" is a raise; a list goes on after an appositive ("nhánh đầu tư ... của Samsung, cùng X")
        {('Thái Sơn AI', 'raised', None): (2.5e7, USD, 'exact', 'completed', None),
         ('Samsung Next', 'invested_in', 'Thái Sơn AI'): (None, None, None, 'completed', None),
         ('Lạc Việt Capital', 'invested_in', 'Thái Sơn AI'): (None, None, None, 'completed', None),
         ('Samsung Next', 'subsidiary_of', 'Samsung'): (None, None, None, None, None),
         ('Hương Giang Ventures', 'invested_in', 'Thái Sơn AI'): (None, None, None, 'completed', None)},
        id="vi-passive-raise-and-a-list-after-an-appositive"),
    pytest.param(
        "date 2025-09-01\nTheo giới phân tích, Bắc Hải Cloud và Trường Giang Data giờ là hai đối thủ trực "
        "tiếp trên thị trường cho thuê GPU. Tháng trước, Bắc Hải Cloud công bố xây cụm máy chủ 20 MW tại Hải "
        "Phòng, còn AMD cung cấp chip Instinct MI355X.",
        # "A và B giờ là hai đối thủ trực tiếp"; ", còn AMD cung cấp chip": for the sentence's subject
        {('Bắc Hải Cloud', 'competes_with', 'Trường Giang Data'): (None, None, None, None, None),
         ('AMD', 'supplies_chips_to', 'Bắc Hải Cloud'): (None, None, None, 'announced', '2025-08'),
         ('AMD', 'designs_chip', 'Instinct MI355X'): (None, None, None, None, None)},
        id="vi-rivals-and-chips-for-the-subject"),
    pytest.param(
        "date 2025-11-05\nToàn bộ 500 chip Sông Đà S1 trong cụm do startup Hòa Bình Silicon ở Hà Nội thiết kế "
        "và được TSMC sản xuất.",
        # words between the chip and its designer ("trong cụm do startup X ở Hà Nội thiết kế"), then its foundry
        {('Hòa Bình Silicon', 'designs_chip', 'Sông Đà S1'): (None, None, None, None, None),
         ('TSMC', 'supplies_chips_to', 'Hòa Bình Silicon'): (None, None, None, 'announced', None)},
        id="vi-designer-and-foundry-past-words"),
    pytest.param(
        "date 2025-05-20\nLâm Viên AI, công ty AI thuộc sở hữu của quỹ Tràng Thi Capital, ra mắt hôm 12/5. "
        "Ngay trong ngày, Nvidia công bố sẽ cung cấp cho công ty mới này 2.000 chip H200. Lâm Viên AI cũng "
        "đang đàm phán với Viettel về một liên doanh trung tâm dữ liệu.",
        # "công ty mới này" is not the fund that owns the company named before; talks about a joint venture
        {('Lâm Viên AI', 'subsidiary_of', 'Tràng Thi Capital'): (None, None, None, None, None),
         ('Nvidia', 'supplies_chips_to', 'Lâm Viên AI'): (None, None, None, 'announced', '2025-05-12'),
         ('Lâm Viên AI', 'partners_with', 'Viettel'): (None, None, None, 'in_talks', None),
         ('Nvidia', 'designs_chip', 'H200'): (None, None, None, None, None)},
        id="vi-new-company-not-its-fund-and-jv-talks"),
    pytest.param(
        "date 2025-12-01\nVân Đồn GPU, một neocloud có trụ sở tại Quảng Ninh, được Nvidia và quỹ Hạ Long "
        "Partners rót tổng cộng 120 triệu USD hồi tháng 11.",
        # "được A và B rót tổng cộng X": the raise and its investors
        {('Vân Đồn GPU', 'raised', None): (1.2e8, USD, 'exact', 'completed', '2025-11'),
         ('Nvidia', 'invested_in', 'Vân Đồn GPU'): (None, None, None, 'completed', '2025-11'),
         ('Hạ Long Partners', 'invested_in', 'Vân Đồn GPU'): (None, None, None, 'completed', '2025-11')},
        id="vi-rot-tong-cong"),
    pytest.param(
        "date 2025-08-01\nBạch Mã AI phát triển mô hình ngôn ngữ cho bệnh viện. Phần lớn việc huấn luyện của "
        "Bạch Mã AI hiện diễn ra trên hạ tầng GPU của Sơn La Cloud ở Hà Nội.",
        # no pattern reads it: a sentence about GPU infrastructure that names one cloud and one other company
        {('Sơn La Cloud', 'supplies_compute_to', 'Bạch Mã AI'): (None, None, None, 'announced', None)},
        id="vi-a-cloud-and-a-customer-in-a-compute-sentence"),
    pytest.param(
        "date 2025-08-01\nCửa Lò Robotics sản xuất cánh tay robot. Từ năm 2023, Cửa Lò Robotics có sự hậu "
        "thuẫn về tài chính của quỹ Hồng Lĩnh Ventures.",
        # no pattern reads it: a sentence about backing ("hậu thuẫn") that names one fund and one other company
        {('Hồng Lĩnh Ventures', 'invested_in', 'Cửa Lò Robotics'): (None, None, None, 'completed', '2023')},
        id="vi-a-fund-and-a-company-in-an-investment-sentence"),
    pytest.param(
        "date 2025-10-01\nTại Đà Nẵng, Hội An Cloud, startup mà Sơn Trà Ventures, quỹ đầu tư mạo hiểm của Ngũ "
        "Hành Group, nắm 15% cổ phần, vừa công bố kết quả kinh doanh. Bình Định Data, công ty mà quỹ Quy Nhơn "
        "Capital đang nắm khoảng 8% cổ phần, cũng báo lãi. Trong năm nay, Bình Định Data đã chuyển toàn bộ "
        "đơn hàng GPU sang AMD.",
        # "startup mà X, quỹ ... của Y, nắm 15% cổ phần": the relative clause's subject holds the stake and keeps its
        # own appositive; "công ty mà X nắm 8% cổ phần"; "chuyển toàn bộ đơn hàng GPU sang AMD"
        {('Sơn Trà Ventures', 'invested_in', 'Hội An Cloud'): (None, None, None, 'completed', None),
         ('Sơn Trà Ventures', 'subsidiary_of', 'Ngũ Hành Group'): (None, None, None, None, None),
         ('Quy Nhơn Capital', 'invested_in', 'Bình Định Data'): (None, None, None, 'completed', None),
         ('AMD', 'supplies_chips_to', 'Bình Định Data'): (None, None, None, 'announced', '2025')},
        id="vi-a-stake-in-a-relative-clause-past-an-appositive"),
    pytest.param(
        "date 2025-10-20\nBắc Sơn Cloud đồng ý mua lại Lạng Giang Data. Khi giá cổ phiếu Bắc Sơn Cloud giảm, "
        "một số cổ đông lớn, trong đó có quỹ Hạ Long Capital, cho rằng mức giá không còn hấp dẫn và kêu gọi "
        "bỏ phiếu chống.",
        # a share price and a shareholders' vote: the fund is no investor of the company whose shares are named
        {('Bắc Sơn Cloud', 'acquired', 'Lạng Giang Data'): (None, None, None, 'announced', None)},
        id="vi-a-shareholder-vote-is-no-fallback-investment"),
    pytest.param(
        "date 2026-03-05\nCông ty Cổ phần Bán dẫn Hàm Luông vừa công bố kết quả kinh doanh. Tháng 1/2025, hội đồng "
        "quản trị công ty thông qua kế hoạch chi 2.000 tỷ đồng xây dây chuyền kiểm thử mới tại Bến Tre.",
        # a date before the board's plan: still the company's spending
        {("Công ty Cổ phần Bán dẫn Hàm Luông", "commits_spending", None): (2e12, VND, "exact", "expected", "2025-01")},
        id="vi-a-board-plan-after-a-date"),
    pytest.param(
        "date 2026-03-12\nMicrosoft, cổ đông lâu năm, hiện nắm khoảng 27% Orvana AI sau đợt tái cấu trúc. Dù vậy, "
        "Amazon vẫn là cổ đông bên ngoài lớn nhất của Lục Yên AI. Trên thị trường xử lý chứng từ, Kỳ Lân AI cạnh "
        "tranh với FPT.AI, đơn vị trí tuệ nhân tạo thuộc Tập đoàn FPT. Tuy nhiên, Broadcom đang nổi lên thành đối "
        "thủ đáng gờm của Nvidia.",
        # "X, cổ đông lâu năm, hiện nắm N% Y", "vẫn là cổ đông bên ngoài lớn nhất của", "nổi lên thành đối thủ"; a KB
        # name before ".AI" is another company's name
        {("Microsoft", "invested_in", "Orvana AI"): (None, None, None, "completed", None),
         ("Amazon", "invested_in", "Lục Yên AI"): (None, None, None, "completed", None),
         ("FPT.AI", "subsidiary_of", "FPT"): (None, None, None, None, None),
         ("Kỳ Lân AI", "competes_with", "FPT.AI"): (None, None, None, None, None),
         ("Broadcom", "competes_with", "Nvidia"): (None, None, None, None, None)},
        id="vi-a-shareholder-that-holds-a-stake-and-a-rival-that-emerges"),
    pytest.param(
        "date 2025-11-19\nHôm thứ Ba, Microsoft cam kết đầu tư tới 5 tỷ USD và Nvidia tới 10 tỷ USD vào Anthropic, "
        "nhà phát triển chatbot Claude.",
        # "A đầu tư X và B Y vào C": each investor its own amount, no spending pledge
        {("Microsoft", "invested_in", "Anthropic"): (5e9, USD, "up_to", "announced", "2025-11-18"),
         ("Nvidia", "invested_in", "Anthropic"): (1e10, USD, "up_to", "announced", "2025-11-18")},
        id="vi-two-investors-their-own-amounts"),
]


def _relations(extractor, text):
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    return {(r["head"], r["relation"], r["tail"]): r for r in pred["relations"]}


@pytest.mark.parametrize("text, expected", CASES)
def test_phrasing(extractor, text, expected):
    got = _relations(extractor, text)
    assert set(got) == set(expected)
    for key, (value, currency, qualifier, status, date) in expected.items():
        rel = got[key]
        if value is None:
            assert rel["amount"] is None, key
        else:
            assert rel["amount"] is not None, key
            assert rel["amount"]["value"] == pytest.approx(value), key
            assert (rel["amount"]["currency"], rel["amount"]["qualifier"]) == (currency, qualifier), key
        assert rel["status"] == status, key
        assert rel["date"] == date, key


def test_an_earlier_valuation_is_a_fact_of_its_own_with_its_own_date(extractor):
    # "up from the $700 million it was valued at ... last year": a second valuation, and "last year" dates it, not
    # the valuation before it
    text = ("date 2025-09-20\nStaff at Quokka Robotics sold $90 million of their shares to outside investors. The sale"
            " valued Quokka at $1.1 billion, up from the $700 million it was valued at in its Series B last year.")
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    valuations = sorted((r["amount"]["value"], r["date"]) for r in pred["relations"]
                        if r["head"] == "Quokka Robotics" and r["relation"] == "valued_at")
    assert valuations == [(700000000.0, "2024"), (1100000000.0, None)]


def test_a_backers_earlier_round_and_its_coming_one_are_two_facts(extractor):
    # "X, which backed the company's seed round in 2024, is expected to join": a stake taken in 2024 and one to
    # come, not one fact whose status the later wording overrides
    text = ("date 2026-02-13\nGlasshouse Robotics is in talks to raise about $200 million. Sedgefield Capital is "
            "negotiating to lead the round, and Orrell Ventures, which backed the company's seed round in 2024, is "
            "expected to join.")
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    orrell = sorted((r["status"], r["date"] or "") for r in pred["relations"]
                    if r["head"] == "Orrell Ventures" and r["relation"] == "invested_in" and r["tail"] == "Glasshouse Robotics")
    assert orrell == [("completed", "2024"), ("expected", "")]


def test_an_investors_two_tranches_are_two_facts(extractor):
    # "It agreed to invest up to $300 million in June 2024 and put in a second $300 million in January 2025": more
    # money in the company of the investor's deal just before; the carried subject's clause keeps its own status
    text = ("date 2026-03-10\nCorvane Labs signed a compute deal with Ostrava Cloud. Brisk Ventures remains the "
            "company's largest backer. It agreed to invest up to $300 million in June 2024 and put in a second $300 "
            "million in January 2025.")
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    brisk = sorted((r["amount"]["qualifier"], r["status"], r["date"]) for r in pred["relations"]
                   if r["head"] == "Brisk Ventures" and r["relation"] == "invested_in" and r["tail"] == "Corvane Labs")
    assert brisk == [("exact", "completed", "2025-01"), ("up_to", "announced", "2024-06")]


def test_a_lead_investors_tranches_and_a_withdrawn_investor(extractor):
    # "Đợt đầu ... đã được giải ngân", "Khoản ... còn lại dự kiến được chuyển": the tranches of the investor the
    # sentence before names; "tham gia với" an amount; "đã rút khỏi vòng gọi vốn" ends the investment
    text = ("date 2026-04-02\nKestrel Robotics hôm thứ Ba công bố vòng gọi vốn Series C trị giá 900 triệu USD. SoftBank, "
            "nhà đầu tư dẫn dắt, cam kết 500 triệu USD nhưng chia làm hai đợt. Đợt đầu 300 triệu USD đã được giải ngân "
            "ngay khi hai bên ký kết. Khoản 200 triệu USD còn lại dự kiến được chuyển vào cuối năm. Quỹ Bạch Đằng Capital "
            "tham gia với 40 triệu USD. Microsoft, bên từng được cho là sẽ góp khoảng 100 triệu USD, đã rút khỏi vòng "
            "gọi vốn vào phút chót.")
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    investments = sorted((r["head"], r["amount"]["value"], r["status"]) for r in pred["relations"]
                         if r["relation"] == "invested_in" and r["tail"] == "Kestrel Robotics")
    assert investments == [("Microsoft", 1e8, "ended"), ("Quỹ Bạch Đằng Capital", 4e7, "completed"),
                           ("SoftBank", 2e8, "expected"), ("SoftBank", 3e8, "completed")]


@pytest.mark.parametrize("text", [
    "date 2025-10-20\nTarrow Labs signed a $900 million contract with Brisk Cloud in March, added $200 million in May "
    "and a further $150 million in August, bringing the total to about $1.25 billion.",
    "date 2025-10-20\nBến Nghé Cloud ký với Tràng An AI hợp đồng trị giá 900 triệu USD hồi tháng 3, sau đó mở rộng thêm "
    "200 triệu USD vào tháng 5 và 150 triệu USD vào tháng 8.",
], ids=["en", "vi"])
def test_a_contracts_later_expansions_are_facts_of_their_own(extractor, text):
    # "added $200 million in May and a further $150 million in August": each expansion is a deal with its own
    # amount and date between the same parties (not the running total)
    pred = to_contract(extractor.extract(parse_article(text, "case.txt")))
    contracts = sorted((r["head"], r["tail"], r["amount"]["value"], r["date"]) for r in pred["relations"]
                       if r["relation"] == "supplies_compute_to")
    seller, buyer = ("Brisk Cloud", "Tarrow Labs") if "Brisk" in text else ("Bến Nghé Cloud", "Tràng An AI")
    assert contracts == [(seller, buyer, 1.5e8, "2025-08"), (seller, buyer, 2e8, "2025-05"), (seller, buyer, 9e8, "2025-03")]
