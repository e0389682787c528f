"""Table column widths: every column gets its longest word, the rest is shared by how much text each holds."""

from __future__ import annotations

from generator.ir.nodes import Table, Text
from generator.writers.docx.columns import column_widths, row_length


def test_column_widths_keep_words_whole_and_fill_the_width() -> None:
    table = Table(((Text("Version"),), (Text("Summary"),)), (((Text("1.0"),), (Text("A long summary " * 8),)),),
                  ("left", "left"))
    widths = column_widths(table, 2, 9000)
    assert sum(widths) == 9000 and widths[0] >= 7 * 125 and widths[1] > widths[0]
    blank = Table(((Text("Area"),), (Text("Impact"),)), (((Text("Scope"),), ()),), ("left", "left"))
    assert column_widths(blank, 2, 9000)[1] > 4500


def test_a_rows_length_is_its_longest_cell() -> None:
    assert row_length(((Text("ab"),), (Text("abcd"),), ())) == 4 and row_length(()) == 0


def test_header_words_keep_their_room_when_the_body_words_do_not_all_fit() -> None:
    from generator.writers.docx.columns import CELL_PADDING, text_twips

    header = tuple((Text(word),) for word in ("Communication", "Audience", "Purpose", "Channel", "Frequency", "Owner"))
    row = tuple((Text(word),) for word in ("Extraordinarily", "Interdepartmental", "Incomprehensibilities",
                                           "Telecommunications", "Fortnightly", "Administrator"))
    widths = column_widths(Table(header, (row,), ("left",) * 6), 6, 9000)
    assert sum(widths) == 9000
    assert widths[0] >= text_twips("Communication", True) + CELL_PADDING
    assert widths[4] >= text_twips("Frequency", True) + CELL_PADDING
    whole = [w >= text_twips(plain, False) + CELL_PADDING for w, (plain,) in zip(widths, ((c[0].text,) for c in row))]
    assert sum(whole) >= 4  # as many body words whole as fit, not every one cut a little


def test_words_are_measured_by_their_characters() -> None:
    from generator.writers.docx.columns import char_em, is_cjk, text_twips

    assert text_twips("iiii") < text_twips("nnnn") < text_twips("山田太郎") <= text_twips("MMMM")
    assert text_twips("Date", bold=True) > text_twips("Date") and char_em("\u0301") == 0
    assert is_cjk("山") and is_cjk("カ") and not is_cjk("a") and not is_cjk("\u3000")


def test_a_cjk_name_gets_room_for_all_its_characters_and_an_address_may_take_two_lines() -> None:
    from generator.writers.docx.columns import CELL_PADDING, text_twips, words_width

    table = Table(((Text("Name"),), (Text("E-mail"),)),
                  (((Text("山田太郎"),), (Text("someone.with.a.long.name@example.com"),)),), ("left", "left"))
    widths = column_widths(table, 2, 9000)
    assert widths[0] >= text_twips("山田太郎") + CELL_PADDING
    need = words_width(table, 2, 9000)
    assert need < text_twips("山田太郎") + text_twips("someone.with.a.long.name@example.com") + 2 * CELL_PADDING


def test_a_cjk_name_written_with_a_space_gets_room_for_the_whole_name() -> None:
    """The Japanese pack's RACI headers, distribution lists and owner columns: "山田 太郎" was given room for "山田"
    (its longest word), and LibreOffice broke it "山田 太|郎"."""
    from generator.writers.docx.columns import CELL_PADDING, cjk_names, text_twips

    table = Table(((Text("Name"),), (Text("Notes"),)),
                  (((Text("佐々木 美千代"),), (Text("A long note " * 20),)),), ("left", "left"))
    widths = column_widths(table, 2, 9000)
    assert widths[0] >= text_twips("佐々木 美千代") + CELL_PADDING
    assert cjk_names("山田 太郎; 高橋 誠、小林 恵") == ["山田 太郎", "高橋 誠", "小林 恵"]
    assert cjk_names("さくらマート データサイエンス室") == []  # more than a name: breaks as Japanese text does
    assert cjk_names("Pune Analytics Pvt. Ltd.（委託先）") == [] and cjk_names("Lee Chen") == []


def test_an_address_gets_a_column_as_wide_as_itself_when_the_free_text_columns_can_give_it() -> None:
    from generator.writers.docx.columns import CELL_PADDING, text_twips

    address = "marcus.webb@brightline.example"
    header = ((Text("Name"),), (Text("Role"),), (Text("Organization"),), (Text("E-mail"),))
    row = ((Text("Marcus Webb"),), (Text("Security Program Manager"),), (Text("Security and Compliance"),),
           (Text(address),))
    widths = column_widths(Table(header, (row,), ("left",) * 4), 4, 7200)
    assert widths[3] >= text_twips(address) + CELL_PADDING
    assert sum(widths) == 7200 and widths[1] < text_twips("Security Program Manager") + CELL_PADDING  # wraps instead
    cramped = column_widths(Table(header, (row,), ("left",) * 4), 4, 4000)
    assert cramped[3] < text_twips(address) + CELL_PADDING  # no room: Word wraps the address, kept as typed


