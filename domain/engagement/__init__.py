"""Engagement: the levers that bring members back (daily sign-in; referrals and tasks to come)."""
