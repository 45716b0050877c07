"""The page noise a scraper leaves in plain text, written by Copydesk's authors for the sample pile.

Nothing here comes from a real page: the consent notices, player and gallery chrome, teaser
headlines and reader comments are made up, in the shapes scraped news text shows them. Teasers and
comments make no claims of fact about the events. Deterministic for a given random.Random.
"""

CONSENT = [
    "We and our partners use cookies and the details you give when you sign up to tailor what you see, "
    "to measure how our pages are used and to show ads from us and others. You can withdraw your consent "
    "at any time in Privacy Settings. More info",
    "Sign up to our free daily newsletter for the biggest stories delivered straight to your inbox. "
    "We will use your email address only to send you newsletters. Please see our Privacy Notice for "
    "details of your data protection rights.",
    "This site uses cookies to give you the best experience. By continuing to browse you agree to our use "
    "of cookies. Find out more or change your settings.",
]

PLAYER = ["Loaded: 0%", "Progress: 0%", "0:00", "Previous", "Play", "Skip", "Mute", "Current Time0:00",
          "/", "Duration Time{duration}", "Fullscreen"]

FOOTERS = [["Source: Read Full Article"],
           ["Share this article", "Facebook", "Twitter", "Email"],
           ["Advertisement", "Comments"]]

# Teasers per topic: headlines of the kind a page links to, with no claim about any real event.
TEASERS = {
    "boxing": ["The heavyweight belts explained: who sanctions which title [EXPLAINER]",
               "Ring-side view: our pictures from a big fight night [GALLERY]",
               "Sign up for our boxing newsletter and never miss a bout [NEWSLETTER]"],
    "heist": ["How jewellers protect their windows, according to security experts [ANALYSIS]",
              "The biggest jewel thefts of the century, in pictures [GALLERY]",
              "Travelling to Paris this autumn? What you need to know [GUIDE]"],
    "climbing": ["Ten tips before you head into the mountains this season [ADVICE]",
                 "What rescue teams want every hiker to carry [CHECKLIST]",
                 "Our readers' best photographs of the Southern Alps [GALLERY]"],
    "fire": ["What to do if a fire breaks out where you work [ADVICE]",
             "Road closures and travel updates for the county [LIVE]",
             "Pictures from around the region this week [GALLERY]"],
    "rehab": ["Celebrity court dates: the week ahead [CALENDAR]",
              "Red carpet looks of the season so far [GALLERY]",
              "Our entertainment newsletter: the gossip, every morning [NEWSLETTER]"],
}

# Reader comments, one per line, after the article: invented by Copydesk's authors, no names.
COMMENTS = {
    "boxing": ["another one sided fight, the division needs new blood",
               "Respect to the challenger for getting up the first time",
               "who actually watches these anymore",
               "great stoppage, the right hand was perfect"],
    "heist": ["how does nobody hear a car going through a shop window",
              "Insurance will pay and prices go up for everyone else",
              "they will never catch them, they never do",
              "That part of town has more cameras than anywhere, surely someone saw something"],
    "climbing": ["So sad, thoughts with the family",
                 "the mountains dont care how fit you are, go with a guide",
                 "RIP, the rescue crews do an amazing job in awful conditions"],
    "fire": ["Heard the sirens from across town at six this morning",
             "hope all the staff are ok, that's what matters",
             "Where are we supposed to shop now"],
    "rehab": ["here we go again",
              "I hope she gets the help she needs this time",
              "Why is this news"],
}


def player_block(rng, video_title):
    """The video's title line (pages title it like the story), then the player's controls one per line."""
    minutes = rng.randint(0, 3)
    seconds = rng.randint(5, 59)
    duration = f"{minutes}:{seconds:02d}"
    return [video_title] + [line.format(duration=duration) for line in PLAYER]


def gallery_block(rng, captions):
    """Gallery markers, each with a caption repeating a body sentence without its full stop."""
    count = rng.randint(4, 12)
    out = []
    for caption in captions:
        out += [f"+{count}", "View gallery", caption.rstrip(".")]
    return out
