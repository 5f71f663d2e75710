"""``table``: protocol tables whose total does not equal dose x count.

Placeholder replaced below.
"""
