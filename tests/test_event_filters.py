"""No-event filters (events/filters.py) on sentences of our own, coded with
the real parse and the stand-in detector that backs every lexicon trigger."""

import pytest

# Rules alone: the detector is a stand-in that backs every lexicon trigger.
pytestmark = [pytest.mark.usefixtures("lexicon_detector"), pytest.mark.model]


def _every_row(texts):
    """Code texts keeping every row (no cut-off, no coded actor required)."""
    from wirecoder.pipeline import code_many
    from wirecoder.settings import default_settings

    return code_many(list(texts), default_settings().with_overrides(min_confidence=0.0, require_actor=False))


def _triggered(document, word: str) -> list:
    return [e for e in document.events if e.event_text == word]


def test_acts_counted_over_time_are_a_pattern_not_an_event():
    [document] = _every_row(["QUETTA, Pakistan — Rebel violence has grown across the province since the spring, with "
                             "rail lines bearing the brunt of the attacks. The rebels have since carried out a string "
                             "of raids on army posts. Lawyers counted a rising number of arrests of students."])
    assert not _triggered(document, "attacks")
    assert not _triggered(document, "raids")
    assert not _triggered(document, "arrests")


def test_one_persons_arrests_are_still_told():
    [document] = _every_row(["MIAMI, Florida — Smith has been in trouble again and again since his trial, including a "
                             "number of arrests by police in Miami."])
    assert _triggered(document, "arrests")


def test_people_taken_into_custody_since_then_are_still_told():
    [document] = _every_row(["WASHINGTON — The program began in 1997. Since then, 400 fugitives have been taken into "
                             "custody by the FBI."])
    assert [e for e in document.events if e.event == "COERCE"]


def test_a_wave_of_strikes_on_one_night_is_still_told():
    [document] = _every_row(["KYIV, Ukraine — Russia launched a wave of air strikes on Kyiv overnight, killing four "
                             "people."])
    assert [e for e in document.events if e.event == "ASSAULT"]



def test_a_toll_since_what_was_told_before_is_no_act():
    [document] = _every_row(["SAN SALVADOR, El Salvador — A truce between the gangs collapsed in May. More than 300 "
                             "people have been killed since, officials say."])
    assert not _triggered(document, "killed")


