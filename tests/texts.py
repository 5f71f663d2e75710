"""Short article texts shared by the workflow, configuration and reporter tests."""

CURE = "Our exosome drip heals torn ligaments within a week.\n"
CURE2 = "Our NAD+ drip cures chronic fatigue.\n"
RESEARCH = "Research proves that the drip works for everyone.\n"
CLEAN = "Walking every day is good for most people.\n"
# About 45 words of dense jargon: far above any plain-language reading grade.
DENSE = (
    "Intra-articular administration of concentrated autologous platelet preparations is "
    "hypothesised to modulate inflammatory signalling within degenerative synovial "
    "environments, thereby potentially attenuating nociceptive transmission, although "
    "methodological heterogeneity across investigational protocols substantially complicates "
    "interpretation of comparative effectiveness and generalisability to routine orthopaedic "
    "practice.\n"
)
