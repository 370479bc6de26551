"""No-event filters and roles on sentences of our own, coded as a user codes
them: the real parse and the shipped detector (where the stand-in detector
of test_event_filters.py would give no row to filter)."""

import pytest

pytestmark = pytest.mark.model


def _every_row(texts):
    """Code texts keeping every row (no cut-off, no coded actor required)."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    return code_many(list(texts), default_settings().with_overrides(min_confidence=0.0, require_actor=False))


def test_the_dead_found_are_victims_not_actors():
    [document] = _every_row(["CULIACAN, Mexico — The bodies of four farmers, several of them bound and bearing signs "
                             "of torture, were found near the river on Monday, police said."])
    rows = [e for e in document.events if e.event == "ASSAULT"]
    assert rows and not [a for e in rows for a in e.actor if a.entity_text]


def test_tensions_that_exploded_into_fighting_are_no_blast():
    """However the parse reads "simmering tensions" (here: a verb and its object)."""
    from wirecoder.events.filters import _metaphor
    from wirecoder.nlp import load_model

    parsed = load_model()("The war erupted in April 2019, when simmering tensions between the army and the militia "
                          "exploded into street fighting in the capital.")
    [exploded] = [t for t in parsed if t.text == "exploded"]
    assert _metaphor(exploded)


def test_the_wounded_carried_away_are_people_not_an_act():
    [document] = _every_row(["PESHAWAR, Pakistan — The militants fled into the hills, carrying their wounded with "
                             "them."])
    assert not [e for e in document.events if e.event_text == "wounded"]


def test_a_death_under_a_falling_tree_is_an_accident():
    [document] = _every_row(["KNOXVILLE, Tennessee — At least six deaths were blamed on the storm, including a man who "
                             "suffered a heart attack while clearing snow in Memphis and a woman killed when a tree "
                             "fell on her car in Knoxville."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_acts_a_group_has_kept_up_are_no_act():
    [document] = _every_row(["DAMASCUS, Syria — The group lost its last town in 2019, but its fighters have continued "
                             "to stage raids from desert hideouts."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_name_dogged_by_accusations_is_no_accusation():
    [document] = _every_row(["NAIROBI, Kenya — Kenya's county governments, set up under the 2010 constitution, control "
                             "billions of dollars a year but have been dogged by accusations of graft."])
    assert not [e for e in document.events if e.event_text == "accusations"]


def test_an_explosion_through_a_factory_is_an_accident():
    [document] = _every_row(["SIVAKASI, India — An explosion tore through a fireworks factory near the town on "
                             "Friday, killing at least nine workers, police said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_communique_speaks_for_whoever_adopted_it():
    [document] = _every_row(["ADDIS ABABA, Ethiopia — The final communique, adopted by leaders of the African Union, "
                             "condemned attacks on aid workers in Sudan."])
    [row] = [e for e in document.events if e.event_text == "condemned" and e.event == "ACCUSE"]
    assert [a.code for a in row.actor] == ["IGO"]


def test_the_bodies_found_are_victims_not_torturers():
    [document] = _every_row(["CULIACAN, Mexico — Gunmen killed a police commander on Saturday. The bodies, some of "
                             "them bound and bearing signs of torture, were found by motorists near an overpass."])
    assert not [a for e in document.events if e.event_text == "torture" for a in e.actor if a.entity_text]


def test_a_shot_fired_at_goal_in_a_match_report_is_play():
    [match, riot] = _every_row([
        "NAIROBI — Gor Mahia crushed AFC Leopards 4-0 at the stadium on Sunday to go top of the league. The leaders "
        "attacked from the first whistle, and their striker fired a first-time shot into the bottom corner after "
        "seven minutes. The coach said the season was far from over.",
        "KAMPALA — The league match between Vipers and Express was abandoned on Saturday after fans invaded the "
        "pitch. Police fired tear gas at the fans outside the stadium, police said. The coach said the season's "
        "title race was in doubt, and the striker who scored said players had feared for their lives."])
    assert not [e for e in match.events if e.event == "ASSAULT"]
    # (Tear gas fired at fans is no play, whatever the report is about.)
    assert [e for e in riot.events if e.event == "ASSAULT" and e.event_text == "fired"]


def test_people_seized_by_armed_men_are_abducted_goods_seized_by_police_are_seized():
    hostages, drugs = _every_row([
        "NIAMEY — A Swiss nurse and a Canadian engineer were seized in April by armed men who stopped their "
        "vehicle near the town of Tera.",
        "LAGOS — Police seized 40 kg of cocaine at the port on Monday."])
    assert [(e.event, e.mode) for e in hostages.events if e.event_text == "seized"] == [("ASSAULT", "abduct")]
    assert ("COERCE", "seize") in [(e.event, e.mode) for e in drugs.events if e.event_text == "seized"]


def test_criticism_refrained_from_is_not_made():
    [document] = _every_row(["TUNIS — The European Union has largely refrained from public criticism of Tunis, "
                             "which it sees as a key partner in curbing migration."])
    rows = [e for e in document.events if e.event_text == "criticism"]
    assert rows and all("negation" in e.aux_mode for e in rows)


def test_the_purpose_of_what_should_be_done_is_not_done():
    [document] = _every_row(["PORT-AU-PRINCE — The head of one aid group, Marie Joseph, said the US should do more "
                             "to prosecute arms traffickers on its own soil."])
    rows = [e for e in document.events if e.event_text == "prosecute"]
    assert rows and all("hypothetical" in e.aux_mode for e in rows)


def test_a_building_the_parse_made_a_subject_does_no_violence():
    [document] = _every_row(["COLOMBO — At St. Anthony's Shrine in Kochchikade, one of the churches attacked, "
                             "hundreds of people gathered for a morning Mass."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_so_many_killed_a_year_is_a_rate_not_an_act():
    rate, raid = _every_row([
        "RIO DE JANEIRO — Human rights groups say police operations in Rio's favelas kill hundreds of people a "
        "year, many of them young black men.",
        "RIO DE JANEIRO — Police killed three people in a raid this year."])
    assert not [e for e in rate.events if e.event == "ASSAULT"]
    assert [e for e in raid.events if e.event == "ASSAULT"]


def test_a_takeover_refused_among_firms_is_commerce_a_state_refusing_one_acts():
    firms, state = _every_row([
        "SYDNEY, Aug 13 — Australian lithium miner Southern Cross Minerals on Thursday rejected a takeover approach "
        "worth A$4.1 billion from a larger rival.",
        "CANBERRA — Australia rejected a takeover of the port by a Chinese firm."])
    assert not [e for e in firms.events if e.event == "REJECT"]
    assert [e for e in state.events if e.event == "REJECT"]


def test_an_act_that_names_a_time_is_no_new_act():
    [document] = _every_row(["COLOMBO — Hundreds of people gathered for a morning Mass and observed two minutes of "
                             "silence at 8:45 a.m., the time of the first blast."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_the_injured_airlifted_are_people_not_an_act():
    [document] = _every_row(["KATHMANDU — An earthquake killed 40 people in western Nepal. Army and police "
                             "helicopters airlifted the seriously injured to hospitals in Surkhet."])
    assert not [e for e in document.events if e.event_text == "injured"]


def test_strikes_held_ever_since_a_date_are_a_pattern():
    [document] = _every_row(["BRUSSELS — A nationwide strike brought Belgium to a standstill on Thursday. The unions "
                             "have held a series of strikes and demonstrations since the coalition took office in "
                             "early 2025."])
    assert [e.event_text for e in document.events if e.event == "PROTEST"] == ["strike"]


def test_what_videos_on_social_media_claim_is_not_told_as_done():
    [document] = _every_row(["N'DJAMENA — Videos shared on Facebook and TikTok late on Wednesday claimed that "
                             "soldiers had surrounded the presidential palace and that several generals had been "
                             "arrested. The government denied the reports."])
    rows = [e for e in document.events if e.event_text == "arrested"]
    assert rows and all("hypothetical" in e.aux_mode for e in rows)
    # What officials say was done is told as done.
    [document] = _every_row(["N'DJAMENA — Officials said several generals had been arrested."])
    assert [e for e in document.events if e.event_text == "arrested" and not e.aux_mode]


def test_gunfire_heard_is_no_attack_on_the_hearers():
    heard, opened = _every_row([
        "N'DJAMENA — Two residents told Reuters by phone they had heard sustained automatic gunfire shortly "
        "before midnight.",
        "N'DJAMENA — Soldiers opened fire on protesters on Monday, killing two."])
    assert not [e for e in heard.events if e.event == "ASSAULT"]
    assert [e for e in opened.events if e.event == "ASSAULT"]


def test_incidents_looked_into_accuse_no_one():
    [document] = _every_row(["ABUJA — The electoral commission said voting had been largely peaceful and that "
                             "isolated incidents were being investigated."])
    assert not [e for e in document.events if e.mode == "investigate"]
    # One incident the story told, whose doers it names, is looked into.
    [document] = _every_row(["DENVER — Two aides of the rival campaign copied the party's voter files last week. "
                             "Party officials said on Monday they had begun to investigate the incident."])
    assert [e for e in document.events if e.mode == "investigate"]


def test_acts_kept_up_told_by_their_verbs_are_a_pattern():
    kept, one = _every_row([
        "PEMBA, Mozambique — Small bands of fighters have continued to raid villages, behead civilians and burn "
        "churches.",
        "PEMBA, Mozambique — Fighters continued to attack the town of Macomia on Monday, killing five people."])
    assert not [e for e in kept.events if e.event == "ASSAULT"]
    assert [e for e in one.events if e.event == "ASSAULT"]


def test_acts_done_for_years_are_a_pattern():
    years, monday = _every_row([
        "GUSAU, Nigeria — Gangs known as bandits have terrorised northwest Nigeria for years, raiding villages, "
        "stealing cattle and kidnapping people for ransom.",
        "GUSAU, Nigeria — Gunmen kidnapped 20 villagers on Monday, raiding homes for hours."])
    assert not [e for e in years.events if e.event == "ASSAULT"]
    assert [e for e in monday.events if e.event == "ASSAULT"]


def test_people_shot_since_then_are_a_toll():
    [document] = _every_row(["LIMA — Transport workers staged strikes last year. Police say dozens of drivers have "
                             "been shot by gangs since then for refusing to pay."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_riders_attack_in_a_stage_race_is_play():
    [document] = _every_row(["OVIEDO, Spain — Colombian climber Julian Restrepo launched a ferocious attack four "
                             "kilometres from the summit on Saturday to win the 14th stage of the Vuelta and seize the "
                             "leader's red jersey. The peloton trailed by two minutes, and the riders said the "
                             "breakaway had been decisive."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_what_floods_destroyed_after_a_list_is_the_floods_doing():
    [document] = _every_row(["DUBAI — Flash floods swept through camps for displaced people in Yemen's central Marib "
                             "province overnight on Wednesday, killing at least nine people, including four children, "
                             "and destroying or damaging the shelters of nearly 3,000 families, the International "
                             "Organization for Migration (IOM) said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_attack_drones_are_craft_not_an_attack():
    drones, struck = _every_row([
        "KHERSON, Ukraine — Residents say small attack drones have made the streets increasingly deadly.",
        "KYIV — Russian attack helicopters struck a village on Monday."])
    assert not [e for e in drones.events if e.event_text == "attack"]
    assert [e for e in struck.events if e.event == "ASSAULT"]


def test_dozens_of_attacks_in_recent_years_are_a_toll():
    years, week = _every_row([
        "BAMAKO — JNIM, al-Qaeda's affiliate in the Sahel, is active in the area and has carried out dozens of "
        "attacks on army positions in recent years.",
        "BAMAKO — JNIM has carried out dozens of attacks on army positions in the past week."])
    assert not [e for e in years.events if e.event == "ASSAULT"]
    # (a week's attacks may be one campaign: told)
    assert [e for e in week.events if e.event == "ASSAULT"]


def test_a_storm_that_made_landfall_killing_people_is_no_attack_by_the_aid_givers():
    """The parse hangs "killing" on "sent"; the clause just before it says what killed."""
    from wirecoder.events.filters import _disaster
    from wirecoder.nlp import load_model

    parsed = load_model()("Australia's defence force has also sent two transport planes carrying tents, generators "
                          "and water filters to the eastern island of Leyte, where the storm made landfall last week, "
                          "killing at least 64 people and displacing more than 200,000.")
    [killing] = [t for t in parsed if t.text == "killing"]
    assert _disaster(killing)


def test_a_firm_suing_a_firm_is_commerce():
    [document] = _every_row(["BOSTON — The audio startup Arcwell has sued drugmaker Pellion Pharma, accusing "
                             "the larger company of copying the design of its insulin pump."])
    assert not [e for e in document.events if e.event == "ACCUSE"]
    # (A state suing a firm is an act of the state.)
    [document] = _every_row(["WASHINGTON — The Justice Department sued drugmaker Pellion Pharma on Tuesday, accusing "
                             "the company of hiding the risks of its insulin pump."])
    assert [e for e in document.events if e.event == "ACCUSE"]


def test_fighting_with_one_hand_tied_is_a_figure():
    [document] = _every_row(["OTTAWA — \"Our exporters have been fighting with one hand tied behind their back,\" "
                             "the chamber's president said of the new rules."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_police_charging_a_crowd_accuse_no_one():
    [document] = _every_row(["ANKARA — Witnesses said riot police charged the crowd with batons as the march "
                             "reached the square."])
    assert not [e for e in document.events if e.event == "ACCUSE"]
    # (Charged with a crime is an accusation.)
    [document] = _every_row(["LEEDS, England — Police charged a 31-year-old man with arson on Friday."])
    assert [e for e in document.events if e.event == "ACCUSE"]
    [document] = _every_row(["LEEDS, England — One of the fans was later charged with assault, police said."])
    assert [e for e in document.events if e.event == "ACCUSE"]


def test_a_co_accused_is_no_accusation():
    [document] = _every_row(["JOHANNESBURG — Mokoena, 61, and his co-accused have pleaded not guilty to charges of "
                             "theft and fraud."])
    assert not [e for e in document.events if e.event_text == "accused"]


def test_firing_one_state_accuses_another_of_is_not_told_as_done_even_past_a_date():
    [document] = _every_row(["ISLAMABAD, Feb 11 (Reuters) - Pakistan accused Indian troops on Wednesday of firing "
                             "across the Line of Control, killing a shepherd."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_fighting_a_truce_ended_is_background():
    [document] = _every_row(["NEW DELHI, Feb 11 (Reuters) - It was the most serious breach of the ceasefire that "
                             "ended three days of fighting between the two armies last year, officials said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_acts_joined_to_a_habit_are_habits_too():
    [document] = _every_row(["MAIDUGURI, Nigeria — The group has since become the strongest armed force in the "
                             "region, regularly raiding army bases and ambushing convoys on the main roads."])
    assert not [e for e in document.events if e.event_text == "ambushing"]
    # (A finite verb joined to a habit tells an act of its own.)
    [document] = _every_row(["WASHINGTON — The senator has used the phrase often in his campaign, and criticized the "
                             "president for not doing so."])
    assert [e for e in document.events if e.event_text == "criticized"]


def test_what_a_group_does_told_in_the_present_is_no_act():
    [document] = _every_row(["MAIDUGURI, Nigeria — Musa Bello is a commander in the Civilian Joint Task Force, a "
                             "vigilante group that fights alongside the army."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_charges_a_man_is_acquitted_of_accuse_no_one():
    [document] = _every_row(["KUALA LUMPUR — The High Court on Tuesday acquitted a former state assemblyman of four "
                             "charges of taking bribes."])
    assert not [e for e in document.events if e.event == "ACCUSE"]


def test_a_strike_the_tagger_read_as_a_verb_is_dated_by_the_verb_holding_it():
    [document] = _every_row([{"id": "x", "date": "2026-01-13",
                              "text": "DENVER — Bus drivers walked out on Monday. In March 2023, Denver bus drivers "
                                      "held the city's first-ever drivers strike, which lasted ten days before a "
                                      "deal was reached."}])
    rows = [e for e in document.events if e.event == "PROTEST" and e.date and e.date.startswith("2023")]
    assert rows and all("historical" in e.aux_mode for e in rows)


def test_inquiries_named_as_a_bodys_remit_are_no_act():
    [document] = _every_row(["ISLAMABAD — The new agency took over fraud investigations that were previously handled "
                             "by the Federal Investigation Agency."])
    assert not [e for e in document.events if e.mode == "investigate"]
    [document] = _every_row(["KARACHI — Police opened investigations into the deaths on Monday."])
    assert [e for e in document.events if e.mode == "investigate"]


def test_what_a_typhoon_did_in_participles_hung_on_a_noun_is_the_typhoons():
    [document] = _every_row(["MANILA, Oct 8 — Typhoon Rosal slammed into the northern Philippines on Thursday with "
                             "winds of up to 160 km (99 miles) per hour, tearing roofs off homes, flattening crops "
                             "and killing at least six people, the disaster agency said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_ties_a_sentence_only_describes_are_no_support():
    [document] = _every_row(["HANOI — Vietnam and Laos have close trade ties and regularly pledge to settle their "
                             "differences through dialogue."])
    assert not [e for e in document.events if e.event == "SUPPORT" and e.event_text == "ties"]
    [document] = _every_row(["ERBIL — The deal ended months of deadlock that had strained ties with Baghdad."])
    assert not [e for e in document.events if e.event == "SUPPORT" and e.event_text == "ties"]


def test_forest_fires_that_burned_are_no_attack():
    [document] = _every_row(["DEHRADUN, India — Fire crews battled dozens of forest fires that have burned through "
                             "pine forests near Almora, officials said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_goal_scored_late_is_no_strike():
    [document] = _every_row(["ACCRA — A late strike from substitute Kwame Boateng gave Ghana a 1-0 victory over Mali "
                             "in a tense World Cup qualifying clash at the stadium on Sunday. The referee booked six "
                             "players, and the coach praised the league's young forwards."])
    assert not [e for e in document.events if e.event_text == "strike"]


def test_a_strike_voted_for_has_not_happened():
    [document] = _every_row(["HALIFAX — Nurses across the province have voted overwhelmingly in favour of a strike "
                             "mandate, the union said."])
    assert not [e for e in document.events if e.event == "PROTEST"]


def test_a_department_named_for_investigations_is_no_investigation():
    [document] = _every_row(["OSAKA — Officers from the special investigation department of the Osaka District "
                             "Public Prosecutors Office entered the lawmaker's office on Tuesday."])
    assert not [e for e in document.events if e.mode == "investigate"]


def test_fighting_a_plan_is_no_violence():
    [document] = _every_row(["GUELPH, Ontario — Residents' groups have been fighting the quarry for almost three "
                             "years."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_protest_called_off_did_not_happen():
    [document] = _every_row(["BAMAKO — A small protest planned for Friday was called off after police surrounded "
                             "the square."])
    assert not [e for e in document.events if e.event == "PROTEST"]


def test_what_a_group_set_beside_its_name_fights_for_is_no_act():
    [document] = _every_row(["MANDERA, Kenya — Al-Shabaab, an al-Qaeda affiliate fighting to overthrow Somalia's "
                             "government, has a long history in the region."])
    assert not [e for e in document.events if e.event_text == "fighting"]


def test_a_firm_suing_its_rival_the_knowledge_does_not_hold_is_commerce():
    [document] = _every_row(["SEOUL — Battery maker Hanbit Cells has sued its Japanese rival Morioka Denki in a "
                             "court in Delaware over seven patents, the company said on Thursday."])
    assert not [e for e in document.events if e.event_text == "sued"]


def test_protest_art_is_no_protest():
    [document] = _every_row(["MEXICO CITY — Hand-painted banners and screen-printed posters fill the galleries of "
                             "the museum in a new exhibition of half a century of protest art."])
    assert not [e for e in document.events if e.event == "PROTEST"]


def test_an_attack_on_the_chessboard_is_play():
    [document] = _every_row(["BATUMI, Georgia — Grandmaster Ravi Menon launched a ferocious kingside attack to "
                             "defeat the top seed on Thursday and lead the tournament with two rounds to play. "
                             "The chess players' union praised the organisers, and the points table was updated."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_missiles_shot_down_beside_drones_are_air_defence():
    [document] = _every_row(["KYIV — Ukraine's air force said it had shot down 61 of the 85 drones launched during "
                             "the night, as well as two cruise missiles."])
    assert not [e for e in document.events if e.event_text == "missiles"]


def test_an_attack_named_only_as_the_time_of_another_act_is_not_the_others():
    [document] = _every_row(["BAGHDAD — Two soldiers were killed when a roadside bomb struck their vehicle near "
                             "Tarmiyah on Tuesday. Following the blast, troops backed by helicopters launched a sweep "
                             "of the area."])
    assert not [e for e in document.events if e.event_text == "blast" and e.event == "ASSAULT"]
