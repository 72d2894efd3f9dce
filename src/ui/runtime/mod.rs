//! Timing in the browser: one paint per animation frame, quiet timers, waiting for the next task.

pub mod frame_scheduler;
pub mod next_task;
pub mod quiet_timer;
