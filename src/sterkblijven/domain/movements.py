"""The movements an exercise involves that movement advice after an operation can rule out."""

from __future__ import annotations

import enum


class Movement(enum.StrEnum):
    """A movement an exercise asks of the body, as advice after an operation names it.

    The catalogue says which exercises involve each one; a precaution says which it rules out.
    """

    DEEP_HIP_BEND = "deep_hip_bend"  # the hip bent past 90 degrees: low seats, deep squats
    LEG_CROSSING = "leg_crossing"  # a leg brought across the middle of the body
    KNEE_INWARD_TURN = "knee_inward_turn"  # the thigh turned so that the knee points inwards
    LEG_FAR_BACK = "leg_far_back"  # the leg stretched backwards behind the body
    KNEELING = "kneeling"  # weight on the knees
    LOADED_FORWARD_BEND = "loaded_forward_bend"  # bending forward while holding a weight
    SPINE_TWIST = "spine_twist"  # turning the upper body against the hips
