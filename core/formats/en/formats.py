"""English dates as the trust writes them (Django's own "en" formats are American). Only
what differs: every other format falls back to Django's."""

DATE_FORMAT = "j F Y"  # 3 September 2025
MONTH_DAY_FORMAT = "j F"  # 3 September
