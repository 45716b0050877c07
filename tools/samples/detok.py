"""Restores normal spacing and punctuation to ECB+'s tokenised sentences (one sentence a line)."""
import re

# A spaced hyphen before one of these words is a dash ("in Paris - the latest"), not a compound.
DASH_NEXT = set("""the a an this that these those which who whom whose it its he she they we i you his her
their our but and or as in on at to for with from by of if when while where after before not is was are
were has had have will would could said says including both all some many most so than""".split())
CHAIN = r"(and|or|in|to|of|the|a|by|for|on)"


def detok(line: str) -> str:
    s = " " + line.strip() + " "
    s = s.replace(" `` ", " “").replace("``", "“").replace(" '' ", "” ").replace("''", "”")
    s = s.replace("“ ", "“").replace(" ”", "”")
    s = s.replace(" ‘ ", " ‘").replace(" ’ ", "’ ")
    # contractions and possessives split off by the tokeniser
    s = re.sub(r"(\w) (n't)\b", r"\1\2", s)
    s = re.sub(r"(\w) ?(['’])(s|re|ve|ll|d|m|t) ", r"\1\2\3 ", s)
    s = re.sub(r"(\w)’ (s|re|ve|ll|d|m|t) ", r"\1’\2 ", s)
    s = re.sub(r"\b([dlDL])’ ([A-Z])", r"\1’\2", s)
    # abbreviations spelled with spaced full stops: U . S . / a . m .
    for _ in range(3):
        s = re.sub(r"(?<![\w.])([A-Za-z]) \. (?=[A-Za-z]\b)", r"\1.", s)
    # numbers: 2 : 56, 1 . 7m, 22 , 000
    s = re.sub(r"(\d) : (\d)", r"\1:\2", s)
    s = re.sub(r"(\d) \. (\d)", r"\1.\2", s)
    s = re.sub(r"\b(\d{1,3}) , (?=\d{3}(?!\d))", r"\1,", s)
    s = re.sub(r"([$£€]) (\d)", r"\1\2", s)
    # compounds: smash - and - grab, 36 - year - old, co - ordinating
    for _ in range(2):
        s = re.sub(r"(\w) - " + CHAIN + r" - (\w)", r"\1-\2-\3", s)

    def hyphen(m):
        nxt = m.group(2)
        if nxt.lower() in DASH_NEXT:
            return m.group(1) + " - " + nxt
        return m.group(1) + "-" + nxt
    for _ in range(3):
        s = re.sub(r"([\w.%)]) - (\w+)", hyphen, s)
    # straight double quotes standing alone: closing after punctuation or at the end, else opening
    s = re.sub(r'([,.!?;:]) " ?(?=\s|$)', r'\1" ', s)
    s = re.sub(r'([.!?,]) "', r'\1"', s)
    s = re.sub(r'(^|\s)" (?=\S)', r'\1"', s)
    s = re.sub(r'(\S) "(?=[\s,.;:!?)])', r'\1"', s)
    # brackets and punctuation
    s = re.sub(r"([(\[]) ", r"\1", s)
    s = re.sub(r" ([)\]])", r"\1", s)
    s = re.sub(r" ([,.;:!?%])", r"\1", s)
    s = re.sub(r"\.\s?\.\s?\.", "...", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()
