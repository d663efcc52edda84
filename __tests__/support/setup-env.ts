// cdktf's libraries otherwise phone home and try to run terraform.
process.env.CHECKPOINT_DISABLE = "1";