def test_spare_width_goes_to_the_columns_with_the_most_text_once_every_word_fits() -> None:
    from generator.writers.docx.columns import CELL_PADDING, text_twips

    header = tuple((Text(word),) for word in ("Risk", "Category", "Likelihood", "Actions"))
    rows = tuple(((Text("A volume move takes longer than its evening slot and delays the cut-over " + str(n)),),
                  (Text("compliance"),), (Text("medium"),), (Text("Rehearse the moves " + str(n)),))
                 for n in range(4))
    widths = column_widths(Table(header, rows, ("left",) * 4), 4, 7000)
    assert widths[1] == text_twips("compliance") + CELL_PADDING  # a single word needs no more than itself
    assert widths[2] == text_twips("Likelihood", True) + CELL_PADDING
    assert widths[0] > widths[3] > widths[1]  # the longest text gets the most room
    assert sum(widths) == 7000


def test_a_list_of_cjk_names_too_wide_for_its_column_puts_each_name_on_its_own_line() -> None:
    """The Japanese pack's communication matrix: "山田 太郎; 高橋 誠; 小林 恵" in a narrow audience column broke
    "小|林 恵" in LibreOffice."""
    from generator.ir.nodes import Break, Lang
    from generator.writers.docx.columns import name_lines

    names = (Text("山田 太郎; 高橋 誠; 小林 恵"),)
    assert name_lines(names, 900) == (Text("山田 太郎;"), Break(), Text("高橋 誠;"), Break(), Text("小林 恵"))
    assert name_lines(names, 9000) == names  # fits on one line: as written
    assert name_lines((Lang("ja", names),), 900) == (Lang("ja", name_lines(names, 900)),)
    tagged = (Lang("ja", (Text("山田 太郎"),)), Text("; "), Lang("ja", (Text("小林 恵"),)))  # as the plan writes them
    assert name_lines(tagged, 900) == (tagged[0], Text(";"), Break(), tagged[2])
    prose = (Text("さくらマート データサイエンス室; 山田 太郎"),)
    assert name_lines(prose, 900) == prose  # not a list of names only
    assert name_lines((Text("Lee Chen; Ana Ruiz"),), 300) == (Text("Lee Chen; Ana Ruiz"),)


def test_latin_and_east_asian_names_too_wide_for_their_column_are_broken_between_people_not_inside_a_name() -> None:
    """Review 95c F3: "Priya d/o Suresh Kumar, 黄" / "丽华" and "Lim Zhi Wei 林志" / "伟" in the RACI and the
    charter's tables (a no-width joiner between the characters does not keep LibreOffice from breaking them)."""
    from generator.ir.nodes import Break
    from generator.writers.docx.columns import name_lines

    mixed = (Text("Priya d/o Suresh Kumar, 黄丽华"),)
    assert name_lines(mixed, 1800) == (Text("Priya d/o Suresh Kumar,"), Break(), Text("黄丽华"))
    assert name_lines(mixed, 9000) == mixed
    one = (Text("Lim Zhi Wei 林志伟"),)
    assert name_lines(one, 1200) == (Text("Lim Zhi Wei"), Break(), Text("林志伟"))
    assert name_lines(one, 1200, bold=True) == (Text("Lim Zhi Wei"), Break(), Text("林志伟"))  # a header's
    two = (Text("Lim Zhi Wei 林志伟, Darren Koh"),)
    assert name_lines(two, 1400) == (Text("Lim Zhi Wei"), Break(), Text("林志伟,"), Break(), Text("Darren Koh"))
    prose = (Text("Translate the notices into 中文, Malay and Tamil before the pilot starts in March"),)
    assert name_lines(prose, 1200) == prose  # words that are no list of names


def test_east_asian_text_asks_for_one_character_not_its_whole_run() -> None:
    """Review 80c F12: every Japanese column asked for its whole text as one word, and the communication matrix's
    purpose column was squeezed to eight lines beside a half-empty channel column."""
    from generator.writers.docx.columns import cjk_names

    purpose = "予算・スコープ・リスクのエスカレーション事項を審議し、フェーズゲートを判定する" * 2
    table = Table(((Text("Purpose"),), (Text("Channel"),), (Text("Owner"),)),
                  (((Text(purpose),), (Text("本社会議室での対面会議（資料は前営業日に配布）"),), (Text("佐藤 花子"),)),),
                  ("left",) * 3)
    widths = column_widths(table, 3, 9000)
    assert widths[0] >= 2 * widths[1] and widths[1] > widths[2]  # by how much text each holds (was 4050, 3913)
    assert cjk_names("approved by 山田 太郎, 2026-05-27") == ["山田 太郎"]  # a name among Latin words
    assert cjk_names("PoCの対象にCRMを追加") == []