def test_a_wars_toll_told_on_a_joined_verb_is_no_act():
    [document] = _every_row(["SANAA, Yemen — The civil war began in 2014 and has killed more than 150,000 people, "
                             "aid groups say."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_an_attack_only_named_again_is_not_a_second_event():
    [document] = _every_row(["GAO, Mali — Gunmen ambushed a bus near Gao on Monday, killing five passengers. "
                             "The attack took place near the border with Niger."])
    assert not _triggered(document, "attack")
    [document] = _every_row(["GOMA, Congo — Rebels shelled a camp on Monday and bombed a market on Tuesday, killing "
                             "ten people. The government did not comment on either attack."])
    assert not _triggered(document, "attack")


def test_an_attack_claimed_is_the_one_told_before():
    [document] = _every_row(["MOSUL, Iraq — Militants bombed a police checkpoint in Mosul on Friday, killing three "
                             "officers. Islamic State claimed the bombing through its news agency."])
    assert not _triggered(document, "bombing")


def test_a_lawsuit_named_again_is_counted_once():
    [document] = _every_row(["LYON, France — Families of the victims filed a lawsuit against the city of Lyon on "
                             "Monday. The lawsuit runs alongside a criminal inquiry."])
    assert len(_triggered(document, "lawsuit")) == 1


def test_the_people_killed_named_again_are_no_new_killing():
    [document] = _every_row(["TYRE, Lebanon — Israeli drones struck a car in southern Lebanon on Friday, killing "
                             "three men. The army said two of the men killed were fighters of the group."])
    second = document.text.index("The army")
    assert not [e for e in document.events if e.event == "ASSAULT" and e.trigger_start > second]


def test_drones_shot_down_or_jammed_are_air_defence():
    [document] = _every_row(["KYIV, Ukraine — Ukraine said its air defences had shot down or jammed 30 of the 40 "
                             "drones launched overnight."])
    assert not [e for e in document.events if e.event == "ASSAULT"]



def test_an_act_someone_has_a_reason_to_do_is_no_act():
    [document] = _every_row(["NAIROBI, Kenya — Her lawyer said the witnesses had every reason to blame his client."])
    assert not _triggered(document, "blame")


def test_a_strike_put_to_a_vote_has_not_happened():
    [document] = _every_row(["ROTTERDAM, Netherlands — Dock workers at the port will vote on strike action next week."])
    assert not [e for e in document.events if e.event == "PROTEST"]


def test_play_in_a_game_report_is_no_violence():
    [document] = _every_row(["CARDIFF, Wales — Wales edged Scotland 20-17 in the rugby championship on Saturday. "
                             "Scotland had led 17-13 after their captain kicked a penalty, and their defence held off "
                             "a long Welsh attack before the final whistle. The coach praised his players."])
    assert not _triggered(document, "kicked")
    assert not _triggered(document, "attack")


def test_harm_done_by_a_fire_of_no_one_is_no_attack():
    [document] = _every_row(["KARACHI, Pakistan — Seven workers were killed when a fire broke out at a textile mill "
                             "on Monday. In 2019, 40 people were killed in a fire at a chemical plant in the city."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_anyone_accused_is_no_one_accused():
    [document] = _every_row(["PRETORIA, South Africa — The party said it would not protect anyone accused of fraud."])
    assert not _triggered(document, "accused")


def test_what_a_group_has_done_in_the_past_is_no_act():
    [document] = _every_row(["NIAMEY, Niger — The group is active in the west and has kidnapped aid workers in the "
                             "past."])
    assert not _triggered(document, "kidnapped")


def test_one_act_done_in_the_past_to_someone_named_is_still_told():
    [document] = _every_row(["ALBANY, New York — She said the senator in the past has criticized the governor for his "
                             "budget."])
    assert [e for e in document.events if e.event == "ACCUSE"]


def test_acts_a_monitor_keeps_count_of_are_no_act():
    [document] = _every_row(["BANGKOK, Thailand — A rights group that tracks arrests said 900 people were held."])
    assert not _triggered(document, "arrests")


def test_acts_a_group_keeps_doing_are_no_act():
    [document] = _every_row(["KIRKUK, Iraq — Rebel cells continue to carry out raids and ambushes in the hills."])
    assert not [e for e in document.events if e.event == "ASSAULT"]



def test_what_happens_in_a_play_or_a_film_is_no_event():
    [document] = _every_row(["SANTIAGO, Chile — \"Night Falls\", written by Jo Park, takes place in the palace in "
                             "1973 as jets bomb the building. The film follows a family as soldiers storm the "
                             "palace."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_missiles_shot_down_along_with_drones_are_air_defence():
    [document] = _every_row(["ODESA, Ukraine — The navy said it had shot down 20 drones overnight, along with three "
                             "cruise missiles."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_a_rocket_launch_pad_is_a_thing_not_an_attack():
    [document] = _every_row(["TYRE, Lebanon — The army said it had dismantled a rocket launch pad near the border."])
    assert not _triggered(document, "rocket")


def test_a_toll_since_then_is_no_act():
    [document] = _every_row(["CULIACAN, Mexico — The feud between the factions began in 2024. More than 900 people "
                             "have been killed in the state since then."])
    assert not _triggered(document, "killed")


def test_someone_who_remains_in_detention_was_not_arrested_again():
    [document] = _every_row(["YANGON, Myanmar — The former minister remains in detention."])
    assert not [e for e in document.events if e.event == "COERCE"]



def test_charges_named_again_are_counted_once():
    [document] = _every_row(["KUALA LUMPUR, Malaysia — A former minister was charged on Monday with taking bribes. "
                             "His lawyer said the charges rested on one witness."])
    second = document.text.index("His lawyer")
    assert not [e for e in document.events if e.event == "ACCUSE" and e.trigger_start > second]


def test_a_biathletes_shooting_and_attack_are_sport():
    [document] = _every_row(["OSLO, Norway — Ingrid Berg shot clean in all four stages and launched an attack on the "
                             "last climb to win the biathlon pursuit, taking her first Olympic medal."])
    assert not [e for e in document.events if e.event == "ASSAULT"]



def test_a_teams_comeback_in_the_words_of_war_is_sport():
    [document] = _every_row(["MILAN, Italy — Inter stormed back from a goal down to crush Napoli 3-1 on Sunday and "
                             "top the league. The coach praised his players after the match."])
    assert not _triggered(document, "stormed")


def test_unexploded_bombs_defused_are_no_attack():
    [document] = _every_row(["HAMBURG, Germany — Experts defused two unexploded British bombs from World War Two found "
                             "on a building site, the city said."])
    assert not [e for e in document.events if e.event == "ASSAULT"]


def test_the_toll_of_an_ambush_told_before_is_no_second_ambush():
    [document] = _every_row(["DEIR EZZOR, Syria — Gunmen killed six soldiers in an ambush on a checkpoint overnight. "
                             "A war monitor put the death toll from the ambush at nine."])
    second = document.text.index("A war monitor")
    assert not [e for e in document.events if e.event == "ASSAULT" and e.trigger_start > second]


def test_the_people_killed_in_the_attack_named_again_are_no_attackers():
    [document] = _every_row(["SRINAGAR, India — Militants killed two soldiers in an attack on an army truck on Monday. "
                             "The soldiers killed in the attack belonged to a mountain unit, police said."])
    second = document.text.index("The soldiers")
    assert not [e for e in document.events if e.event == "ASSAULT" and e.trigger_start > second]



def test_protests_named_again_with_when_they_were_held_are_counted_once():
    [document] = _every_row(["JAKARTA, Indonesia — Thousands of students protested outside parliament on Monday "
                             "against a new police law. The protests, held on a national holiday, were peaceful."])
    second = document.text.index("The protests")
    assert not [e for e in document.events if e.event == "PROTEST" and e.trigger_start > second]