def test_a_bracketed_cjk_name_after_latin_words_goes_whole_to_its_own_line() -> None:
    """Review 83c F2: "Lim Wei Ming (林伟明)" in a narrow name column broke "(林 / 伟明)" in 13 documents."""
    from generator.ir.nodes import Break
    from generator.writers.docx.columns import cjk_names, name_lines

    name = (Text("Lim Wei Ming (林伟明)"),)
    assert name_lines(name, 1500) == (Text("Lim Wei Ming"), Break(), Text("(林伟明)"))
    assert name_lines(name, 9000) == name  # fits on one line: as written
    assert cjk_names("Chen Xiaoyu (陈晓雨); Wu Jianguo (吴建国)") == ["(陈晓雨)", "(吴建国)"]  # its column's room


def test_a_hyphenated_compound_asks_only_for_its_longest_part() -> None:
    """Review 83b F2: "every-third-weekend" and "schedulers/charge" asked for room as one word, and the change log's
    title column, squeezed, broke "Exten|d payrol|l"; Word and LibreOffice break after a hyphen or a slash."""
    from generator.writers.docx.columns import text_twips, words_width
    from generator.ir.nodes import Table

    def table(word: str) -> Table:
        return Table(((Text("D"),),), (((Text(f"an {word} rule"),),),), ("left",))
    assert words_width(table("every-third-weekend"), 1, 20000) == words_width(table("weekend"), 1, 20000)
    assert words_width(table("schedulers/charge"), 1, 20000) == words_width(table("schedulers/"), 1, 20000)
    assert text_twips("user@example.org") > 0 and words_width(table("user@example-mail.org"), 1, 20000) > words_width(
        table("example-"), 1, 20000)  # an address stays one word


def test_words_that_overrun_the_width_a_little_all_give_alike() -> None:
    from generator.writers.docx.columns import CELL_PADDING, SHAVE, text_twips

    words = ("Maintenance", "Verification", "Implemented", "Contingency")
    table = Table(tuple((Text("ID"),) for _ in words), (tuple((Text(word),) for word in words),), ("left",) * 4)
    need = sum(text_twips(word, False) + CELL_PADDING for word in words)
    total = int(need / ((1 + SHAVE) / 2))  # a little short of what the longest words ask for
    widths = column_widths(table, 4, total)
    assert sum(widths) == total
    for width, word in zip(widths, words):  # every column keeps nearly all its word's room (review 86c F8)
        assert width >= (text_twips(word, False) + CELL_PADDING) / SHAVE


def test_room_left_after_every_longest_word_goes_to_the_addresses_first() -> None:
    """Reviews 103a F8, 103c F18: a distribution list broke every address ("mette.kjaergaard@n|ordvind.dk") while
    its role column, holding a long compound, had room to spare."""
    from generator.writers.docx.columns import CELL_PADDING, text_twips

    header = ((Text("Name"),), (Text("Role"),), (Text("Organization"),), (Text("E-mail"),))
    rows = (((Text("Mette Kjærgaard"),), (Text("Chef for vedligeholdelsesplanlægning (product owner)"),),
             (Text("Aerodyn Turbinen GmbH (møllefabrikant)"),), (Text("mette.kjaergaard@nordvind.dk"),)),
            ((Text("Klaus Weber"),), (Text("Driftsdirektør"),), (Text("Nordvind Energi A/S"),),
             (Text("klaus.weber@aerodyn-turbinen.example"),)))
    widths = column_widths(Table(header, rows, ("left",) * 4), 4, 9070)
    assert sum(widths) == 9070
    # every twip the longest words leave goes to the addresses (its estimate is generous: LibreOffice shows
    # "mette.kjaergaard@nordvind.dk" whole in it)
    assert widths[3] >= text_twips("mette.kjaergaard@nordvind.dk") and widths[0] + widths[2] < 3000
    assert widths[1] >= text_twips("vedligeholdelsesplanlægning") + CELL_PADDING  # the compound whole too


def test_addresses_are_broken_where_keeping_them_whole_makes_a_cell_of_the_others_tall() -> None:
    """Review 128b F11: whole addresses left "María del Carmen Ruiz Olmedo" on four lines and a role on eight; the
    addresses break instead where that keeps every cell shorter."""
    header = ((Text("Name"),), (Text("Role"),), (Text("Organization"),), (Text("E-mail"),))
    rows = tuple(((Text(name),), (Text(role),), (Text("Agencia Digital de Andalucía"),), (Text(mail),))
                 for name, role, mail in (
                     ("María del Carmen Ruiz Olmedo", "Directora General de Ciberseguridad",
                      "mcarmen.ruiz@ada.junta-andalucia.example"),
                     ("Javier Moreno Castillo", "Jefe de Servicio de Operaciones de Ciberseguridad (jefe de proyecto)",
                      "javier.moreno@ada.junta-andalucia.example"),
                     ("Lucía Fernández Vega", "Jefa de Sección de Monitorización y Respuesta a Incidentes",
                      "lucia.fernandez@ada.junta-andalucia.example")))
    table = Table(header, rows, ("left",) * 4)
    widths = column_widths(table, 4, 9070)
    assert sum(widths) == 9070 and widths[3] < 3500 and widths[1] > 2000
    from generator.writers.docx.columns import EM, _tallest
    assert _tallest(table, widths, EM) <= 4
